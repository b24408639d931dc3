/**
 * The case lifecycle (办件流程): its states, the actions on it, and the one list of allowed edges.
 * Every transition function of the case goes through assertTransition (via advance in transition.ts).
 */
import { conflict } from '#domain/errors';

/** Case states (办件状态), in lifecycle order. */
export const CASE_STATES = [
  'incomplete', // 待补正: received, a one-time correction notice lists what is missing
  'registered', // 已收件登记
  'pending_acceptance', // 已转办, in the department's back-office queue for legal review (待受理)
  'supplement_requested', // 补正: the back office asked for more, the case waits for the applicant
  'accepted', // 已受理, 办理中: the clock runs
  'special_procedure', // 特别程序 (勘验, 听证, 检测, 专家评审 …): the clock is paused
  'reported', // 已上报: waiting for the higher authority's decision (上报件)
  'not_accepted', // 不予受理
  'approved', // 准予
  'denied', // 不予
  'result_ready', // 待出件: the result is scanned at the output window and waits for pickup or mailing
  'mailed', // 已寄出: sent by courier (邮寄送达), not yet received
  'delivered', // 已送达
  'closed', // 已办结归档
  'withdrawn', // 已撤回: the applicant withdrew before a decision, or is deemed to have (补正 deadline passed)
  'terminated', // 终止办理: a 容缺 commitment was not kept (容缺承诺未履行) and the county's rule ends the case
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export type CaseAction =
  | 'register'
  | 'complete_intake'
  | 'forward'
  | 'open_step'
  | 'accept'
  | 'refuse'
  | 'request_supplement'
  | 'supplement'
  | 'lapse'
  | 'start_special_procedure'
  | 'end_special_procedure'
  | 'extend'
  | 'change_deadline'
  | 'reassign'
  | 'co_opinion'
  | 'report'
  | 'decide'
  | 'result_ready'
  | 'change_delivery'
  | 'dispatch'
  | 'hand_over'
  | 'close'
  | 'withdraw'
  // The workflow failed a step (the case is stalled), and was restarted at the recorded step.
  | 'stall'
  | 'restart_workflow'
  | 'bring_deferred'
  | 'miss_deferral'
  | 'terminate'
  | 'rate';

/** Open states in which the department works on the case, the clock running (or paused). */
export const IN_HAND: readonly CaseState[] = ['accepted', 'special_procedure'];
/** Every state before 办结 (the decision): the applicant may still withdraw. */
export const UNDECIDED_STATES: readonly CaseState[] = [
  'incomplete',
  'registered',
  'pending_acceptance',
  'supplement_requested',
  'accepted',
  'special_procedure',
  'reported',
];

/** The states the workflow waits in (see STEP_STATES). */
const WAITING_STATES: readonly CaseState[] = [
  'pending_acceptance',
  'supplement_requested',
  'accepted',
  'special_procedure',
  'reported',
  'not_accepted',
  'approved',
  'denied',
  'result_ready',
  'mailed',
];

/** States in which the case's execution is alive: from registration until it is closed. */
export const WORKFLOW_STATES: readonly CaseState[] = ['registered', ...WAITING_STATES, 'delivered'];
/** Registered and not yet decided: a deferred (容缺) material may still be brought, or be missed. */
const FOLLOW_UP_STATES: readonly CaseState[] = UNDECIDED_STATES.filter((s) => s !== 'incomplete');

/** A case can be rated once its service is done: decided, handed over or closed. */
export const RATED_STATES: readonly CaseState[] = ['approved', 'denied', 'result_ready', 'delivered', 'closed'];

/** Until the result is handed over or mailed (and not withdrawn), the delivery method may change. */
const BEFORE_DELIVERY: readonly CaseState[] = [...UNDECIDED_STATES, 'not_accepted', 'approved', 'denied', 'result_ready'];

/** One allowed edge of the lifecycle: `action` moves a case from `from` (null: not registered yet) to `to`. */
export type Edge = readonly [action: CaseAction, from: CaseState | null, to: CaseState];

/** Edges from each of `from` to each of `to`. */
const edges = (action: CaseAction, from: readonly (CaseState | null)[], to: readonly CaseState[]): Edge[] =>
  from.flatMap((f) => to.map((t): Edge => [action, f, t]));
/** Actions that record something on the case without moving it: the state stays what it was. */
const stays = (action: CaseAction, states: readonly CaseState[]): Edge[] => states.map((s): Edge => [action, s, s]);

/** Every allowed edge, and no other: one list so every rule about order lives here. */
export const TRANSITIONS: readonly Edge[] = [
  // An application is registered complete, incomplete (补正), or — 即办件 at an authorised window — decided.
  ...edges('register', [null], ['registered', 'incomplete', 'approved', 'denied']),
  ...edges('complete_intake', ['incomplete'], ['registered', 'approved', 'denied']),
  ['forward', 'registered', 'pending_acceptance'],
  // The workflow starts waiting for a step (待办).
  ...stays('open_step', WAITING_STATES),
  // 后台审查: 受理, 不予受理, or 补正 (the case waits, then returns to review).
  ['accept', 'pending_acceptance', 'accepted'],
  ['refuse', 'pending_acceptance', 'not_accepted'],
  ['request_supplement', 'pending_acceptance', 'supplement_requested'],
  ['supplement', 'supplement_requested', 'pending_acceptance'],
  // 逾期未补正, 视为撤回申请.
  ['lapse', 'supplement_requested', 'withdrawn'],
  ['start_special_procedure', 'accepted', 'special_procedure'],
  ['end_special_procedure', 'special_procedure', 'accepted'],
  ...stays('extend', [...IN_HAND, 'reported']),
  // The deadline is counted again when the centre loads a year's official holiday schedule.
  ...stays('change_deadline', UNDECIDED_STATES),
  ...stays('reassign', ['pending_acceptance', ...IN_HAND, 'reported']),
  ...stays('co_opinion', IN_HAND),
  // 上报件: the department's preliminary review goes to the higher authority, which decides.
  ['report', 'accepted', 'reported'],
  ...edges('decide', ['accepted', 'reported'], ['approved', 'denied']),
  // The output window scans the result into the case (统一出件): it waits for pickup or mailing.
  ...edges('result_ready', ['approved', 'denied', 'not_accepted'], ['result_ready']),
  // The delivery method chosen at intake may change until the result leaves the window.
  ...stays('change_delivery', BEFORE_DELIVERY),
  ['dispatch', 'result_ready', 'mailed'],
  // Pickup at the window, or the courier's proof of receipt.
  ...edges('hand_over', ['result_ready', 'mailed'], ['delivered']),
  ['close', 'delivered', 'closed'],
  // 撤回: possible until the decision (办结); the case's execution is stopped.
  ...edges('withdraw', UNDECIDED_STATES, ['withdrawn']),
  // Neither moves the case: a stall is recorded on it, and a restarted execution carries it on.
  ...stays('stall', WORKFLOW_STATES),
  ...stays('restart_workflow', WORKFLOW_STATES),
  // 容缺 follow-up (domain/deferral.ts): the deferred material is brought, or its due day passes
  // (recorded for supervision), and the item's rule may end the case (容缺承诺未履行).
  ...stays('bring_deferred', FOLLOW_UP_STATES),
  ...stays('miss_deferral', FOLLOW_UP_STATES),
  ...edges('terminate', FOLLOW_UP_STATES, ['terminated']),
  // 好差评: the rating is a line of the case's history; the case's state does not change.
  ...stays('rate', RATED_STATES),
];

export const isEdge = (action: CaseAction, from: CaseState | null, to: CaseState): boolean =>
  TRANSITIONS.some(([a, f, t]) => a === action && f === from && t === to);

/** The states `action` may start from, in the order the list names them. */
export const startStates = (action: CaseAction): (CaseState | null)[] => [
  ...new Set(TRANSITIONS.filter(([a]) => a === action).map(([, from]) => from)),
];

/** The steps (环节) the case's execution waits on, one at a time; 联办 opinions wait side by side in `coOpinions`. */
export const WAIT_STEPS = ['acceptance', 'supplement', 'decision', 'report', 'higher_authority', 'result_scan', 'result_ready'] as const;
export type WaitStep = (typeof WAIT_STEPS)[number];

/** The state a case must be in for the workflow to wait on each step. */
export const STEP_STATES: Record<WaitStep, readonly CaseState[]> = {
  acceptance: ['pending_acceptance'],
  supplement: ['supplement_requested'],
  decision: IN_HAND,
  report: IN_HAND,
  higher_authority: ['reported'],
  // The output window scans the result; then it waits for pickup, or for the courier's receipt.
  result_scan: ['approved', 'denied', 'not_accepted'],
  result_ready: ['result_ready', 'mailed'],
};

export function assertTransition(action: CaseAction, from: CaseState | null, to: CaseState, caseNumber: string): void {
  if (!isEdge(action, from, to)) {
    throw conflict(
      'invalid_state',
      `Case ${caseNumber} is ${from ?? 'not registered'}; "${action}" is only possible when it is ${startStates(action).map((s) => s ?? 'new').join(' or ')}.`,
      { caseNumber, state: from, action },
    );
  }
}
