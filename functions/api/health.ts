import { httpHandler } from '#http/handler';
import { HEALTH_ROUTES } from '#manifest';
import { HEALTH_CONTRACT } from '#http/contracts/service';
import { probeMaterials, probeTable } from '#repositories/health-repository';

/** How long one engine may take to answer before it counts as down. */
const PROBE_TIMEOUT_MS = 2000;

/**
 * Local stand-ins reached through AWS_ENDPOINT_URL_<SERVICE> (npm start): each is up when it answers
 * HTTP at all. In AWS these variables are not set, and the managed services have their own health.
 */
const LOCAL_ENDPOINTS = {
  stepFunctions: 'AWS_ENDPOINT_URL_SFN',
  eventBridge: 'AWS_ENDPOINT_URL_EVENTBRIDGE',
  kms: 'AWS_ENDPOINT_URL_KMS',
  sns: 'AWS_ENDPOINT_URL_SNS',
} as const;

interface EngineState {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

async function probe(check: (signal: AbortSignal) => Promise<void>): Promise<EngineState> {
  const started = Date.now();
  try {
    await check(AbortSignal.timeout(PROBE_TIMEOUT_MS));
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Date.now() - started,
      error:
        error instanceof Error
          ? error.name === 'TimeoutError' || error.name === 'AbortError'
            ? `no answer within ${PROBE_TIMEOUT_MS} ms`
            : error.message
          : String(error),
    };
  }
}

const answers = (url: string) => async (signal: AbortSignal) => {
  const res = await fetch(url, { method: 'POST', signal });
  await res.body?.cancel();
};

/** 健康检查: the state of each engine the API needs; 503 while any is down (a load balancer or monitor then knows). */
export const handler = httpHandler(HEALTH_ROUTES, HEALTH_CONTRACT, {
  'GET /health': async ({ now }) => {
    const checks: Record<string, Promise<EngineState>> = {
      dynamodb: probe(probeTable),
      s3: probe(probeMaterials),
    };
    for (const [engine, variable] of Object.entries(LOCAL_ENDPOINTS)) {
      const url = process.env[variable];
      if (url) checks[engine] = probe(answers(url));
    }
    const engines = Object.fromEntries(
      await Promise.all(Object.entries(checks).map(async ([name, state]) => [name, await state] as const)),
    );
    const up = Object.values(engines).every((e) => e.status === 'up');
    return { status: up ? 200 : 503, body: { status: up ? 'ok' : 'unavailable', time: now.toISOString(), engines } };
  },
});
