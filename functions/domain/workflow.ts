import type { CaseRecord, Resumption } from './case/records';

/**
 * Where a case's execution stands, read from the case record — the one truth the workflow follows.
 * Every wait of statemachines/case.asl.json returns to FindRecordedStep, which routes by this; so a
 * restarted execution, or one resumed out of turn, carries on at the step the record is at.
 */
export type RecordedStep =
  | 'forward' // 转办: registered, to be put in the department's queue
  | 'acceptance' // 受理审查 (after a 补正 came back)
  | 'supplement' // 补正: waiting for the applicant
  | 'co_opinions' // 联办: co-departments still to give their opinion
  | 'report' // 上报件: the department's preliminary review
  | 'higher_authority' // 上报件: the higher authority's decision
  | 'decision' // 准予 / 不予
  | 'result_scan' // 核验扫描 at the output window
  | 'result_ready' // 出件: pickup or the courier's receipt
  | 'close' // 办结归档
  | 'done'; // closed or withdrawn: nothing left to carry

export interface RecordedPosition {
  at: RecordedStep;
  /** For `co_opinions`: the co-departments whose opinion is still missing (the ASL's Map items). */
  coDepartments: string[];
}

export function recordedStep(record: CaseRecord): RecordedPosition {
  const at = (step: RecordedStep, coDepartments: string[] = []): RecordedPosition => ({ at: step, coDepartments });
  switch (record.state) {
    case 'registered':
      return at('forward');
    case 'pending_acceptance':
      return at('acceptance');
    case 'supplement_requested':
      return at('supplement');
    case 'accepted':
    case 'special_procedure': {
      const missing = record.itemType === 'joint' ? (record.coDepartments ?? []).filter((d) => !record.coOpinions?.some((o) => o.department === d && o.outcome)) : [];
      if (missing.length > 0) return at('co_opinions', missing);
      return at(record.itemType === 'reported' ? 'report' : 'decision');
    }
    case 'reported':
      return at('higher_authority');
    case 'not_accepted':
    case 'approved':
    case 'denied':
      return at('result_scan');
    case 'result_ready':
    case 'mailed':
      return at('result_ready');
    case 'delivered':
      return at('close');
    // An application waiting for correction has no execution yet; closed, withdrawn and terminated cases are done.
    case 'incomplete':
    case 'closed':
    case 'withdrawn':
    case 'terminated':
      return at('done');
  }
}

/** The execution carrying the case: named by its case number, with the run after a restart (HZ…0001-2). */
export function executionName(caseNumber: string, run = 1): string {
  return run > 1 ? `${caseNumber}-${run}` : caseNumber;
}

/** What the reconciler does with an open case, given its execution's status (DescribeExecution). */
export type Reconciliation =
  | { kind: 'in_step' }
  | { kind: 'start' }
  | { kind: 'restart'; found: string }
  | { kind: 'redeliver'; resumptions: Resumption[] };

/**
 * `status` is undefined when the execution does not exist. A running execution whose case has an
 * outbox older than `graceMs` gets its resumptions again (a SendTaskSuccess lost after the save).
 */
export function reconcile(record: CaseRecord, status: string | undefined, now: Date, graceMs: number): Reconciliation {
  // Incomplete applications have no execution yet; closed and withdrawn cases need none.
  if (recordedStep(record).at === 'done') return { kind: 'in_step' };
  if (status === undefined) return { kind: 'start' };
  if (status !== 'RUNNING') return { kind: 'restart', found: status };
  const late = (record.resumptions ?? []).filter((r) => now.getTime() - Date.parse(r.at) >= graceMs);
  return late.length > 0 ? { kind: 'redeliver', resumptions: late } : { kind: 'in_step' };
}
