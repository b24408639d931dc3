/**
 * The case's execution and its waits: forwarding (转办) to the department, each step (待办) it waits on with
 * its task token, the resumption outbox, stalls and restarts, and closing the case.
 */
import type { ItemType } from '#domain/item';
import { conflict } from '#domain/errors';
import { WORKFLOW_ACTOR } from './actor';
import { assertTransition, IN_HAND, STEP_STATES, type WaitStep } from './lifecycle';
import type { CaseRecord, CoOpinion, ForwardingCheck, PendingTask, Resumption, Stall } from './records';
import { advance, auditFor, type Transition } from './transition';

/** 转办时限: minutes from intake to the department's queue (Tongshan plan: urgent 5, promised items 15). */
export const DEFAULT_FORWARDING_LIMITS: Record<ItemType, number> = { immediate: 5, promised: 15, reported: 15, joint: 15 };

/** How long intake took to reach the back office; the clock starts when the application was complete. */
export function checkForwarding(current: CaseRecord, at: Date, limits: Record<ItemType, number>): ForwardingCheck {
  const start = Date.parse(current.correction?.resolvedAt ?? current.receivedAt);
  const minutes = Math.round(((at.getTime() - start) / 60_000) * 100) / 100;
  const limitMinutes = limits[current.itemType];
  return { minutes, limitMinutes, late: minutes > limitMinutes };
}

/** 转办: the case enters the department's queue; the execution waits on `token`. */
export function forwardCase(current: CaseRecord, token: string, at: Date, limits = DEFAULT_FORWARDING_LIMITS): Transition {
  // A retried workflow step re-delivers a fresh token for the same wait: keep the newest.
  if (current.state === 'pending_acceptance' && current.pendingTask?.step === 'acceptance') {
    return retoken(current, token, at);
  }
  const forwarding = checkForwarding(current, at, limits);
  return advance(
    current,
    'forward',
    'pending_acceptance',
    { forwardedAt: at.toISOString(), forwarding, pendingTask: { step: 'acceptance', token, since: at.toISOString() }, ...BACK_ON_TRACK },
    WORKFLOW_ACTOR,
    at,
    { forwarding },
  );
}

/**
 * The workflow begins waiting on a step (待办 from now): the task token is kept on the case. A 联办
 * co-department's wait is kept in its own opinion slot, so the departments wait side by side.
 */
export function openStep(current: CaseRecord, step: WaitStep | { coDepartment: string }, token: string, at: Date): Transition {
  const since = at.toISOString();
  if (typeof step === 'object') {
    const department = step.coDepartment;
    if (!current.coDepartments?.includes(department)) {
      throw conflict('not_co_department', `${department} is not a co-department of case ${current.caseNumber}.`, { caseNumber: current.caseNumber, department });
    }
    const earlier = current.coOpinions?.find((o) => o.department === department);
    if (earlier?.outcome) throw conflict('already_given', `${department} already gave its opinion on case ${current.caseNumber}.`, { caseNumber: current.caseNumber });
    // 联办 opinions are asked for only while the lead department has the case in hand.
    if (!IN_HAND.includes(current.state)) assertTransition('co_opinion', current.state, current.state, current.caseNumber);
    const opinion: CoOpinion = { department, since: earlier?.since ?? since, token };
    const coOpinions = [...(current.coOpinions ?? []).filter((o) => o.department !== department), opinion];
    // Other departments' opinions may still be on their way to the execution: the outbox stays.
    return advance(current, 'open_step', current.state, { coOpinions, stalled: undefined }, WORKFLOW_ACTOR, at, {
      step: 'co_opinion',
      department,
      ...(earlier ? { retried: true } : {}),
    });
  }
  if (!STEP_STATES[step].includes(current.state)) {
    throw conflict('invalid_state', `Case ${current.caseNumber} is ${current.state}; the workflow cannot wait for "${step}" now.`, { caseNumber: current.caseNumber, step });
  }
  const retried = current.pendingTask?.step === step;
  const pendingTask: PendingTask = { step, token, since: retried ? current.pendingTask!.since : since };
  return advance(current, 'open_step', current.state, { pendingTask, ...BACK_ON_TRACK }, WORKFLOW_ACTOR, at, { step, ...(retried ? { retried: true } : {}) });
}

export function closeCase(current: CaseRecord, at: Date): Transition {
  return advance(current, 'close', 'closed', { closedAt: at.toISOString(), ...BACK_ON_TRACK }, WORKFLOW_ACTOR, at);
}

/**
 * The execution opened its next wait (or closed the case): whatever it was resumed with has arrived,
 * and a stall is over.
 */
const BACK_ON_TRACK = { resumptions: undefined, stalled: undefined } satisfies Partial<CaseRecord>;

/** A person finished the step the execution waits on: the resumption goes in the outbox with the step. */
export function withResumption(transition: Transition, token: string, output: object, at: Date): Transition {
  const resumption: Resumption = { token, output: JSON.stringify(output), at: at.toISOString() };
  return { ...transition, record: { ...transition.record, resumptions: [...(transition.record.resumptions ?? []), resumption] } };
}

/** The execution failed a step (a Catch in the ASL): the case records why, for supervisors and the reconciler. */
export function stallCase(current: CaseRecord, failure: { error: string; cause: string }, at: Date): Transition {
  const stalled: Stall = { at: at.toISOString(), error: failure.error, cause: failure.cause.slice(0, 1000), run: current.workflowRun ?? 1 };
  return advance(current, 'stall', current.state, { stalled }, WORKFLOW_ACTOR, at, { error: stalled.error, cause: stalled.cause, run: stalled.run });
}

/** The reconciler found the case's execution ended while the case is open: the next run carries it on. */
export function restartWorkflow(current: CaseRecord, found: string, at: Date): Transition {
  const run = (current.workflowRun ?? 1) + 1;
  return advance(current, 'restart_workflow', current.state, { workflowRun: run }, WORKFLOW_ACTOR, at, { run, found });
}

/** Same state, new token: audited (marked `retried`) because the record version moves, but no transition happened. */
function retoken(current: CaseRecord, token: string, at: Date): Transition {
  const step = current.pendingTask!.step;
  const record: CaseRecord = { ...current, pendingTask: { step, token, since: at.toISOString() }, ...BACK_ON_TRACK, version: current.version + 1 };
  return {
    record,
    audit: auditFor(record, 'open_step', current.state, WORKFLOW_ACTOR, at, { step, retried: true }),
  };
}

/** 联办: the co-departments whose opinion the case waits for now (their 待办), with the day each wait began. */
export function openCoOpinionTasks(record: Pick<CaseRecord, 'state' | 'coOpinions'>): { department: string; since: string }[] {
  if (!IN_HAND.includes(record.state)) return [];
  return (record.coOpinions ?? []).filter((o) => o.token && !o.outcome).map((o) => ({ department: o.department, since: o.since }));
}
