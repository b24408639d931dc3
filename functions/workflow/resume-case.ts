import { resumeTask } from '../adapters/sfn';
import { assertCanSee, publicView, revertTransition, type CaseRecord, type PendingTask, type Transition } from '../domain/case';
import { conflict, notFound } from '../domain/errors';
import type { Principal } from '../domain/principal';
import { getCase, saveTransition } from '../repositories/case-repository';

/**
 * A person's step that the case's execution waits for (decision, hand-over): the transition is saved
 * first — only one of two people clicking at once wins — then the execution is resumed with the
 * case's stored task token. If the execution no longer waits, the transition is reverted and 409 returned.
 */
export async function completeWaitingStep(
  caseNumber: string,
  principal: Principal,
  waitingFor: PendingTask['step'],
  apply: (current: CaseRecord) => Transition,
  output: (after: CaseRecord) => object,
  now: Date,
) {
  const before = await getCase(caseNumber, true);
  if (!before) throw notFound('case_not_found', `There is no case ${caseNumber}.`, { caseNumber });
  assertCanSee(principal, before);
  const transition = apply(before);
  const token = before.pendingTask?.step === waitingFor ? before.pendingTask.token : undefined;
  if (!token) {
    throw conflict('not_waiting', `Case ${caseNumber} is not waiting for this step right now; reload it.`, { caseNumber, state: before.state });
  }
  await saveTransition(before, transition);
  const resumed = await resumeTask(token, output(transition.record));
  if (resumed === 'token_invalid') {
    await saveTransition(transition.record, revertTransition(before, transition, 'execution no longer waiting', new Date()));
    throw conflict('step_expired', `Case ${caseNumber} no longer waits for this step (its workflow moved on or was stopped). Nothing was changed.`, {
      caseNumber,
    });
  }
  return publicView(transition.record);
}
