import { logger } from '#logger';
import { optionalSetting, setting } from '#adapters/env';
import { executionStatus, startCaseExecution } from '#adapters/sfn';
import { restartWorkflow } from '#domain/case/workflow-waits';
import { WORKFLOW_STATES } from '#domain/case/lifecycle';
import type { CaseRecord } from '#domain/case/records';
import { AppError } from '#domain/errors';
import { executionName, reconcile } from '#domain/workflow';
import { listQueue, saveTransition } from '#repositories/case-repository';
import { listDepartments } from '#repositories/item-repository';
import { deliverResumptions } from '#services/resume-case';

export interface ReconcileResult {
  checked: number;
  /** Open cases that had no execution at all (its start was lost). */
  started: number;
  /** Open cases whose execution had ended (failed, timed out, stopped): the next run carries them on. */
  restarted: number;
  /** Finished steps whose resumption had not reached the execution, delivered again. */
  redelivered: number;
}

/** An outbox entry younger than this is left to the table stream, which delivers it within seconds. */
const REDELIVER_AFTER_MS = 60_000;

/**
 * The reconciler (every 5 minutes in AWS, on a timer locally): compares each open case's recorded
 * step with its execution (DescribeExecution) and puts it back on track, idempotently — a missing
 * execution is started, an ended one restarted as the next run (which begins at the recorded step,
 * FindRecordedStep), and a lost resumption delivered again. No case is left stranded.
 */
export async function handler(): Promise<ReconcileResult> {
  const now = new Date();
  const centre = optionalSetting('centreCode', 'HZ');
  const stateMachineArn = setting('stateMachineArn');
  const result: ReconcileResult = { checked: 0, started: 0, restarted: 0, redelivered: 0 };
  for (const department of await listDepartments()) {
    for (const state of WORKFLOW_STATES) {
      let cursor: string | undefined;
      do {
        const page = await listQueue(centre, department, { state, limit: 100, cursor });
        for (const record of page.cases) {
          result.checked++;
          await reconcileCase(stateMachineArn, record, now, result);
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
  }
  if (result.started + result.restarted + result.redelivered > 0) logger.warn('cases put back on track', { ...result });
  return result;
}

async function reconcileCase(stateMachineArn: string, record: CaseRecord, now: Date, result: ReconcileResult): Promise<void> {
  const name = executionName(record.caseNumber, record.workflowRun);
  const action = reconcile(record, await executionStatus(stateMachineArn, name), now, REDELIVER_AFTER_MS);
  switch (action.kind) {
    case 'in_step':
      return;
    case 'start':
      await startCaseExecution(stateMachineArn, name, { caseNumber: record.caseNumber });
      result.started++;
      return;
    case 'redeliver':
      result.redelivered += await deliverResumptions(record.caseNumber, action.resumptions.map((r) => r.token));
      return;
    case 'restart': {
      const transition = restartWorkflow(record, action.found, now);
      try {
        await saveTransition(record, transition);
      } catch (error) {
        // Someone moved the case meanwhile: the next round looks again.
        if (error instanceof AppError && error.code === 'case_changed') return;
        throw error;
      }
      // The table stream starts it too (the restart's audit line): the same name and input, so only one runs.
      const run = transition.record.workflowRun!;
      await startCaseExecution(stateMachineArn, executionName(record.caseNumber, run), { caseNumber: record.caseNumber, run });
      result.restarted++;
    }
  }
}
