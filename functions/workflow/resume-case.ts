import { resumeTask } from '../adapters/sfn';
import type { Action } from '../domain/access-policy';
import { publicView, revertTransition, type CaseRecord, type PendingTask, type Transition } from '../domain/case';
import { AppError, conflict } from '../domain/errors';
import type { Principal } from '../domain/principal';
import { saveTransition } from '../repositories/case-repository';
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
 * is saved first — only one of two people clicking at once wins — then the execution is resumed with
 * the case's stored task token. If the execution no longer waits, the transition is reverted and 409 returned.
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
  let token: string | undefined;
  const { before, transition } = await applySaved(caseNumber, principal, action, (current) => {
    const t = apply(current);
    token = tokenOf(current);
    if (!token) {
      throw conflict('not_waiting', `Case ${caseNumber} is not waiting for this step right now (it is ${current.state}); reload it.`, { caseNumber, state: current.state });
    }
    return t;
  });
  const resumed = await resumeTask(token!, output(transition.record));
  if (resumed === 'token_invalid') {
    await saveTransition(transition.record, revertTransition(before, transition, 'execution no longer waiting', new Date()));
    throw conflict('step_expired', `Case ${caseNumber} no longer waits for this step (its workflow moved on or was stopped). Nothing was changed.`, {
      caseNumber,
    });
  }
  return publicView(transition.record);
}
