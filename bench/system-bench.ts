import { performance } from 'node:perf_hooks';
import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type * as z from 'zod';
import type { ServiceItemInputSchema } from '#domain/item';
import { dynamoClient } from '#local/dynamodb';
import type { LocalSystem } from '#local/system';
import { Api, sleep } from './http';
import { summarize, type Summary } from './stats';

const CITIZEN_ID = '11010519491231002X';
const TABLE = 'onewindow';

export interface SystemBenchOptions {
  warmup: number;
  requests: number;
  queueWarmup: number;
  queueCases: number;
  log: (line: string) => void;
}

export interface SystemBenchResult {
  intake: Summary;
  rawTransactWrite: Summary;
  /** Time for the intake phase's cases to all reach their queue afterwards (workflow backlog). */
  backlogDrainMs: number;
  intakeToQueue: Summary & { timeouts: number; pollsPerCase: number };
}

/** An item that needs no material, so one POST /cases is the whole intake. */
function benchItem(code: string, department: string): z.input<typeof ServiceItemInputSchema> {
  return {
    basicCode: '000000000000',
    implementationCode: code,
    name: `基准测试事项 ${code}`,
    department,
    coDepartments: [],
    itemType: 'immediate',
    statutoryDays: 1,
    promisedDays: 0,
    conditions: '',
    fees: '不收费',
    appointment: false,
    onlinePayment: false,
    courierDelivery: false,
    windowCategory: 'general',
    specialProcedures: [],
    negativeList: false,
    materials: [],
  };
}

const caseBody = (itemCode: string) => ({
  itemCode,
  applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
  channel: 'window',
  materials: [],
});

interface CaseResponse {
  caseNumber: string;
}
interface QueueResponse {
  cases: CaseResponse[];
  nextCursor?: string;
}

export async function benchSystem(system: LocalSystem, options: SystemBenchOptions): Promise<SystemBenchResult> {
  const { log } = options;
  const api = new Api(system.url);
  const run = Date.now().toString(36);
  const supervisor = await system.issuer.mint({ role: 'supervisor' });
  const clerk = await system.issuer.mint({ role: 'intake_clerk', name: '基准测试收件员' });

  // Two departments: the intake phase fills one queue with >1,000 cases; the visibility phase
  // gets its own, kept near-empty, so a poll costs the same for the first case and the last.
  const intakeDept = `基准测试局-收件-${run}`;
  const queueDept = `基准测试局-${run}`;
  const intakeItem = `BENCH-INTAKE-${run}`;
  const queueItem = `BENCH-QUEUE-${run}`;
  await api.expect(201, 'POST', '/items', supervisor, benchItem(intakeItem, intakeDept));
  await api.expect(201, 'POST', '/items', supervisor, benchItem(queueItem, queueDept));

  // --- intake vs raw TransactWriteItems, interleaved so both see the same background load ---
  const dynamo = dynamoClient(system.dynamoEndpoint);
  let rawSeq = 0;
  const rawWrite = async () => {
    const pk = `BENCH#${run}#${rawSeq++}`;
    await dynamo.send(
      new TransactWriteItemsCommand({
        TransactItems: ['A', 'B'].map((sk) => ({
          Put: {
            TableName: TABLE,
            Item: { pk: { S: pk }, sk: { S: sk }, entity: { S: 'bench' }, n: { N: String(rawSeq) } },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        })),
      }),
    );
  };
  const intakeOnce = () => api.expect<CaseResponse>(201, 'POST', '/cases', clerk, caseBody(intakeItem));

  const intakeMs: number[] = [];
  const rawMs: number[] = [];
  const total = options.warmup + options.requests;
  log(`  intake + raw TransactWriteItems: ${options.warmup} warm-up, ${options.requests} measured each`);
  try {
    for (let i = 0; i < total; i++) {
      const measured = i >= options.warmup;
      let t = performance.now();
      await intakeOnce();
      if (measured) intakeMs.push(performance.now() - t);
      t = performance.now();
      await rawWrite();
      if (measured) rawMs.push(performance.now() - t);
      if ((i + 1) % 250 === 0) log(`    ${i + 1}/${total}`);
    }
  } finally {
    dynamo.destroy();
  }

  // --- let the workflow catch up with the intake phase before timing visibility ---
  const drainStart = performance.now();
  const intakeApprover = await system.issuer.mint({ role: 'approver', department: intakeDept });
  for (;;) {
    const queued = await countQueue(api, intakeApprover);
    if (queued >= total) break;
    if (performance.now() - drainStart > 180_000) {
      log(`  warning: only ${queued}/${total} intake cases reached the queue after 180 s; continuing`);
      break;
    }
    await sleep(250);
  }
  const backlogDrainMs = performance.now() - drainStart;
  log(`  intake backlog in queue after ${(backlogDrainMs / 1000).toFixed(1)} s`);

  // --- intake → visible in GET /queue?state=pending_acceptance ---
  const approver = await system.issuer.mint({ role: 'approver', department: queueDept });
  const visibleMs: number[] = [];
  let timeouts = 0;
  let polls = 0;
  const cases = options.queueWarmup + options.queueCases;
  log(`  intake → queue: ${options.queueWarmup} warm-up, ${options.queueCases} measured`);
  for (let i = 0; i < cases; i++) {
    const measured = i >= options.queueWarmup;
    const { caseNumber } = await api.expect<CaseResponse>(201, 'POST', '/cases', clerk, caseBody(queueItem));
    const t0 = performance.now();
    let seen = false;
    while (performance.now() - t0 < 30_000) {
      if (measured) polls++;
      if (await inQueue(api, approver, caseNumber)) {
        seen = true;
        break;
      }
      await sleep(5);
    }
    const elapsed = performance.now() - t0;
    if (!seen) {
      timeouts++;
      log(`    ${caseNumber} not in the queue after 30 s`);
      continue;
    }
    if (measured) visibleMs.push(elapsed);
    // Approve at once so the queue holds at most one pending case.
    await api.expect(200, 'POST', `/cases/${caseNumber}/review`, approver, { outcome: 'refuse', reason: 'bench', legalBasis: 'bench' });
    if ((i + 1) % 50 === 0) log(`    ${i + 1}/${cases}`);
  }

  return {
    intake: summarize(intakeMs),
    rawTransactWrite: summarize(rawMs),
    backlogDrainMs: Math.round(backlogDrainMs),
    intakeToQueue: { ...summarize(visibleMs), timeouts, pollsPerCase: Number((polls / Math.max(1, options.queueCases)).toFixed(1)) },
  };
}

/** Walks every page of the department's pending queue (limit 100 is the API's maximum page). */
async function* queuePages(api: Api, token: string): AsyncGenerator<CaseResponse[]> {
  let cursor: string | undefined;
  do {
    const query = `/queue?state=pending_acceptance&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await api.expect<QueueResponse>(200, 'GET', query, token);
    yield page.cases;
    cursor = page.nextCursor;
  } while (cursor);
}

async function countQueue(api: Api, token: string): Promise<number> {
  let n = 0;
  for await (const page of queuePages(api, token)) n += page.length;
  return n;
}

async function inQueue(api: Api, token: string, caseNumber: string): Promise<boolean> {
  for await (const page of queuePages(api, token)) if (page.some((c) => c.caseNumber === caseNumber)) return true;
  return false;
}
