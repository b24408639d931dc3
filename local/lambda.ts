import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { FUNCTIONS, type FunctionSpec } from '#manifest';

type AnyHandler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<AnyHandler>>();

/** Loads a function's handler module the same way Lambda does: the module's `handler` export. */
export function loadHandler(spec: FunctionSpec): Promise<AnyHandler> {
  let handler = loaded.get(spec.name);
  if (!handler) {
    const file = pathToFileURL(resolve(import.meta.dirname, '../functions', `${spec.entry}.ts`)).href;
    handler = import(/* @vite-ignore */ file).then((mod: { handler?: AnyHandler }) => {
      if (typeof mod.handler !== 'function') throw new Error(`functions/${spec.entry}.ts exports no handler`);
      return mod.handler;
    });
    loaded.set(spec.name, handler);
  }
  return handler;
}

export function functionByName(name: string): FunctionSpec {
  const spec = FUNCTIONS.find((f) => f.name === name);
  if (!spec) throw new Error(`No function named ${name} in functions/manifest.ts`);
  return spec;
}

export function lambdaContext(spec: FunctionSpec): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: spec.name,
    functionVersion: '$LATEST',
    invokedFunctionArn: localFunctionArn(spec.name),
    memoryLimitInMB: String(spec.memorySize ?? 512),
    awsRequestId: randomUUID(),
    logGroupName: `/onewindow/local/${spec.name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'cn-north-1';

export function localFunctionArn(name: string): string {
  return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${name}`;
}

/** What EventBridge hands a function on a schedule rule (a rule's constant input may fill `detail`). */
export function scheduledEvent(detail: Record<string, unknown> = {}) {
  return { source: 'aws.events', 'detail-type': 'Scheduled Event', time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), detail };
}

/**
 * Fault injection for tests, as AWS FIS's Lambda invocation-error action does: the next `times`
 * invocations of the function whose event matches fail before the handler runs.
 */
interface InvocationFault {
  name: string;
  times: number;
  matches: (event: unknown) => boolean;
}
const faults: InvocationFault[] = [];

export function failNextInvocations(name: string, times: number, matches: (event: unknown) => boolean = () => true): void {
  faults.push({ name, times, matches });
}

export async function invoke(name: string, event: unknown): Promise<unknown> {
  const fault = faults.find((f) => f.name === name && f.times > 0 && f.matches(event));
  if (fault) {
    fault.times--;
    throw new Error(`Injected fault: ${name} failed (${fault.times} more to fail)`);
  }
  const spec = functionByName(name);
  const handler = await loadHandler(spec);
  return handler(event, lambdaContext(spec));
}
