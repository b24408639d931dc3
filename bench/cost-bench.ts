/**
 * Cost per case: one happy-path case per item type through the API to closed, then what it used —
 * Step Functions state transitions, audit transitions, DynamoDB write/read units, Lambda invocations,
 * EventBridge events, S3 requests — and its AWS bill at the published on-demand prices below.
 *
 * Methods (printed with the results too):
 * - State transitions: the case's execution, replayed through aws-local-stepfunctions (the engine the
 *   local system runs) on the same ASL with the task results the local runner journaled; every
 *   StateEntered event counts, states inside Map iterations included (AWS bills each state entered).
 * - DynamoDB: every request the system's own document client sends (handlers run in this process) is
 *   observed by a middleware; units are computed from the marshalled item sizes by DynamoDB's sizing
 *   rules: a write 1 WRU per KB (2 in a transaction), plus the gsi1 index writes it causes (see
 *   indexWrite: a new or changed entry, one more when the index key moved, one when an entry leaves;
 *   none when nothing projected changed; updates and deletes of indexed items included);
 *   reads 1 RCU per 4 KB strongly consistent, ½ eventually (Query: the items returned, summed).
 *   The bench waits on the workflow by reading the table with a client of its own, not counted.
 * - Lambda invocations: the API requests the clerks make (each an HTTP function invocation), the
 *   case-step invocations (one per Task state entered), and one invocation per audit line for each of
 *   the stream functions that read audit lines, and one per line riding on the case head for the audit writer
 *   (an upper bound: Lambda batches stream records, quiet tables batch ~1).
 * - EventBridge: the events the local bus received for the case (PutEvents entries, each ≤ 64 KB).
 * - S3: presigned PUT per scan plus one PUT per notice PDF rendered; archive package objects, GETs and
 *   storage are not counted.
 * `COST_TRACE=1` prints every write as it is counted (item kind, size, each attribute's bytes).
 */
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';
import type * as z from 'zod';
import { documentClient } from '#adapters/dynamodb';
import type { ServiceItemInputSchema } from '#domain/item';
import { mayRideOnHead } from '#domain/case/audit-delivery';
import type { AuditEntry } from '#domain/case/transition';
import { FUNCTIONS } from '#manifest';
import { keys } from '#repositories/keys';
import { dynamoClient } from '#local/dynamodb';
import { substitute } from '#local/stepfunctions';
import type { LocalSystem } from '#local/system';
import { resultDocument, signaturePng } from '#tests/support/documents';
import { Api, sleep, uploadScan } from './http';
import { round } from './stats';

/**
 * Published on-demand prices, US East (N. Virginia), as listed on aws.amazon.com/<service>/pricing in
 * 2025 (the Beijing region cn-north-1 bills in CNY at different rates and is not used here).
 */
export const PRICES = {
  region: 'us-east-1',
  asOf: '2025',
  /** DynamoDB on-demand: per write / read request unit. */
  dynamoWriteUnit: 1.25 / 1e6,
  dynamoReadUnit: 0.25 / 1e6,
  /** Step Functions Standard: per state transition. */
  stateTransition: 0.025 / 1000,
  /** Lambda arm64: per request, per GB-second. */
  lambdaRequest: 0.2 / 1e6,
  lambdaGbSecond: 0.0000133334,
  /** EventBridge custom events: per event (64 KB chunk). */
  eventBridgeEvent: 1.0 / 1e6,
  /** S3 Standard: per PUT and per GET request; storage per GB-month. */
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  s3GbMonth: 0.023,
} as const;
/** Assumed billed duration per invocation (the local system gives no Lambda durations); memory from the manifest. */
const ASSUMED_LAMBDA_MS = 100;
const DEFAULT_MEMORY_MB = 512;

const CITIZEN_ID = '11010519491231002X';
const TABLE = 'onewindow';
const KINDS = ['immediate', 'promised', 'reported', 'joint'] as const;
type Kind = (typeof KINDS)[number];

export interface CaseCost {
  kind: Kind;
  caseNumber: string;
  path: string[];
  stateTransitions: number;
  taskStates: number;
  auditTransitions: number;
  auditLines: number;
  dynamo: {
    writeRequests: number;
    writeUnits: number;
    writeUnitsBy: Record<string, number>;
    readRequests: number;
    readUnits: number;
    itemsWritten: number;
  };
  lambda: { http: number; workflow: number; stream: number; event: number; total: number; gbSeconds: number };
  events: number;
  s3Puts: number;
  costUsd: { dynamo: number; stepFunctions: number; lambda: number; eventBridge: number; s3: number; total: number; per10k: number };
}

export interface CostBenchResult {
  prices: typeof PRICES;
  assumedLambdaMs: number;
  methods: Record<string, string>;
  cases: CaseCost[];
}

// ---- DynamoDB accounting -------------------------------------------------------------------------

type Item = Record<string, AttributeValue>;

/** DynamoDB item size: attribute names plus values (UTF-8 strings, numbers ~1 byte per 2 digits + 1, 3 bytes per map/list + 1 per element). */
function valueSize(v: AttributeValue): number {
  if (v.S !== undefined) return Buffer.byteLength(v.S);
  if (v.N !== undefined) return Math.ceil(v.N.replace(/^-|\.|e.*$/gi, '').replace(/^0+/, '').length / 2) + 1;
  if (v.B !== undefined) return v.B.length;
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.M) return 3 + Object.entries(v.M).reduce((n, [k, x]) => n + Buffer.byteLength(k) + valueSize(x) + 1, 0);
  if (v.L) return 3 + v.L.reduce((n, x) => n + valueSize(x) + 1, 0);
  if (v.SS) return v.SS.reduce((n, s) => n + Buffer.byteLength(s), 0);
  if (v.NS) return v.NS.reduce((n, s) => n + s.length, 0);
  return 0;
}
export const itemSize = (item: Item) => Object.entries(item).reduce((n, [k, v]) => n + Buffer.byteLength(k) + valueSize(v), 0);

interface DynamoTally {
  writeRequests: number;
  writeUnits: number;
  /** Write units by item kind (the key prefix: CASE, AUDIT, NOTICE, UPLOAD, COUNTER …), index writes included. */
  writeUnitsBy: Record<string, number>;
  readRequests: number;
  readUnits: number;
  itemsWritten: number;
}

const emptyTally = (): DynamoTally => ({
  writeRequests: 0,
  writeUnits: 0,
  writeUnitsBy: {},
  readRequests: 0,
  readUnits: 0,
  itemsWritten: 0,
});

/** Observes every request of the handlers' document client; `tally` is swapped per measured case. */
export function observeDynamo() {
  const state = { tally: emptyTally() };
  const indexKey = new Map<string, { entry: string; image: string }>();
  const add = (kind: string, units: number) => {
    state.tally.writeUnits += units;
    state.tally.writeUnitsBy[kind] = (state.tally.writeUnitsBy[kind] ?? 0) + units;
  };
  // The case's part items (file, acceptance, decision …: written once) apart from the head every transition rewrites.
  const kindOf = (key: Item) => {
    const sk = key.sk?.S ?? '';
    const part = keys.casePart('', '').sk;
    return `${key.pk?.S?.split('#')[0]}/${sk.startsWith(part) ? sk.slice(part.length) : sk.split('#')[0]}`;
  };
  const idOf = (key: Item) => `${key.pk?.S}|${key.sk?.S}`;
  /**
   * The gsi1 write a table write causes (projection ALL), as DynamoDB's developer guide counts them
   * ("Provisioned throughput considerations for global secondary indexes", Writes:
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations.Writes):
   * a new index entry is one write of its size; a changed index key is two (the old entry deleted, the
   * new one put); an item that leaves the index (its key attributes removed, or the item deleted) is
   * one; a write that changes neither the index key nor a projected attribute writes nothing to the
   * index. With ALL every attribute is projected, so an update of an indexed item is one write.
   */
  const indexWrite = (key: Item, after: Item | 'updated' | 'deleted') => {
    const id = idOf(key);
    const before = indexKey.get(id);
    const kind = `${kindOf(key)} gsi1`;
    if (after === 'deleted' || (after !== 'updated' && !(after.gsi1pk?.S && after.gsi1sk?.S))) {
      if (before !== undefined) add(kind, 1);
      indexKey.delete(id);
      return;
    }
    if (after === 'updated') {
      if (before !== undefined) add(kind, 1);
      return;
    }
    const entry = `${after.gsi1pk?.S}|${after.gsi1sk?.S}`;
    const image = JSON.stringify(after);
    if (before?.image === image) return;
    add(kind, Math.max(1, Math.ceil(itemSize(after) / 1024)) + (before !== undefined && before.entry !== entry ? 1 : 0));
    indexKey.set(id, { entry, image });
  };
  const write = (item: Item, transactional: boolean) => {
    const kb = Math.max(1, Math.ceil(itemSize(item) / 1024));
    const kind = kindOf(item);
    state.tally.itemsWritten++;
    if (process.env.COST_TRACE)
      console.log(
        `TRACE ${kind} ${itemSize(item)} B${transactional ? ' tx' : ''} ${Object.keys(item)
          .map((k) => `${k}:${itemSize({ [k]: item[k]! })}`)
          .join(' ')}`,
      );
    add(kind, kb * (transactional ? 2 : 1));
    indexWrite(item, item);
  };
  // Outputs arrive unmarshalled (the document client's deserializer ran): marshal them back to size them.
  const read = (items: Record<string, unknown>[], consistent: boolean) => {
    const bytes = items.reduce((n, i) => n + itemSize(marshall(i, { removeUndefinedValues: true, convertClassInstanceToMap: true })), 0);
    state.tally.readUnits += Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);
  };
  documentClient().middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const command = String(context.commandName);
      const out = await next(args);
      const output = out.output as Record<string, unknown>;
      switch (command) {
        case 'PutItemCommand':
          state.tally.writeRequests++;
          write(input.Item as Item, false);
          break;
        case 'UpdateItemCommand':
          if (process.env.COST_TRACE) console.log(`TRACE update ${JSON.stringify(input.Key)} ${String(input.UpdateExpression)}`);
          // Sized by what the item is after the update (ReturnValues is not asked for): one unit.
          state.tally.writeRequests++;
          state.tally.itemsWritten++;
          add('update', 1);
          indexWrite(input.Key as Item, 'updated');
          break;
        case 'DeleteItemCommand':
          state.tally.writeRequests++;
          add('delete', 1);
          indexWrite(input.Key as Item, 'deleted');
          break;
        case 'TransactWriteItemsCommand':
          state.tally.writeRequests++;
          for (const t of input.TransactItems as {
            Put?: { Item: Item };
            Update?: { Key: Item };
            ConditionCheck?: unknown;
            Delete?: { Key: Item };
          }[]) {
            if (t.Put) write(t.Put.Item, true);
            // Counters are small items: an update or a condition check is 2 units in a transaction.
            else {
              if (process.env.COST_TRACE) console.log(`TRACE tx-other ${JSON.stringify(t).slice(0, 200)}`);
              add(t.Update ? 'update' : t.Delete ? 'delete' : 'condition check', 2);
              if (t.Update) state.tally.itemsWritten++;
              if (t.Update) indexWrite(t.Update.Key, 'updated');
              if (t.Delete) indexWrite(t.Delete.Key, 'deleted');
            }
          }
          break;
        case 'GetItemCommand':
          state.tally.readRequests++;
          read(output.Item ? [output.Item as Record<string, unknown>] : [], input.ConsistentRead === true);
          break;
        case 'QueryCommand':
          state.tally.readRequests++;
          read((output.Items as Record<string, unknown>[] | undefined) ?? [], input.ConsistentRead === true);
          break;
      }
      return out;
    },
    // After serialization the input is still there, marshalled (AttributeValue shapes).
    { step: 'build', name: 'benchCostAccounting' },
  );
  return state;
}

// ---- Step Functions: replay the journaled execution, count the states entered --------------------

interface Journal {
  input: string;
  steps: Record<string, { result?: unknown }>;
}

async function stateTransitions(journal: Journal): Promise<{ entered: number; tasks: number }> {
  const definition = JSON.parse(substitute(readFileSync(join(import.meta.dirname, '../statemachines/case.asl.json'), 'utf8'))) as {
    States: Record<string, { Type: string; ItemProcessor?: { States: Record<string, { Type: string }> } }>;
  };
  // Timeouts play no part in a replay (every task answers at once); Node timers cannot hold a year anyway.
  const unclamp = (states: Record<string, { TimeoutSeconds?: number; ItemProcessor?: { States: Record<string, object> } }>) => {
    for (const st of Object.values(states)) {
      delete st.TimeoutSeconds;
      if (st.ItemProcessor) unclamp(st.ItemProcessor.States);
    }
  };
  unclamp(definition.States);
  const taskNames = Object.entries(definition.States).flatMap(([name, s]) => [
    ...(s.Type === 'Task' ? [name] : []),
    ...Object.entries(s.ItemProcessor?.States ?? {})
      .filter(([, inner]) => inner.Type === 'Task')
      .map(([inner]) => inner),
  ]);
  // The same occurrence keys as the local runner (local/stepfunctions.ts): `state@department#n` in a Map.
  const occurrences = new Map<string, number>();
  let tasks = 0;
  const handlers = Object.fromEntries(
    taskNames.map((name) => [
      name,
      async (input: unknown) => {
        const department = ((input ?? {}) as { Payload?: { department?: unknown } }).Payload?.department;
        const slot = typeof department === 'string' ? `${name}@${department}` : name;
        const n = (occurrences.get(slot) ?? 0) + 1;
        occurrences.set(slot, n);
        const recorded = journal.steps[`${slot}#${n}`];
        if (!recorded || !('result' in recorded)) throw new Error(`journal has no result for ${slot}#${n}`);
        tasks++;
        return recorded.result as never;
      },
    ]),
  );
  const machine = new StateMachine(definition as ConstructorParameters<typeof StateMachine>[0], { validationOptions: { checkArn: false } });
  const execution = machine.run(JSON.parse(journal.input), {
    overrides: { taskResourceLocalHandlers: handlers },
    context: { Task: { Token: 'replay' } },
  });
  let entered = 0;
  for await (const event of execution.eventLogs) if (event.type === 'StateEntered') entered++;
  await execution.result;
  return { entered, tasks };
}

// ---- EventBridge rules: which event functions a case event invokes -----------------------------

interface BusEvent {
  source: string;
  'detail-type': string;
}

const EVENT_FUNCTIONS = FUNCTIONS.filter((f) => f.kind === 'event' && f.eventPattern);

function matches(pattern: NonNullable<(typeof FUNCTIONS)[number]['eventPattern']>, event: BusEvent): boolean {
  const source = pattern.source.some((s) => (typeof s === 'string' ? s === event.source : event.source.startsWith(s.prefix)));
  return source && pattern['detail-type'].includes(event['detail-type']);
}

// ---- the cases -----------------------------------------------------------------------------------

type ItemBody = z.input<typeof ServiceItemInputSchema>;

export async function benchCosts(system: LocalSystem, log: (line: string) => void): Promise<CostBenchResult> {
  const run = Date.now().toString(36);
  const lead = `成本测试局-${run}`;
  const co = [`成本联办甲局-${run}`, `成本联办乙局-${run}`];
  const authorityId = `cost-city-bureau-${run}`;
  const items: Record<Kind, string> = {
    immediate: `COST-I-${run}`,
    promised: `COST-P-${run}`,
    reported: `COST-R-${run}`,
    joint: `COST-J-${run}`,
  };

  const http = new Api(system.url);
  let httpCalls = 0;
  const call = async <T>(expected: number, method: string, path: string, token: string, body?: unknown): Promise<T> => {
    httpCalls++;
    return http.expect<T>(expected, method, path, token, body);
  };
  const mint = (claims: Parameters<LocalSystem['issuer']['mint']>[0]) => system.issuer.mint(claims);
  const supervisor = await mint({ role: 'supervisor' });
  const clerk = await mint({ role: 'intake_clerk', name: '成本收件员' });
  const windowClerk = await mint({ role: 'intake_clerk', name: '成本即办窗口', windowDecision: true });
  const approver = await mint({ role: 'approver', department: lead, name: '成本审批' });
  const coApprovers = await Promise.all(co.map((department) => mint({ role: 'approver', department })));
  const authority = await mint({ role: 'county_system', subject: authorityId });
  const output = await mint({ role: 'output_clerk', name: '成本出件' });

  for (const kind of KINDS) {
    const item: ItemBody = {
      basicCode: '000120003000',
      implementationCode: items[kind],
      name: `成本测试事项（${kind}）`,
      department: lead,
      itemType: kind,
      statutoryDays: kind === 'immediate' ? 0 : kind === 'joint' ? 45 : 20,
      promisedDays: kind === 'immediate' ? 0 : 10,
      ...(kind === 'joint' ? { coDepartments: co } : {}),
      materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
    };
    await http.expect(201, 'POST', '/items', supervisor, item);
  }

  // The bench's own view of a case, outside the counted client.
  const raw = dynamoClient(system.dynamoEndpoint);
  // The head and its part items (sort keys CASE and CASE#…), merged as the case repository reads them.
  const caseRecord = async (caseNumber: string) => {
    const out = await raw.send(
      new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :case)',
        ExpressionAttributeValues: { ':pk': { S: keys.case(caseNumber).pk }, ':case': { S: keys.case(caseNumber).sk } },
        ConsistentRead: true,
      }),
    );
    const items = (out.Items ?? []).map((item) => unmarshall(item) as Record<string, NativeAttributeValue>);
    return items.length ? (Object.assign({}, ...items) as Record<string, NativeAttributeValue>) : undefined;
  };
  const until = async (caseNumber: string, what: string, ok: (c: Record<string, NativeAttributeValue>) => boolean) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const c = await caseRecord(caseNumber);
      if (c && ok(c)) return c;
      if (Date.now() > deadline) throw new Error(`case ${caseNumber}: timed out waiting for ${what} (state ${String(c?.state)})`);
      await sleep(10);
    }
  };
  const waiting = (caseNumber: string, step: string) =>
    until(caseNumber, step, (c) => (c.pendingTask as { step?: string } | undefined)?.step === step);

  const scan = Buffer.from('%PDF-1.4\n% a scanned page\n'.padEnd(20_000, '.'));
  const upload = (token: string) => {
    // Two API requests (POST /uploads, /complete) around the presigned PUT to S3.
    httpCalls += 2;
    return uploadScan(http, token, scan);
  };

  const paths: Record<Kind, (caseNumber: string) => Promise<void>> = {
    immediate: async () => undefined,
    promised: async (n) => {
      await waiting(n, 'acceptance');
      await call(200, 'POST', `/cases/${n}/review`, approver, { outcome: 'accept' });
      await waiting(n, 'decision');
      await call(200, 'POST', `/cases/${n}/decision`, approver, {
        outcome: 'approve',
        opinion: '准予许可',
        result: resultDocument('approve'),
      });
    },
    reported: async (n) => {
      await waiting(n, 'acceptance');
      await call(200, 'POST', `/cases/${n}/review`, approver, { outcome: 'accept' });
      await waiting(n, 'report');
      await call(200, 'POST', `/cases/${n}/report`, approver, { authority: authorityId, opinion: '初审符合条件，报请审批。' });
      await waiting(n, 'higher_authority');
      await call(200, 'POST', `/cases/${n}/higher-authority-decision`, authority, {
        outcome: 'approve',
        opinion: '准予许可',
        result: resultDocument('approve'),
      });
    },
    joint: async (n) => {
      await waiting(n, 'acceptance');
      await call(200, 'POST', `/cases/${n}/review`, approver, { outcome: 'accept' });
      await until(
        n,
        'both opinion slots',
        (c) => ((c.coOpinions as { token?: string }[] | undefined) ?? []).filter((o) => o.token).length === co.length,
      );
      for (const token of coApprovers) await call(200, 'POST', `/cases/${n}/co-opinion`, token, { outcome: 'approve', opinion: '同意' });
      await waiting(n, 'decision');
      await call(200, 'POST', `/cases/${n}/decision`, approver, {
        outcome: 'approve',
        opinion: '各部门均同意，准予。',
        result: resultDocument('approve'),
      });
    },
  };

  const observed = observeDynamo();
  const cases: CaseCost[] = [];
  try {
    for (const kind of KINDS) {
      await system.streams.drain();
      if (process.env.COST_TRACE) console.log(`TRACE ===== ${kind}`);
      observed.tally = emptyTally();
      httpCalls = 0;
      const immediate = kind === 'immediate';
      const who = immediate ? windowClerk : clerk;
      const registered = await call<{ caseNumber: string }>(201, 'POST', '/cases', who, {
        itemCode: items[kind],
        applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
        materials: [{ code: 'ID', uploadId: await upload(who) }],
        ...(immediate ? { decideNow: { outcome: 'approve', opinion: '当场办结' } } : {}),
      });
      const n = registered.caseNumber;
      await paths[kind](n);
      // 出件: the output clerk scans the result (即办: registering its document), then the applicant collects and signs.
      const scanned = await waiting(n, 'result_scan');
      const attached = scanned.result as { number?: string } | undefined;
      const document = attached ? undefined : resultDocument('approve');
      await call(200, 'POST', `/cases/${n}/result`, output, {
        uploadId: await upload(output),
        number: attached?.number ?? document!.number,
        document,
      });
      await waiting(n, 'result_ready');
      httpCalls += 2;
      const signatureUploadId = await uploadScan(http, output, signaturePng(), 'image/png');
      await call(200, 'POST', `/cases/${n}/handover`, output, {
        method: 'pickup',
        recipient: { kind: 'applicant', name: '张三', idNumber: CITIZEN_ID },
        signatureUploadId,
      });
      await until(n, 'closed', (c) => c.state === 'closed');
      const executionArn = `${system.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${n}`;
      for (let i = 0; system.stepFunctions.describe(executionArn)?.status === 'RUNNING' && i < 200; i++) await sleep(10);
      // Let the stream functions (events, notices) finish this case's lines before the tally is read.
      await system.streams.drain();
      await sleep(500);
      await system.streams.drain();

      const tally = { ...observed.tally, writeUnitsBy: { ...observed.tally.writeUnitsBy } };
      const history = (
        await http.expect<{ history: Pick<AuditEntry, 'action' | 'fromState' | 'toState'>[] }>(200, 'GET', `/cases/${n}`, supervisor)
      ).history;
      const notices = (await http.expect<{ notices: unknown[] }>(200, 'GET', `/cases/${n}/notices`, supervisor)).notices.length;
      const busEvents = (await http.expect<{ events: BusEvent[] }>(200, 'GET', `/local/events?caseNumber=${n}`, supervisor)).events;
      const events = busEvents.length;
      const eventInvocations = busEvents.reduce((k, e) => k + EVENT_FUNCTIONS.filter((f) => matches(f.eventPattern!, e)).length, 0);
      const journal = system.stepFunctions.describe(executionArn) as Journal | undefined;
      if (!journal) throw new Error(`no execution for ${n}`);
      const sfn = await stateTransitions(journal);
      if (sfn.tasks !== Object.keys(journal.steps).length)
        throw new Error(`replay of ${n} ran ${sfn.tasks} tasks; the journal has ${Object.keys(journal.steps).length}`);

      const transitions = history.filter((h) => h.action !== 'open_step');
      const streamFunctions = FUNCTIONS.filter((f) => f.kind === 'stream');
      // The audit writer is given the heads that carry lines (at most one per line that rides on the head).
      const lineFunctions = streamFunctions.filter((f) => f.streamRecords !== 'carried_lines');
      const headFunctions = streamFunctions.filter((f) => f.streamRecords === 'carried_lines');
      const ridingLines = history.filter((h) => mayRideOnHead(h)).length;
      const lambda = {
        http: httpCalls,
        workflow: sfn.tasks,
        stream: history.length * lineFunctions.length + ridingLines * headFunctions.length,
        event: eventInvocations,
        total: 0,
        gbSeconds: 0,
      };
      lambda.total = lambda.http + lambda.workflow + lambda.stream + lambda.event;
      const memoryOf = (name: string) => (FUNCTIONS.find((f) => f.name === name)?.memorySize ?? DEFAULT_MEMORY_MB) / 1024;
      // HTTP and event functions at the default memory (intake has 1024 MB: its calls are under-counted by half).
      lambda.gbSeconds =
        (ASSUMED_LAMBDA_MS / 1000) *
        (((lambda.http + lambda.event) * DEFAULT_MEMORY_MB) / 1024 +
          lambda.workflow * memoryOf('case-step') +
          history.length * lineFunctions.reduce((gb, f) => gb + memoryOf(f.name), 0) +
          ridingLines * headFunctions.reduce((gb, f) => gb + memoryOf(f.name), 0));
      const s3Puts = 1 + notices;
      const cost = {
        dynamo: tally.writeUnits * PRICES.dynamoWriteUnit + tally.readUnits * PRICES.dynamoReadUnit,
        stepFunctions: sfn.entered * PRICES.stateTransition,
        lambda: lambda.total * PRICES.lambdaRequest + lambda.gbSeconds * PRICES.lambdaGbSecond,
        eventBridge: events * PRICES.eventBridgeEvent,
        s3: s3Puts * PRICES.s3Put,
        total: 0,
        per10k: 0,
      };
      cost.total = cost.dynamo + cost.stepFunctions + cost.lambda + cost.eventBridge + cost.s3;
      cost.per10k = cost.total * 10_000;
      const r = (x: number) => Number(x.toPrecision(3));
      cases.push({
        kind,
        caseNumber: n,
        path: transitions.map((h) => h.action),
        stateTransitions: sfn.entered,
        taskStates: sfn.tasks,
        auditTransitions: transitions.length,
        auditLines: history.length,
        dynamo: { ...tally, writeUnitsBy: { ...tally.writeUnitsBy }, readUnits: round(tally.readUnits, 1) },
        lambda: { ...lambda, gbSeconds: round(lambda.gbSeconds, 3) },
        events,
        s3Puts,
        costUsd: {
          dynamo: r(cost.dynamo),
          stepFunctions: r(cost.stepFunctions),
          lambda: r(cost.lambda),
          eventBridge: r(cost.eventBridge),
          s3: r(cost.s3),
          total: r(cost.total),
          per10k: round(cost.per10k, 2),
        },
      });
      log(`  ${kind}: ${n} closed (${transitions.map((h) => h.action).join(' → ')})`);
    }
  } finally {
    raw.destroy();
  }
  return {
    prices: PRICES,
    assumedLambdaMs: ASSUMED_LAMBDA_MS,
    methods: {
      stateTransitions:
        'the journaled execution replayed through aws-local-stepfunctions on the same ASL; StateEntered events, Map iterations included',
      dynamo:
        'every request of the handlers’ document client observed; units from marshalled item sizes (1 KB/WRU, ×2 transactional, + the gsi1 writes DynamoDB counts: entry put, +1 when its key moves, 1 when it leaves or an indexed item is updated; 4 KB/RCU, ½ eventually consistent)',
      lambda: `API requests + case-step invocations (one per Task state) + one per audit line per audit-line stream function and one per line riding on the head for the audit writer (upper bound: no batching) + event functions whose rule matches the case's events; ${ASSUMED_LAMBDA_MS} ms billed each (assumed)`,
      events: 'events the local bus received for the case',
      s3: 'one PUT per scan + one per notice PDF; archive package objects, GETs and storage not counted',
    },
    cases,
  };
}

/** One line per item type: what a happy-path case uses and costs. */
export function printCostTable(result: CostBenchResult): void {
  const head = [
    'item type',
    'SFN transitions',
    'audit transitions',
    'DynamoDB WRU / RCU',
    'Lambda invocations',
    'events',
    'USD per case',
    'USD per 10,000',
  ];
  const rows = result.cases.map((c) => [
    c.kind,
    String(c.stateTransitions),
    `${c.auditTransitions} (${c.auditLines} lines)`,
    `${c.dynamo.writeUnits} / ${c.dynamo.readUnits}`,
    `${c.lambda.total} (http ${c.lambda.http}, step ${c.lambda.workflow}, stream ≤${c.lambda.stream}, event ${c.lambda.event})`,
    String(c.events),
    c.costUsd.total.toFixed(6),
    c.costUsd.per10k.toFixed(2),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(width[i]!)).join(' │ ');
  console.log(
    `\ncost per case, one happy path per item type (${result.prices.region} on-demand prices, ${result.prices.asOf}; Lambda ${result.assumedLambdaMs} ms assumed per invocation)`,
  );
  console.log(line(head));
  console.log(width.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of rows) console.log(line(r));
  for (const c of result.cases) {
    const by = Object.entries(c.dynamo.writeUnitsBy)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `  ${c.kind}: USD dynamo ${c.costUsd.dynamo} · sfn ${c.costUsd.stepFunctions} · lambda ${c.costUsd.lambda} · events ${c.costUsd.eventBridge} · s3 ${c.costUsd.s3}; WRU by item: ${by}`,
    );
  }
  for (const [what, how] of Object.entries(result.methods)) console.log(`  method, ${what}: ${how}`);
}
