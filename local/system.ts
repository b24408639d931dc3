import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newItemVersion } from '#domain/item';
import { ENV, FUNCTIONS } from '#manifest';
import { getCurrentItem, saveItemVersion } from '#repositories/item-repository';
import { startApiServer } from './api-server';
import { setClock } from './clock';
import { DEMO_CATALOG } from './demo-catalog';
import { ensureAuditTable, ensureTable, startDynamo, type LocalDynamo } from './dynamodb';
import { startEventBus, type LocalEventBus } from './eventbus';
import { createIssuer, type Issuer } from './issuer';
import { startKms, LOCAL_DATA_KEY_ID, LOCAL_MAC_KEY_ID } from './kms';
import { invoke, LOCAL_REGION, scheduledEvent } from './lambda';
import { freePort } from './ports';
import { startS3 } from './s3';
import { startSqs, type LocalSqs } from './sqs';
import { startSns } from './sns';
import { startHallPush } from './hall-push';
import { createLocalOidc, WEB_CLIENT_ID } from './oidc';
import { webServer } from './web-static';
import { startStepFunctions, type LocalStepFunctions } from './stepfunctions';
import { startStreamPoller, type StreamPoller } from './streams';

export interface LocalSystemOptions {
  /** Where data lives between runs; omitted: a temporary folder removed on stop. */
  dataDir?: string;
  /** API port; 0 picks a free one. */
  port?: number;
  centreCode?: string;
  centreName?: string;
  seedCatalog?: boolean;
  /**
   * A DynamoDB Local already running (e.g. the test suite's), used with a table of its own instead of
   * starting another engine.
   */
  dynamo?: { endpoint: string; tableName: string };
  /** Simulated time from the start (ISO 8601, e.g. 2026-09-24T09:00+08:00); `POST /local/clock` moves it on. */
  clock?: string;
  log?: (line: string) => void;
  /** Seconds between runs of named scheduled functions (tests run the reconciler often). */
  scheduleSeconds?: Record<string, number>;
}

/** Faults a test can cause, as a crash or an outage would in AWS. */
export interface LocalFaults {
  /**
   * DynamoDB Local goes down in the middle of the traffic: its process ends (SIGTERM), every open and
   * later request fails until it is started again. Not SIGKILL: DynamoDB Local's own store can lose the
   * write it acknowledged last when killed outright (1 of 40 acknowledged writes, in 2 of 4 tries),
   * which DynamoDB itself never does; a drill of our code must not count the engine's loss as ours.
   */
  crashDynamo(): Promise<void>;
  /** DynamoDB Local starts again on the same port and data folder. */
  restartDynamo(): Promise<void>;
}

export interface LocalSystem {
  url: string;
  dataDir: string;
  env: Record<string, string>;
  issuer: Issuer;
  bus: LocalEventBus;
  stepFunctions: LocalStepFunctions;
  streams: StreamPoller;
  /** SQS stand-in feeding the queue functions (archive verification slices). */
  queues: LocalSqs;
  dynamoEndpoint: string;
  faults: LocalFaults;
  stop(): Promise<void>;
}

/** Another system's engine, used as it is: this system neither stops nor kills it. */
const sharedDynamo = (endpoint: string): LocalDynamo => ({
  endpoint,
  stop: async () => undefined,
  kill: async () => {
    throw new Error('This system shares another system’s DynamoDB Local and cannot kill it.');
  },
});

export const TABLE_NAME = 'onewindow';
export const AUDIT_TABLE_NAME = 'onewindow-audit';
export const MATERIALS_BUCKET = 'onewindow-materials';
export const ARCHIVE_BUCKET = 'onewindow-archive';
export const EVENT_BUS_NAME = 'onewindow';

/**
 * The whole system on this machine: DynamoDB Local, s3rver, the ASL files on aws-local-stepfunctions,
 * an EventBridge stand-in, KMS and SNS (SMS) stand-ins, the table stream feeding each stream function, a JWT issuer and the HTTP
 * API serving the same handlers. Handlers find the engines through the standard AWS_ENDPOINT_URL_* variables.
 */
export async function startLocalSystem(options: LocalSystemOptions = {}): Promise<LocalSystem> {
  const log = options.log ?? (() => undefined);
  // Before anything reads the time, so every record of this run is on the simulated clock.
  if (options.clock) setClock(new Date(options.clock));
  const temporary = !options.dataDir;
  const dataDir = resolve(options.dataDir ?? mkdtempSync(join(tmpdir(), 'onewindow-')));
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((e: unknown) => console.error('[stop]', e));
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const [apiPort, dynamoPort, s3Port, sfnPort, busPort, kmsPort, snsPort, sqsPort, pushPort] = await Promise.all([
      options.port ? Promise.resolve(options.port) : freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    const url = `http://localhost:${apiPort}`;
    const centreCode = options.centreCode ?? 'HZ';
    const tableName = options.dynamo?.tableName ?? TABLE_NAME;
    // A system sharing another's engine (tests) keeps its audit trail beside its own table.
    const auditTableName = options.dynamo ? `${tableName}-audit` : AUDIT_TABLE_NAME;
    let [dynamo, s3] = await Promise.all([
      options.dynamo ? sharedDynamo(options.dynamo.endpoint) : startDynamo(dynamoPort, join(dataDir, 'dynamodb')),
      startS3(s3Port, join(dataDir, 's3'), [MATERIALS_BUCKET, ARCHIVE_BUCKET]),
    ]);
    stops.push(() => dynamo.stop(), s3.stop);
    const faults: LocalFaults = {
      crashDynamo: () => dynamo.stop(),
      restartDynamo: async () => {
        dynamo = await startDynamo(dynamoPort, join(dataDir, 'dynamodb'));
      },
    };
    log(`DynamoDB Local on ${dynamo.endpoint}, s3rver on ${s3.endpoint}`);
    await Promise.all([ensureTable(dynamo.endpoint, tableName), ensureAuditTable(dynamo.endpoint, auditTableName)]);

    const env: Record<string, string> = {
      AWS_REGION: LOCAL_REGION,
      // s3rver knows only this key pair; DynamoDB Local takes any alphanumeric one.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_SFN: `http://127.0.0.1:${sfnPort}`,
      AWS_ENDPOINT_URL_EVENTBRIDGE: `http://127.0.0.1:${busPort}`,
      AWS_ENDPOINT_URL_KMS: `http://127.0.0.1:${kmsPort}`,
      AWS_ENDPOINT_URL_SNS: `http://127.0.0.1:${snsPort}`,
      AWS_ENDPOINT_URL_SQS: `http://127.0.0.1:${sqsPort}`,
      [ENV.personalDataKeyId]: LOCAL_DATA_KEY_ID,
      [ENV.applicantMacKeyId]: LOCAL_MAC_KEY_ID,
      POWERTOOLS_SERVICE_NAME: 'onewindow',
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
      [ENV.tableName]: tableName,
      [ENV.auditTableName]: auditTableName,
      [ENV.materialsBucket]: MATERIALS_BUCKET,
      [ENV.archiveBucket]: ARCHIVE_BUCKET,
      [ENV.eventBusName]: EVENT_BUS_NAME,
      [ENV.centreCode]: centreCode,
      [ENV.centreName]: options.centreName ?? '合作市政务服务中心',
      // The web workbench is served on the same port; its public progress page is what the receipt's QR code opens.
      [ENV.publicBaseUrl]: url,
    };
    Object.assign(process.env, env);

    const issuer = await createIssuer(join(dataDir, 'issuer-key.json'), url, centreCode);
    const kms = await startKms(kmsPort, join(dataDir, 'kms-keys.json'));
    stops.push(kms.stop);
    // SMS stays on this machine: the stand-in keeps each message in the data folder.
    const sns = await startSns(snsPort, join(dataDir, 'sms-outbox.jsonl'));
    stops.push(sns.stop);
    // Queue-fed functions (archive verification slices), worked as Lambda's SQS event source mapping would.
    const queues = await startSqs(
      sqsPort,
      FUNCTIONS.filter((f) => f.kind === 'queue'),
      join(dataDir, 'sqs-dead-letters.jsonl'),
    );
    stops.push(queues.stop);
    env[ENV.archiveVerifyQueueUrl] = queues.queueUrl('archive-verify-batch');
    process.env[ENV.archiveVerifyQueueUrl] = env[ENV.archiveVerifyQueueUrl];
    const bus = await startEventBus(busPort, EVENT_BUS_NAME, join(dataDir, 'events.jsonl'));
    stops.push(bus.stop);
    const stepFunctions = await startStepFunctions(
      sfnPort,
      resolve(import.meta.dirname, '../statemachines'),
      join(dataDir, 'stepfunctions'),
    );
    stops.push(stepFunctions.stop);
    env[ENV.stateMachineArn] = stepFunctions.stateMachineArn('case');
    process.env[ENV.stateMachineArn] = env[ENV.stateMachineArn];
    // Staff sign in to the workbench through a local OIDC provider on the same origin, with the issuer's key.
    const oidc = await createLocalOidc({
      issuer: url,
      keyFile: join(dataDir, 'issuer-key.json'),
      centre: centreCode,
      centreName: env[ENV.centreName]!,
    });
    const web = webServer({ authority: url, clientId: WEB_CLIENT_ID, apiBase: '' });
    // The hall screens' WebSocket channel on the API's origin, its management API on its own port.
    const push = await startHallPush(pushPort);
    stops.push(push.stop);
    env[ENV.hallPushEndpoint] = push.endpoint;
    process.env[ENV.hallPushEndpoint] = push.endpoint;
    const api = await startApiServer(apiPort, issuer, bus, { oidc: oidc.handle, web, upgrade: push.upgrade });
    stops.push(api.stop);
    // One event source mapping per stream function of the manifest. case-events keeps the checkpoint
    // file name it always had, so an existing data folder neither replays nor skips its records.
    const streams = await startStreamPoller(
      dynamo.endpoint,
      tableName,
      FUNCTIONS.filter((f) => f.kind === 'stream').map((f) => ({
        functionName: f.name,
        records: f.streamRecords,
        checkpointFile: join(dataDir, f.name === 'case-events' ? 'stream-checkpoints.json' : `stream-checkpoints.${f.name}.json`),
      })),
    );
    stops.push(streams.stop);

    // Scheduled functions on timers, as their rate rules run them in AWS ($ONEWINDOW_SCHEDULE_SECONDS overrides).
    const override = Number(process.env.ONEWINDOW_SCHEDULE_SECONDS);
    for (const spec of FUNCTIONS.filter((f) => f.kind === 'schedule' && f.everyMinutes)) {
      let running = false;
      const timer = setInterval(
        () => {
          if (running) return;
          running = true;
          invoke(spec.name, scheduledEvent())
            .catch((error: unknown) => console.error(`[schedule] ${spec.name} failed:`, error instanceof Error ? error.message : error))
            .finally(() => (running = false));
        },
        (options.scheduleSeconds?.[spec.name] ?? (override > 0 ? override : spec.everyMinutes! * 60)) * 1000,
      );
      timer.unref();
      stops.push(async () => clearInterval(timer));
    }

    if (options.seedCatalog !== false) {
      for (const input of DEMO_CATALOG) {
        if (!(await getCurrentItem(input.implementationCode)))
          await saveItemVersion(newItemVersion(input, undefined, 'demo-catalog', new Date()));
      }
    }
    return { url, dataDir, env, issuer, bus, stepFunctions, streams, queues, dynamoEndpoint: dynamo.endpoint, faults, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
