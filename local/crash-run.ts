import type { LocalSystem } from './system';

/**
 * The crash drill (issue 9): a burst of concurrent intakes, DynamoDB Local killed after some of them
 * were answered, an outage, DynamoDB Local started again — then every acknowledged case (201) must
 * reach its department's queue, waiting for review, with no manual step. Used by the fault test and
 * by the bench (recovery time).
 */
export interface CrashRunOptions {
  /** An item of `department` that registers without materials. */
  itemCode: string;
  department: string;
  burst: number;
  killAfter: number;
  outageMs: number;
  timeoutMs: number;
}

export interface CrashRunResult {
  burst: number;
  acknowledged: string[];
  recovered: string[];
  /** From DynamoDB Local's restart to the last acknowledged case waiting in its queue. */
  recoverySeconds: number;
  /** How the intakes were answered: HTTP status (or `broken`) → count. */
  answers: Record<string, number>;
  /** Acknowledged cases not in their queue at the end: where the record and the execution stand. */
  stranded: StrandedCase[];
}

export interface StrandedCase {
  caseNumber: string;
  /** GET /cases/{n} as a supervisor: 404 when the acknowledged case is not in the table at all. */
  status: number;
  state?: string;
  history?: string[];
  waitingFor?: string;
  workflowRun?: number;
  stalled?: unknown;
  execution?: { status: string; steps: string[] };
}

const CITIZEN_ID = '11010519491231002X';

/** A JSON client of a local system's API and its token endpoint (for drills and tests on a system of their own). */
export function localClient(url: string) {
  return {
    mint: async (body: object) =>
      (
        (await (
          await fetch(`${url}/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        ).json()) as { token: string }
      ).token,
    call: async <T = Record<string, unknown>>(
      method: string,
      path: string,
      token: string,
      body?: unknown,
    ): Promise<{ status: number; body: T }> => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
    },
  };
}

export async function crashRun(system: LocalSystem, options: CrashRunOptions): Promise<CrashRunResult> {
  const { mint, call } = localClient(system.url);
  const clerk = await mint({ role: 'intake_clerk' });
  const supervisor = await mint({ role: 'supervisor' });
  const approver = await mint({ role: 'approver', department: options.department });

  let answered = 0;
  let killed: Promise<void> | undefined;
  const answers: Record<string, number> = {};
  const intakes = Array.from({ length: options.burst }, async () => {
    try {
      const res = await call<{ caseNumber: string }>('POST', '/cases', clerk, {
        itemCode: options.itemCode,
        applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
      });
      answers[res.status] = (answers[res.status] ?? 0) + 1;
      return res.status === 201 ? res.body.caseNumber : undefined;
    } catch {
      answers.broken = (answers.broken ?? 0) + 1;
      return undefined; // the connection broke: not acknowledged
    } finally {
      if (++answered === options.killAfter) killed = system.faults.crashDynamo();
    }
  });
  const acknowledged = (await Promise.all(intakes)).filter((n): n is string => n !== undefined);
  await killed;
  await new Promise((r) => setTimeout(r, options.outageMs));
  await system.faults.restartDynamo();
  const restartedAt = Date.now();

  const inQueue = async () => {
    const found = new Set<string>();
    let cursor: string | undefined;
    do {
      const path = `/queue?state=pending_acceptance&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await call<{ cases: { caseNumber: string; waitingFor?: string }[]; nextCursor?: string }>('GET', path, approver);
      if (page.status !== 200) return found;
      for (const c of page.body.cases) if (c.waitingFor === 'acceptance') found.add(c.caseNumber);
      cursor = page.body.nextCursor;
    } while (cursor);
    return found;
  };
  let found = new Set<string>();
  const deadline = restartedAt + options.timeoutMs;
  while (Date.now() < deadline) {
    found = await inQueue();
    if (acknowledged.every((n) => found.has(n))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const recoverySeconds = Math.round((Date.now() - restartedAt) / 100) / 10;
  const executionArn = system.stepFunctions.stateMachineArn('case').replace(':stateMachine:', ':execution:');
  const stranded: StrandedCase[] = [];
  for (const caseNumber of acknowledged.filter((n) => !found.has(n))) {
    const res = await call<Omit<StrandedCase, 'caseNumber' | 'execution' | 'status' | 'history'> & { history?: { action: string }[] }>(
      'GET',
      `/cases/${caseNumber}`,
      supervisor,
    );
    const c = res.body;
    const name = c.workflowRun && c.workflowRun > 1 ? `${caseNumber}-${c.workflowRun}` : caseNumber;
    const e = system.stepFunctions.describe(`${executionArn}:${name}`);
    stranded.push({
      caseNumber,
      status: res.status,
      state: c.state,
      history: c.history?.map((h) => h.action),
      waitingFor: c.waitingFor,
      workflowRun: c.workflowRun,
      stalled: c.stalled,
      execution: e && {
        status: e.status,
        steps: Object.entries(e.steps).map(([k, v]) => `${k}${v.token && !('result' in v) ? ' (waiting)' : ''}`),
      },
    });
  }
  return { burst: options.burst, answers, acknowledged, recovered: acknowledged.filter((n) => found.has(n)), recoverySeconds, stranded };
}
