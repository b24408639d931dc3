import { resumeTask } from '#adapters/sfn';
import type { Action } from '#domain/access-policy';
import { publicView } from '#http/case-view';
import { withResumption } from '#domain/case/workflow-waits';
import type { CaseRecord, PendingTask } from '#domain/case/records';
import type { Transition } from '#domain/case/transition';
import { AppError, conflict } from '#domain/errors';
import type { Principal } from '#domain/principal';
import { getCase, saveTransition } from '#repositories/case-repository';
import { refuseIfArchived } from './archived-guard';
import { caseFor } from './case-access';

/**
 * Reads the case, applies the person's change and saves it. When someone else changed the case in
 * between (another 联办 department's opinion, the workflow storing a token), the change is applied
 * again to what is there now — so its rules are checked again, and a second approver deciding the
 * same step gets the domain's 409 rather than overwriting the first.
 */
async function applySaved(caseNumber: string, principal: Principal, action: Action, apply: (current: CaseRecord) => Transition) {
  for (let attempt = 1; ; attempt++) {
    // The access policy is asked again on every attempt: the case may have changed meanwhile.
    const before = await caseFor(caseNumber, principal, action, true);
    await refuseIfArchived(before, principal, apply);
    const transition = apply(before);
    try {
      await saveTransition(before, transition);
      return { before, transition };
    } catch (error) {
      if (error instanceof AppError && error.code === 'case_changed' && attempt < 4) continue;
      throw error;
    }
  }
}

/** A person's change to a case the workflow does not wait on (特别程序, extension, reassignment): one transition. */
export async function changeCase(caseNumber: string, principal: Principal, action: Action, apply: (current: CaseRecord) => Transition) {
  const { transition } = await applySaved(caseNumber, principal, action, apply);
  return publicView(transition.record);
}

/** The token of the step the execution waits on, when it is `step`. */
export const waitingOn = (step: PendingTask['step']) => (record: CaseRecord) => (record.pendingTask?.step === step ? record.pendingTask.token : undefined);

/**
 * A person's step that the case's execution waits for (review, decision, hand-over …): the transition
 * is saved — only one of two people clicking at once wins — together with the resumption of the
 * execution (the stored task token and the output) in the case's outbox. The table stream delivers
 * it (case-events), and the reconciler again if that failed: a saved step always reaches the workflow.
 */
export async function completeWaitingStep(
  caseNumber: string,
  principal: Principal,
  action: Action,
  tokenOf: (before: CaseRecord) => string | undefined,
  apply: (current: CaseRecord) => Transition,
  output: (after: CaseRecord) => object,
  now: Date,
) {
  const { transition } = await applySaved(caseNumber, principal, action, (current) => {
    const t = apply(current);
    const token = tokenOf(current);
    if (!token) {
      throw conflict('not_waiting', `Case ${caseNumber} is not waiting for this step right now (it is ${current.state}); reload it.`, { caseNumber, state: current.state });
    }
    return withResumption(t, token, output(t.record), now);
  });
  return publicView(transition.record);
}

/**
 * The case's outbox: each finished step's resumption goes to the execution (at least once — a token
 * already used or no longer waited on is simply done). A failure throws, and the stream retries.
 */
export async function deliverResumptions(caseNumber: string, only?: readonly string[]): Promise<number> {
  const record = await getCase(caseNumber, true);
  let resumed = 0;
  for (const r of record?.resumptions ?? []) {
    if (only && !only.includes(r.token)) continue;
    if ((await resumeTask(r.token, JSON.parse(r.output) as object)) === 'resumed') resumed++;
  }
  return resumed;
}
