import { logger } from '#logger';
import { optionalSetting, setting } from '#config/settings';
import { executionStatus, startCaseExecution, stopCaseExecution } from '#adapters/sfn';
import { restartWorkflow } from '#domain/case/workflow-waits';
import { WORKFLOW_STATES } from '#domain/case/lifecycle';
import type { CaseRecord } from '#domain/case/records';
import { AppError } from '#domain/errors';
import { executionName, reconcile } from '#domain/workflow';
import { lastChangedAt, listQueue, saveTransition } from '#repositories/case-repository';
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
  /** Cases that could not be reconciled this round (the next round tries again). */
  failed: number;
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
  const result: ReconcileResult = { checked: 0, started: 0, restarted: 0, redelivered: 0, failed: 0 };
  const guarded = async (record: CaseRecord) => {
    result.checked++;
    try {
      await reconcileCase(stateMachineArn, record, now, result);
    } catch (error) {
      // One case that cannot be put back now must not hold up the others.
      result.failed++;
      logger.error('case not reconciled', { caseNumber: record.caseNumber, error: error instanceof Error ? error.message : String(error) });
    }
  };
  for (const department of await listDepartments()) {
    for (const state of WORKFLOW_STATES) {
      let cursor: string | undefined;
      do {
        const page = await listQueue(centre, department, { state, limit: 100, cursor });
        for (const record of page.cases) {
          await guarded(record);
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
  }
  if (result.started + result.restarted + result.redelivered + result.failed > 0) logger.warn('cases put back on track', { ...result });
  return result;
}

async function reconcileCase(stateMachineArn: string, record: CaseRecord, now: Date, result: ReconcileResult): Promise<void> {
  const name = executionName(record.caseNumber, record.workflowRun);
  const status = await executionStatus(stateMachineArn, name);
  let action = reconcile(record, status, now, REDELIVER_AFTER_MS);
  // Running, but the record holds no wait for its step: how long has it been so?
  if (action.kind === 'check_wait') action = reconcile(record, status, now, REDELIVER_AFTER_MS, await lastChangedAt(record));
  switch (action.kind) {
    case 'in_step':
    case 'check_wait':
      return;
    case 'start':
      await startCaseExecution(stateMachineArn, name, { caseNumber: record.caseNumber });
      result.started++;
      return;
    case 'redeliver':
      result.redelivered += await deliverResumptions(
        record.caseNumber,
        action.resumptions.map((r) => r.token),
      );
      return;
    case 'restart': {
      // A running execution nobody can resume is stopped first, so only the next run carries the case.
      if (action.stop)
        await stopCaseExecution(
          stateMachineArn,
          name,
          'Waits on a step the case never recorded; the next run carries it on.',
          'CaseReconciled',
        );
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
