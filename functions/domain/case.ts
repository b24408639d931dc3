import { assertHigherAuthority, type Role } from './access-policy';
import { chinaDay, type WorkingCalendar } from './calendar';
import { acceptanceDay, caseClock, CORRECTION_WINDOW_DAYS, latestCorrectionDue, pausedDays, recountPauses, reviewDueOn, totalPausedDays, reviewPeriodPassed, STATUTORY_EXTENSION_DAYS, type CaseClock } from './deadline';
import { conflict, unprocessable } from './errors';
import { REFUSAL_WITHOUT_REASON, refusalWithoutReason } from './supervision';
import type { ItemType, LimitUnit, ServiceItem } from './item';
import type { Sealed } from './personal-data';
import type { Principal } from './principal';

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
const IN_HAND: readonly CaseState[] = ['accepted', 'special_procedure'];
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

export type Channel = 'window' | 'online' | 'county_system';

export interface Applicant {
  kind: 'person' | 'legal_person'; // 自然人 / 法人
  /** Masked for display (maskName); the full name is never stored in the case for issue scope. */
  name: string;
  /** Masked identity number (maskIdNumber). */
  idNumberMasked: string;
  phone?: string;
}

/** 帮办代办: who applies for the applicant, why, and on what authority. */
export interface Agent {
  /** proxy: a person the applicant authorised (授权委托书); centre_helper: the centre's own 帮办员. */
  kind: 'proxy' | 'centre_helper';
  /** Masked like the applicant's. */
  name: string;
  idNumberMasked: string;
  reason: 'elderly' | 'disabled' | 'pregnant' | 'ill' | 'other';
  /** The scanned authorisation letter (proxy), or the recorded consent (centre helper). */
  authorisation: { document?: CaseMaterial; note?: string };
}

export interface CaseMaterial {
  code: string;
  name: string;
  objectKey: string;
  sha256: string;
  size: number;
  contentType: string;
  /** 材料复用: not brought again; linked from the case that checked it against its original. */
  reusedFrom?: { caseNumber: string; verifiedAt: string };
}

/** A missing or defective material, with the reason the applicant is told. */
export interface MaterialProblem {
  code: string;
  name: string;
  problem: string;
}

/** 一次性补正: everything missing or defective, told once. */
export interface Correction {
  requestedAt: string;
  problems: MaterialProblem[];
  resolvedAt?: string;
}

/** A deferred material: its own due day, and when it was brought (the scan joins the case's materials). */
export interface DeferredMaterial {
  code: string;
  name: string;
  /** China-local day; cases received before per-material days had only the deferral's. */
  dueDate?: string;
  broughtAt?: string;
  broughtBy?: Actor;
  /** Brought after its due day. */
  late?: boolean;
}

/** 容缺承诺未履行: a due day passed with the material outstanding; kept so supervisors can set a credit flag. */
export interface MissedCommitment {
  recordedAt: string;
  materials: { code: string; name: string; dueDate: string }[];
}

/** What the county's rule does when a 容缺 due day passes: end the case (终止办理), or let it wait. */
export const DEFERRAL_LAPSE_RULES = ['terminate', 'wait'] as const;
export type DeferralLapseRule = (typeof DEFERRAL_LAPSE_RULES)[number];

/** 容缺受理: secondary materials brought later under the applicant's written commitment. */
export interface Deferral {
  materials: DeferredMaterial[];
  /** The item's rule when the commitment was signed; `wait` when absent. */
  onLapse?: DeferralLapseRule;
  missed?: MissedCommitment;
  /** China-local day, no later than the promised limit. */
  dueDate: string;
  /** 承诺书: what the applicant committed to, as signed. */
  commitment: string;
}

export interface Actor {
  subject: string;
  name: string;
  role: Role | 'system';
  department?: string;
}

export const WORKFLOW_ACTOR: Actor = { subject: 'workflow', name: 'OneWindow case workflow', role: 'system' };

export interface Decision {
  outcome: 'approve' | 'deny'; // 准予 / 不予
  opinion: string; // 审批意见
  decidedAt: string;
  decidedBy: Actor;
}

/** 办理结果: the licence (许可证) or decision document (准予 / 不予许可决定书) the department issues. */
export interface ResultDocument {
  kind: 'licence' | 'decision_document';
  number: string; // 证照编号 / 文号
  title: string;
  issuer: string; // 发证机关 / 作出决定的机关
  validFrom?: string; // 有效期起, YYYY-MM-DD
  validUntil?: string; // 有效期止
}

/** A stored object with its fixity value (SHA-256), as scanned into the case. */
export interface StoredObject {
  objectKey: string;
  sha256: string;
  size: number;
  contentType: string;
}

export interface CaseResult extends ResultDocument {
  attachedAt: string;
  attachedBy: Actor;
  /** The output window's scan of the paper result (核验扫描). */
  scan?: StoredObject & { scannedAt: string; scannedBy: Actor };
}

/** 邮寄地址 as the applicant gives it at intake; sealed with the personal data. */
export interface CourierAddress {
  recipient: string;
  phone: string;
  province?: string;
  city: string;
  district?: string;
  street: string;
  postcode?: string;
}

/** The address as the case shows it: the same fields, the person, phone and street masked (see maskAddress). */
export type CourierAddressView = CourierAddress;

/** 送达方式 chosen at intake: pickup at the output window (窗口领取) or courier (邮寄送达). */
export type DeliveryChoice = { method: 'pickup' } | { method: 'courier'; address: CourierAddressView };

/** 邮寄: the result left the window with a carrier. */
export interface Dispatch {
  carrier: string;
  trackingNumber: string;
  sentOn: string;
  address: CourierAddressView;
  dispatchedAt: string;
  dispatchedBy: Actor;
}

/** Who collected the result at the window and how their identity was checked. */
export interface PickupRecipient {
  kind: 'applicant' | 'proxy';
  /** Masked like the applicant's. */
  name: string;
  idNumberMasked: string;
  /** applicant_key: the presented identity number matched the applicant's key; authorisation: a proxy's letter was scanned. */
  verifiedBy: 'applicant_key' | 'authorisation';
  authorisation?: StoredObject;
}

export type Handover =
  | { method: 'pickup'; recipient: PickupRecipient; signature: StoredObject; handedOverAt: string; handedOverBy: Actor }
  | { method: 'courier'; carrier: string; trackingNumber: string; sentOn: string; receivedOn: string; handedOverAt: string; handedOverBy: Actor };

/** The steps (环节) the case's execution waits on, one at a time; 联办 opinions wait side by side in `coOpinions`. */
export const WAIT_STEPS = ['acceptance', 'supplement', 'decision', 'report', 'higher_authority', 'result_scan', 'result_ready'] as const;
export type WaitStep = (typeof WAIT_STEPS)[number];

/** The state a case must be in for the workflow to wait on each step. */
const STEP_STATES: Record<WaitStep, readonly CaseState[]> = {
  acceptance: ['pending_acceptance'],
  supplement: ['supplement_requested'],
  decision: IN_HAND,
  report: IN_HAND,
  higher_authority: ['reported'],
  // The output window scans the result; then it waits for pickup, or for the courier's receipt.
  result_scan: ['approved', 'denied', 'not_accepted'],
  result_ready: ['result_ready', 'mailed'],
};

export interface PendingTask {
  step: WaitStep;
  token: string;
  /** When the step began (待办 since): step-level limits count from here. */
  since: string;
}

/** 受理: the day the clock starts. `deemed`: not reviewed within 5 working days, so it counts from receipt (第32条). */
export interface Acceptance {
  acceptedOn: string;
  acceptedAt: string;
  deemed: boolean;
  acceptedBy: Actor;
}

/** 不予受理: the reason and its legal basis are told to the applicant with the right to review or sue. */
export interface Refusal {
  reason: string;
  legalBasis: string;
  refusedAt: string;
  refusedBy: Actor;
}

/** 补正 requested by the back office: every problem at once, and the day by which to bring it. */
export interface SupplementRequest {
  problems: MaterialProblem[];
  dueDate: string;
  requestedAt: string;
  requestedBy: Actor;
  suppliedAt?: string;
}

/** 特别程序 (行政许可法 第45条): time spent in them is not counted in the limit. */
export const SPECIAL_PROCEDURE_KINDS = {
  hearing: '听证',
  tender: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
  site_survey: '勘验',
} as const;
export type SpecialProcedureKind = keyof typeof SPECIAL_PROCEDURE_KINDS;

export interface Pause {
  kind: SpecialProcedureKind;
  reason: string;
  startedAt: string;
  startedBy: Actor;
  /** Working days the department expects it to take, told to the applicant. */
  expectedDays?: number;
  endedAt?: string;
  endedBy?: Actor;
  outcome?: string;
  /** Working days the clock stood still, fixed when the procedure ends. */
  pausedWorkingDays?: number;
  /** China-local days it started and ended (特别程序开始 / 结束日期). */
  startedOn?: string;
  endedOn?: string;
  /** The promised deadline when it started, and after it ended (moved by the paused working days). */
  deadlineBefore?: string;
  deadlineAfter?: string;
}

/** 延长审批: approved by the head of the body (本行政机关负责人), with the reason told to the applicant (第42条). */
export interface Extension {
  days: number;
  reason: string;
  approvedBy: string;
  recordedBy: Actor;
  at: string;
}

/** 承办人: the approver (A post) in charge; another approver of the department (B post) may act for them. */
export interface Assignee {
  subject: string;
  name: string;
  since: string;
  assignedBy: Actor;
}

/** 联办: one co-department's opinion; the lead department consolidates them in its decision. */
export interface CoOpinion {
  department: string;
  since: string;
  token?: string;
  outcome?: 'approve' | 'deny';
  opinion?: string;
  at?: string;
  by?: Actor;
}

/** 上报: the department's preliminary review (初审意见) sent with the file to the higher authority. */
export interface Report {
  authority: string;
  opinion: string;
  reportedAt: string;
  reportedBy: Actor;
}

export interface CaseRecord {
  caseNumber: string; // 办件编号
  centre: string;
  itemCode: string;
  itemVersion: number;
  itemName: string;
  itemType: ItemType;
  department: string;
  promisedDays: number; // 承诺时限, in limitUnit
  /** 时限单位: absent on cases of working-day items (the usual case). */
  limitUnit?: LimitUnit;
  applicant: Applicant;
  agent?: Agent;
  /** The full applicant (and agent) identity, encrypted: see domain/personal-data.ts. */
  personalData?: Sealed;
  /** HMAC of the applicant's identity number: the same applicant across cases, without the number. */
  applicantKey?: string;
  channel: Channel;
  materials: CaseMaterial[];
  state: CaseState;
  /** Incremented by every transition; the audit entry of a transition carries the new value. */
  version: number;
  receivedAt: string;
  submittedBy: Actor;
  /** Last day of the promised limit (承诺时限), China-local, counted on the working-day calendar. */
  promisedBy?: string;
  /** promisedBy was counted through a year whose official holiday schedule is not loaded (暂定, 以国务院公布的节假日安排为准). */
  provisional?: true;
  correction?: Correction;
  deferred?: Deferral;
  /** 即办件 decided at the window: the workflow skips the back office. */
  decidedAtWindow?: boolean;
  forwardedAt?: string;
  /** Forwarding time checked against the centre's limit; a late one is flagged for supervision. */
  forwarding?: ForwardingCheck;
  /** 联办件: the co-implementing departments (共同实施部门) that give opinions. */
  coDepartments?: string[];
  acceptance?: Acceptance;
  refusal?: Refusal;
  supplementRequest?: SupplementRequest;
  pauses?: Pause[];
  extension?: Extension;
  assignee?: Assignee;
  coOpinions?: CoOpinion[];
  report?: Report;
  decision?: Decision;
  /** 电子监察 findings on the case itself, e.g. a refusal without reasons. */
  flags?: string[];
  /** The result the approver attached (or the output window registered) and its scan. */
  result?: CaseResult;
  resultReadyAt?: string;
  /** 送达方式; absent on cases received before it was asked: pickup. */
  delivery?: DeliveryChoice;
  dispatch?: Dispatch;
  handover?: Handover;
  closedAt?: string;
  withdrawal?: { reason: string; withdrawnAt: string; recordedBy: Actor };
  /** 终止办理: why the case was ended without a decision (容缺承诺未履行). */
  termination?: { reason: string; terminatedAt: string; recordedBy: Actor };
  /** The task token the case's execution waits on; kept here, never put in a URL. */
  pendingTask?: PendingTask;
  /**
   * Outbox of a person's finished steps whose execution may not have heard yet: saved with the step,
   * delivered (SendTaskSuccess) from the table stream and again by the reconciler until the execution
   * opens its next wait. Never shown.
   */
  resumptions?: Resumption[];
  /** The workflow failed at a step: shown to supervisors until the case is back on track. */
  stalled?: Stall;
  /** Which execution carries the case: 1 (named by the case number) unless the reconciler restarted it. */
  workflowRun?: number;
  /** 已归档 (GB/T 42727): set once the case file is in the archive; from then on the record never changes. */
  archived?: { at: string; packageKey: string; manifestSha256: string };
}

export interface Resumption {
  token: string;
  /** JSON the execution is resumed with (what the person decided; the record stays the truth). */
  output: string;
  at: string;
}

export interface Stall {
  at: string;
  /** The error Step Functions caught (e.g. States.TaskFailed) and its cause. */
  error: string;
  cause: string;
  /** The execution run that stalled. */
  run: number;
}

/** One append-only audit line (who, role, when, action, result). */
export interface AuditEntry {
  caseNumber: string;
  seq: number;
  at: string;
  action: CaseAction;
  fromState: CaseState | null;
  toState: CaseState;
  /** `reverted`: the transition was undone because the workflow could not take it (see details.reason). */
  result: 'ok' | 'reverted';
  actor: Actor;
  department: string;
  itemCode: string;
  details: Record<string, unknown>;
}

export interface Transition {
  record: CaseRecord;
  audit: AuditEntry;
}

export function assertTransition(action: CaseAction, from: CaseState | null, to: CaseState, caseNumber: string): void {
  if (!isEdge(action, from, to)) {
    throw conflict(
      'invalid_state',
      `Case ${caseNumber} is ${from ?? 'not registered'}; "${action}" is only possible when it is ${startStates(action).map((s) => s ?? 'new').join(' or ')}.`,
      { caseNumber, state: from, action },
    );
  }
}

export function advance(
  current: CaseRecord,
  action: CaseAction,
  to: CaseState,
  patch: Partial<CaseRecord>,
  actor: Actor,
  at: Date,
  details: Record<string, unknown> = {},
): Transition {
  assertTransition(action, current.state, to, current.caseNumber);
  const record: CaseRecord = { ...current, ...patch, state: to, version: current.version + 1 };
  return { record, audit: auditFor(record, action, current.state, actor, at, details) };
}

function auditFor(
  record: CaseRecord,
  action: CaseAction,
  fromState: CaseState | null,
  actor: Actor,
  at: Date,
  details: Record<string, unknown>,
): AuditEntry {
  return {
    caseNumber: record.caseNumber,
    seq: record.version,
    at: at.toISOString(),
    action,
    fromState,
    toState: record.state,
    result: 'ok',
    actor,
    department: record.department,
    itemCode: record.itemCode,
    details,
  };
}

/** What formal review at the window concluded (see domain/intake.ts). */
export type IntakeOutcome =
  | { kind: 'registered' }
  | { kind: 'incomplete'; problems: MaterialProblem[] }
  | { kind: 'deferred'; deferral: Deferral }
  | { kind: 'decided'; outcome: 'approve' | 'deny'; opinion: string };

const OUTCOME_STATE: Record<IntakeOutcome['kind'], (o: IntakeOutcome) => CaseState> = {
  registered: () => 'registered',
  deferred: () => 'registered',
  incomplete: () => 'incomplete',
  decided: (o) => (o.kind === 'decided' && o.outcome === 'deny' ? 'denied' : 'approved'),
};

function outcomePatch(outcome: IntakeOutcome, actor: Actor, at: Date): Partial<CaseRecord> {
  switch (outcome.kind) {
    case 'incomplete':
      return { correction: { requestedAt: at.toISOString(), problems: outcome.problems } };
    case 'deferred':
      return { deferred: outcome.deferral };
    case 'decided':
      return {
        decidedAtWindow: true,
        decision: { outcome: outcome.outcome, opinion: outcome.opinion, decidedAt: at.toISOString(), decidedBy: actor },
      };
    case 'registered':
      return {};
  }
}

function outcomeDetails(outcome: IntakeOutcome): Record<string, unknown> {
  switch (outcome.kind) {
    case 'incomplete':
      return { outcome: 'incomplete', problems: outcome.problems };
    case 'deferred':
      return { outcome: 'deferred', deferred: outcome.deferral.materials.map((m) => m.code), dueDate: outcome.deferral.dueDate };
    case 'decided':
      return { outcome: 'decided', decision: outcome.outcome, opinion: outcome.opinion };
    case 'registered':
      return { outcome: 'registered' };
  }
}

export interface RegistrationInput {
  caseNumber: string;
  centre: string;
  item: ServiceItem;
  applicant: Applicant;
  agent?: Agent;
  personalData?: Sealed;
  applicantKey?: string;
  channel: Channel;
  materials: CaseMaterial[];
  delivery?: DeliveryChoice;
  outcome?: IntakeOutcome;
  promisedBy?: string;
  provisional?: true;
  actor: Actor;
  at: Date;
}

export function registerCase(input: RegistrationInput): Transition {
  const { item, at } = input;
  const outcome = input.outcome ?? { kind: 'registered' };
  const record: CaseRecord = {
    caseNumber: input.caseNumber,
    centre: input.centre,
    itemCode: item.implementationCode,
    itemVersion: item.version,
    itemName: item.name,
    itemType: item.itemType,
    department: item.department,
    promisedDays: item.promisedDays,
    ...(item.limitUnit && item.limitUnit !== 'working_day' ? { limitUnit: item.limitUnit } : {}),
    ...(item.itemType === 'joint' && item.coDepartments.length > 0 ? { coDepartments: [...item.coDepartments] } : {}),
    applicant: input.applicant,
    agent: input.agent,
    personalData: input.personalData,
    applicantKey: input.applicantKey,
    channel: input.channel,
    materials: input.materials,
    ...(input.delivery ? { delivery: input.delivery } : {}),
    state: OUTCOME_STATE[outcome.kind](outcome),
    version: 1,
    receivedAt: at.toISOString(),
    submittedBy: input.actor,
    promisedBy: input.promisedBy,
    ...(input.promisedBy && input.provisional ? { provisional: true as const } : {}),
    ...outcomePatch(outcome, input.actor, at),
  };
  assertTransition('register', null, record.state, record.caseNumber);
  return {
    record,
    audit: auditFor(record, 'register', null, input.actor, at, {
      itemVersion: item.version,
      materials: input.materials.map((m) => ({ code: m.code, sha256: m.sha256 })),
      ...(input.agent ? { agent: { kind: input.agent.kind, reason: input.agent.reason, authorisation: input.agent.authorisation.document?.sha256 ?? 'note' } } : {}),
      ...(input.delivery ? { delivery: input.delivery.method } : {}),
      ...outcomeDetails(outcome),
    }),
  };
}

/**
 * 补正 done: the materials the correction notice asked for arrived, so the application is registered
 * (or, 即办, decided). There is no second correction round for the same list: the caller refuses a
 * supplement that still leaves problems, and the case stays as it was.
 */
export function completeIntake(
  current: CaseRecord,
  materials: CaseMaterial[],
  outcome: Exclude<IntakeOutcome, { kind: 'incomplete' }>,
  promisedBy: string | undefined,
  actor: Actor,
  at: Date,
  provisional?: true,
): Transition {
  const correction = current.correction && { ...current.correction, resolvedAt: at.toISOString() };
  return advance(
    current,
    'complete_intake',
    OUTCOME_STATE[outcome.kind](outcome),
    { materials, correction, promisedBy, provisional: promisedBy ? provisional : undefined, ...outcomePatch(outcome, actor, at) },
    actor,
    at,
    { materials: materials.map((m) => ({ code: m.code, sha256: m.sha256 })), ...outcomeDetails(outcome) },
  );
}

/** 转办: the case enters the department's queue; the execution waits on `token`. */
/** 转办时限: minutes from intake to the department's queue (Tongshan plan: urgent 5, promised items 15). */
export const DEFAULT_FORWARDING_LIMITS: Record<ItemType, number> = { immediate: 5, promised: 15, reported: 15, joint: 15 };

export interface ForwardingCheck {
  minutes: number;
  limitMinutes: number;
  late: boolean;
}

/** Reads a centre's own limits, `name=number,…` over `defaults`; unknown or malformed parts are errors. */
export function parseLimits<K extends string>(text: string | undefined, defaults: Record<K, number>): Record<K, number> {
  const limits = { ...defaults };
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, value] = part.split('=');
    if (!name || !(name in limits) || !value || !/^\d+$/.test(value)) throw new Error(`Limit "${part}" is not <${Object.keys(defaults).join('|')}>=<number>`);
    limits[name as K] = Number(value);
  }
  return limits;
}

/** Reads `immediate=5,promised=15,…` (a centre's own forwarding limits). */
export function parseForwardingLimits(text: string | undefined): Record<ItemType, number> {
  return parseLimits(text, DEFAULT_FORWARDING_LIMITS);
}

/** How long intake took to reach the back office; the clock starts when the application was complete. */
export function checkForwarding(current: CaseRecord, at: Date, limits: Record<ItemType, number>): ForwardingCheck {
  const start = Date.parse(current.correction?.resolvedAt ?? current.receivedAt);
  const minutes = Math.round(((at.getTime() - start) / 60_000) * 100) / 100;
  const limitMinutes = limits[current.itemType];
  return { minutes, limitMinutes, late: minutes > limitMinutes };
}

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

/** Who acts: when an approver acts on a case assigned to another (AB岗, B post), the audit line says for whom. */
function actingDetails(current: CaseRecord, actor: Actor): Record<string, unknown> {
  return current.assignee && current.assignee.subject !== actor.subject && actor.role === 'approver'
    ? { actingFor: { subject: current.assignee.subject, name: current.assignee.name } }
    : {};
}

/** 受理: the clock starts (from receipt if the review took longer than 5 working days); the reviewing approver takes the case. */
export function acceptCase(current: CaseRecord, calendar: WorkingCalendar, actor: Actor, at: Date): Transition {
  const { acceptedOn, deemed } = acceptanceDay(calendar, current, chinaDay(at));
  const acceptance: Acceptance = { acceptedOn, acceptedAt: at.toISOString(), deemed, acceptedBy: actor };
  const assignee = current.assignee ?? { subject: actor.subject, name: actor.name, since: at.toISOString(), assignedBy: actor };
  const clock = caseClock(calendar, { ...current, acceptance });
  return advance(current, 'accept', 'accepted', { acceptance, assignee, ...clock, pendingTask: undefined }, actor, at, {
    acceptedOn,
    deemed,
    ...clockDetails(clock),
    ...actingDetails(current, actor),
  });
}

/** The deadline as an audit line records it: the day, and that it is provisional when it is. */
function clockDetails(clock: CaseClock): Record<string, unknown> {
  return { promisedBy: clock.promisedBy, ...(clock.provisional ? { provisional: true } : {}) };
}

/** A refusal whose reason is too thin is recorded anyway (the decision is the department's) but flagged for supervision. */
function refusalFlags(current: CaseRecord, reason: string): { patch: Partial<CaseRecord>; details: Record<string, unknown> } {
  if (!refusalWithoutReason(reason)) return { patch: {}, details: {} };
  return { patch: { flags: [...new Set([...(current.flags ?? []), REFUSAL_WITHOUT_REASON])] }, details: { flags: [REFUSAL_WITHOUT_REASON] } };
}

/** 不予受理: with the reason and its legal basis, both told to the applicant in the notice. */
export function refuseCase(current: CaseRecord, input: { reason: string; legalBasis: string }, actor: Actor, at: Date): Transition {
  const refusal: Refusal = { reason: input.reason, legalBasis: input.legalBasis, refusedAt: at.toISOString(), refusedBy: actor };
  const flagged = refusalFlags(current, input.reason);
  return advance(current, 'refuse', 'not_accepted', { refusal, pendingTask: undefined, ...flagged.patch }, actor, at, {
    reason: input.reason,
    legalBasis: input.legalBasis,
    ...flagged.details,
    ...actingDetails(current, actor),
  });
}

/**
 * 补正 asked by the back office: once, listing everything, within 5 working days of receipt — later,
 * the law counts the application as accepted, so the approver must accept or refuse it instead.
 */
export function requestSupplement(
  current: CaseRecord,
  input: { problems: MaterialProblem[]; dueDate: string },
  calendar: WorkingCalendar,
  actor: Actor,
  at: Date,
): Transition {
  const today = chinaDay(at);
  assertTransition('request_supplement', current.state, 'supplement_requested', current.caseNumber);
  if (input.problems.length === 0) throw unprocessable('no_problems', 'List at least one material to correct, with what is wrong with it.');
  if (current.supplementRequest) {
    throw conflict('supplement_already_requested', `A correction was already requested for case ${current.caseNumber} on ${chinaDay(new Date(current.supplementRequest.requestedAt))}; everything must be asked for at once, so accept or refuse the case now.`, { caseNumber: current.caseNumber });
  }
  if (reviewPeriodPassed(calendar, current, today)) {
    throw conflict(
      'correction_too_late',
      `The 5-working-day period to ask for a correction of case ${current.caseNumber} ended on ${reviewDueOn(calendar, current)}; by law the application counts as accepted from the day it was received. Accept or refuse it.`,
      { caseNumber: current.caseNumber, reviewDueOn: reviewDueOn(calendar, current) },
    );
  }
  if (input.dueDate <= today) {
    throw unprocessable('due_date_passed', `The day to bring the correction (${input.dueDate}) must be after today (${today}).`, { dueDate: input.dueDate });
  }
  const latest = latestCorrectionDue(calendar, today);
  if (input.dueDate > latest) {
    throw unprocessable('due_date_too_late', `The day to bring the correction (${input.dueDate}) must be on or before ${latest}, within ${CORRECTION_WINDOW_DAYS} working days.`, {
      dueDate: input.dueDate,
      latest,
      limitDays: CORRECTION_WINDOW_DAYS,
    });
  }
  const supplementRequest: SupplementRequest = { problems: input.problems, dueDate: input.dueDate, requestedAt: at.toISOString(), requestedBy: actor };
  return advance(current, 'request_supplement', 'supplement_requested', { supplementRequest, pendingTask: undefined }, actor, at, {
    problems: input.problems,
    dueDate: input.dueDate,
    ...actingDetails(current, actor),
  });
}

/** The applicant brought what the back office asked for: every listed material, replaced by its new scan. */
export function supplyRequested(current: CaseRecord, supplied: CaseMaterial[], actor: Actor, at: Date): Transition {
  const request = current.supplementRequest;
  const missing = (request?.problems ?? []).filter((p) => !supplied.some((m) => m.code === p.code));
  if (current.state === 'supplement_requested' && missing.length > 0) {
    throw unprocessable('still_incomplete', `${missing.length} material(s) the correction notice asked for are still missing.`, {
      caseNumber: current.caseNumber,
      problems: missing,
    });
  }
  const codes = new Set(supplied.map((m) => m.code));
  const materials = [...current.materials.filter((m) => !codes.has(m.code)), ...supplied];
  return advance(
    current,
    'supplement',
    'pending_acceptance',
    { materials, supplementRequest: request && { ...request, suppliedAt: at.toISOString() }, pendingTask: undefined },
    actor,
    at,
    { materials: supplied.map((m) => ({ code: m.code, sha256: m.sha256 })) },
  );
}

/** 逾期未补正: the day to bring the correction passed; the application is deemed withdrawn (视为撤回). */
export function lapseCase(current: CaseRecord, at: Date): Transition {
  const dueDate = current.supplementRequest?.dueDate;
  if (current.state !== 'supplement_requested' || !dueDate) assertTransition('lapse', current.state, 'withdrawn', current.caseNumber);
  if (!dueDate || chinaDay(at) <= dueDate) {
    throw conflict('not_due', `Case ${current.caseNumber} still has until ${dueDate} to bring the correction.`, { caseNumber: current.caseNumber });
  }
  const reason = `逾期未补正（补正期限${dueDate}），视为撤回申请`;
  return advance(current, 'lapse', 'withdrawn', { withdrawal: { reason, withdrawnAt: at.toISOString(), recordedBy: WORKFLOW_ACTOR }, pendingTask: undefined }, WORKFLOW_ACTOR, at, {
    dueDate,
  });
}

/** 特别程序 begins: the clock stops; the applicant is told in writing (特别程序告知书). */
export function startSpecialProcedure(
  current: CaseRecord,
  input: { kind: SpecialProcedureKind; reason: string; expectedDays?: number },
  actor: Actor,
  at: Date,
): Transition {
  const pause: Pause = {
    kind: input.kind,
    reason: input.reason,
    expectedDays: input.expectedDays,
    startedAt: at.toISOString(),
    startedBy: actor,
    startedOn: chinaDay(at),
    ...(current.promisedBy ? { deadlineBefore: current.promisedBy } : {}),
  };
  return advance(current, 'start_special_procedure', 'special_procedure', { pauses: [...(current.pauses ?? []), pause] }, actor, at, {
    kind: input.kind,
    reason: input.reason,
    expectedDays: input.expectedDays,
    startedOn: pause.startedOn,
    deadlineBefore: pause.deadlineBefore,
    ...actingDetails(current, actor),
  });
}

/** 特别程序 ends: the clock runs again and the deadline moves by the working days it stood still. */
export function endSpecialProcedure(current: CaseRecord, input: { outcome: string }, calendar: WorkingCalendar, actor: Actor, at: Date): Transition {
  const pauses = [...(current.pauses ?? [])];
  const open = pauses.length - 1;
  if (open < 0 || pauses[open]!.endedAt) throw conflict('no_special_procedure', `Case ${current.caseNumber} is not in a special procedure.`, { caseNumber: current.caseNumber });
  const ended: Pause = {
    ...pauses[open]!,
    endedAt: at.toISOString(),
    endedBy: actor,
    endedOn: chinaDay(at),
    outcome: input.outcome,
    pausedWorkingDays: pausedDays(calendar, pauses[open]!, at.toISOString(), current.limitUnit),
  };
  pauses[open] = ended;
  const clock = caseClock(calendar, { ...current, pauses });
  if (clock.promisedBy) ended.deadlineAfter = clock.promisedBy;
  return advance(current, 'end_special_procedure', 'accepted', { pauses, ...clock }, actor, at, {
    kind: ended.kind,
    outcome: input.outcome,
    pausedWorkingDays: ended.pausedWorkingDays,
    endedOn: ended.endedOn,
    deadlineBefore: ended.deadlineBefore,
    ...clockDetails(clock),
    ...actingDetails(current, actor),
  });
}

/** 延长审批: once, within the statutory extension, approved by the head of the body, the reason recorded. */
export function extendCase(
  current: CaseRecord,
  input: { days: number; reason: string; approvedBy: string },
  calendar: WorkingCalendar,
  actor: Actor,
  at: Date,
): Transition {
  if (current.extension) {
    throw conflict('already_extended', `Case ${current.caseNumber} was already extended by ${current.extension.days} working days; the law allows one extension.`, { caseNumber: current.caseNumber });
  }
  const limit = STATUTORY_EXTENSION_DAYS[current.itemType];
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > limit) {
    throw unprocessable('extension_too_long', `An extension adds 1 to ${limit} working days for this item; ${input.days} were asked.`, { limit, days: input.days });
  }
  const extension: Extension = { days: input.days, reason: input.reason, approvedBy: input.approvedBy, recordedBy: actor, at: at.toISOString() };
  const clock = caseClock(calendar, { ...current, extension });
  return advance(current, 'extend', current.state, { extension, ...clock }, actor, at, {
    days: input.days,
    reason: input.reason,
    approvedBy: input.approvedBy,
    ...clockDetails(clock),
    ...actingDetails(current, actor),
  });
}

/** 改派: the case is given to another approver of the same department; recorded with the reason. */
/**
 * A year's official holiday schedule was loaded: the deadline is counted again on it, and the change
 * (old → new) is audited. Undefined when the deadline stays as it was.
 */
export function recountDeadline(current: CaseRecord, calendar: WorkingCalendar, schedule: { year: number; source: string }, actor: Actor, at: Date): Transition | undefined {
  if (!current.promisedBy) return undefined;
  // 特别程序 days are counted again too: they may lie in the year whose schedule was loaded.
  const pauses = recountPauses(calendar, current.pauses, current.limitUnit);
  const clock = caseClock(calendar, { ...current, pauses });
  const pausesMoved = totalPausedDays(pauses) !== totalPausedDays(current.pauses);
  if (!clock.promisedBy || (!pausesMoved && clock.promisedBy === current.promisedBy && clock.provisional === current.provisional)) return undefined;
  return advance(current, 'change_deadline', current.state, { ...clock, ...(pauses ? { pauses } : {}) }, actor, at, {
    previous: { promisedBy: current.promisedBy, provisional: current.provisional === true },
    promisedBy: clock.promisedBy,
    provisional: clock.provisional === true,
    year: schedule.year,
    source: schedule.source,
  });
}

export function reassignCase(current: CaseRecord, input: { subject: string; name: string; reason: string }, actor: Actor, at: Date): Transition {
  const assignee: Assignee = { subject: input.subject, name: input.name, since: at.toISOString(), assignedBy: actor };
  return advance(current, 'reassign', current.state, { assignee }, actor, at, {
    from: current.assignee ? { subject: current.assignee.subject, name: current.assignee.name } : null,
    to: { subject: input.subject, name: input.name },
    reason: input.reason,
  });
}

/** 联办: a co-department's opinion, given once, while its wait is open. */
export function recordCoOpinion(
  current: CaseRecord,
  department: string,
  input: { outcome: 'approve' | 'deny'; opinion: string },
  actor: Actor,
  at: Date,
): Transition {
  const slot = current.coOpinions?.find((o) => o.department === department);
  if (slot?.outcome) throw conflict('already_given', `${department} already gave its opinion on case ${current.caseNumber}.`, { caseNumber: current.caseNumber });
  if (!slot?.token) {
    throw conflict('not_waiting', `Case ${current.caseNumber} is not waiting for an opinion of ${department} right now; reload it.`, { caseNumber: current.caseNumber });
  }
  const given: CoOpinion = { department, since: slot.since, outcome: input.outcome, opinion: input.opinion, at: at.toISOString(), by: actor };
  const coOpinions = current.coOpinions!.map((o) => (o.department === department ? given : o));
  return advance(current, 'co_opinion', current.state, { coOpinions }, actor, at, { department, outcome: input.outcome, opinion: input.opinion });
}

/**
 * The 联办 outcome rule: the lead department decides only once every co-department has given its
 * opinion, and may approve only if all of them approved; one co-department's 不予 makes it 不予.
 */
export function jointOutcomeProblem(current: CaseRecord, outcome: 'approve' | 'deny'): string | undefined {
  if (current.itemType !== 'joint') return undefined;
  const pending = (current.coDepartments ?? []).filter((d) => !current.coOpinions?.some((o) => o.department === d && o.outcome));
  if (pending.length > 0) return `Co-department opinion(s) still missing: ${pending.join(', ')}.`;
  const denying = (current.coOpinions ?? []).filter((o) => o.outcome === 'deny').map((o) => o.department);
  if (outcome === 'approve' && denying.length > 0) return `${denying.join(', ')} did not agree; a joint case is approved only when every co-department agrees.`;
  return undefined;
}

/** 容缺 materials not brought yet, with their due days. */
export function outstandingDeferred(record: Pick<CaseRecord, 'deferred'>): (DeferredMaterial & { dueDate: string })[] {
  const deferral = record.deferred;
  if (!deferral) return [];
  return deferral.materials.filter((m) => !m.broughtAt).map((m) => ({ ...m, dueDate: m.dueDate ?? deferral.dueDate }));
}

/** 准予 waits for every 容缺 material: the commitment must be kept before the permit is granted. */
export function assertNoDeferredOutstanding(record: CaseRecord): void {
  const outstanding = outstandingDeferred(record);
  if (outstanding.length === 0) return;
  const names = outstanding.map((m) => `「${m.name}」（补交期限${m.dueDate}）`).join('、');
  throw conflict('deferred_material_outstanding', `容缺材料${names}尚未补交，不能作出准予决定。请申请人补交后再审批，或作出不予决定。`, {
    caseNumber: record.caseNumber,
    materials: outstanding.map((m) => ({ code: m.code, name: m.name, dueDate: m.dueDate })),
  });
}

/** 上报: the department's preliminary review goes up; the higher authority decides. */
export function reportCase(current: CaseRecord, input: { authority: string; opinion: string }, actor: Actor, at: Date): Transition {
  if (current.itemType !== 'reported') {
    throw conflict('not_reported_item', `Case ${current.caseNumber} is not a 上报件; decide it in the department.`, { caseNumber: current.caseNumber });
  }
  const report: Report = { authority: input.authority, opinion: input.opinion, reportedAt: at.toISOString(), reportedBy: actor };
  return advance(current, 'report', 'reported', { report, pendingTask: undefined }, actor, at, {
    authority: input.authority,
    opinion: input.opinion,
    ...actingDetails(current, actor),
  });
}

/**
 * 准予 / 不予. A 上报件 is decided by the authority it was reported to, a 联办件 by the lead department
 * under the joint outcome rule, every other case by its department.
 */
export function decideCase(
  current: CaseRecord,
  input: { outcome: 'approve' | 'deny'; opinion: string; result?: ResultDocument },
  actor: Actor,
  at: Date,
): Transition {
  const { result, ...decision } = input;
  assertTransition('decide', current.state, decision.outcome === 'approve' ? 'approved' : 'denied', current.caseNumber);
  if (current.state === 'reported') assertHigherAuthority(actor, current);
  if (current.itemType === 'reported' && current.state === 'accepted') {
    throw conflict('needs_higher_authority', `Case ${current.caseNumber} is a 上报件: report it to the higher authority, which decides.`, { caseNumber: current.caseNumber });
  }
  if (decision.outcome === 'approve') assertNoDeferredOutstanding(current);
  const problem = jointOutcomeProblem(current, decision.outcome);
  if (problem) throw conflict('joint_outcome', problem, { caseNumber: current.caseNumber, coOpinions: current.coOpinions?.map(({ token: _t, ...o }) => o) ?? [] });
  const to: CaseState = decision.outcome === 'approve' ? 'approved' : 'denied';
  const flagged = decision.outcome === 'deny' ? refusalFlags(current, decision.opinion) : { patch: {}, details: {} };
  return advance(
    current,
    'decide',
    to,
    {
      decision: { ...decision, decidedAt: at.toISOString(), decidedBy: actor },
      ...(result ? { result: { ...result, attachedAt: at.toISOString(), attachedBy: actor } } : {}),
      pendingTask: undefined,
      ...flagged.patch,
    },
    actor,
    at,
    {
      outcome: decision.outcome,
      opinion: decision.opinion,
      ...(result ? { result: resultDetails(result) } : {}),
      ...flagged.details,
      ...actingDetails(current, actor),
    },
  );
}

const resultDetails = (r: ResultDocument) => ({ kind: r.kind, number: r.number, issuer: r.issuer, validUntil: r.validUntil });

/**
 * 核验扫描: the output window checks the paper result against what the approver attached (its number)
 * and scans it into the case; the result then waits for pickup or mailing. A result nobody attached
 * (即办 at the window, 不予受理, a higher authority's decision) is registered here with its details.
 */
export function scanResult(
  current: CaseRecord,
  input: { number: string; document?: ResultDocument; scan: StoredObject },
  actor: Actor,
  at: Date,
): Transition {
  assertTransition('result_ready', current.state, 'result_ready', current.caseNumber);
  const attached = current.result;
  const number = input.number.trim();
  if (attached && attached.number !== number) {
    throw unprocessable('result_number_mismatch', `The scanned result is numbered ${number}, but the approver attached ${attached.number}. Check that this is the right document.`, {
      caseNumber: current.caseNumber,
      attached: attached.number,
      scanned: number,
    });
  }
  if (!attached && (!input.document || input.document.number !== number)) {
    throw unprocessable('result_details_needed', `No result was attached to case ${current.caseNumber}; give the document's kind, number, title and issuer with the scan.`, {
      caseNumber: current.caseNumber,
    });
  }
  const base: CaseResult = attached ?? { ...input.document!, attachedAt: at.toISOString(), attachedBy: actor };
  const result: CaseResult = { ...base, scan: { ...input.scan, scannedAt: at.toISOString(), scannedBy: actor } };
  return advance(current, 'result_ready', 'result_ready', { result, resultReadyAt: at.toISOString(), pendingTask: undefined }, actor, at, {
    number,
    sha256: input.scan.sha256,
    delivery: deliveryOf(current).method,
  });
}

/** The delivery method in force: pickup unless courier was chosen. */
export function deliveryOf(record: Pick<CaseRecord, 'delivery'>): DeliveryChoice {
  return record.delivery ?? { method: 'pickup' };
}

/** 变更送达方式: recorded with both methods (the caller checked the item allows courier: domain/delivery.ts). */
export function changeDelivery(
  current: CaseRecord,
  input: { delivery: DeliveryChoice; personalData?: Sealed; reason: string },
  actor: Actor,
  at: Date,
): Transition {
  const from = deliveryOf(current).method;
  return advance(current, 'change_delivery', current.state, { delivery: input.delivery, ...(input.personalData ? { personalData: input.personalData } : {}) }, actor, at, {
    from,
    to: input.delivery.method,
    reason: input.reason,
  });
}

/** 邮寄: the result leaves the window with a carrier, to the address chosen at intake. */
export function dispatchResult(current: CaseRecord, input: { carrier: string; trackingNumber: string; sentOn: string }, actor: Actor, at: Date): Transition {
  const delivery = deliveryOf(current);
  if (delivery.method !== 'courier') {
    throw conflict('pickup_chosen', `The applicant of case ${current.caseNumber} chose to collect the result at the window; change the delivery method first if they now want it mailed.`, {
      caseNumber: current.caseNumber,
    });
  }
  const dispatch: Dispatch = { ...input, address: delivery.address, dispatchedAt: at.toISOString(), dispatchedBy: actor };
  return advance(current, 'dispatch', 'mailed', { dispatch }, actor, at, { carrier: input.carrier, trackingNumber: input.trackingNumber, sentOn: input.sentOn });
}

/** 窗口领取: the recipient's identity was checked by the caller (see domain/delivery.ts) and they signed for it. */
export function handOverCase(current: CaseRecord, input: { recipient: PickupRecipient; signature: StoredObject }, actor: Actor, at: Date): Transition {
  if (deliveryOf(current).method !== 'pickup') {
    throw conflict(
      'courier_chosen',
      current.state === 'mailed'
        ? `The result of case ${current.caseNumber} was mailed; record the carrier's receipt instead.`
        : `The applicant of case ${current.caseNumber} chose courier delivery; record the dispatch, or change the delivery method first.`,
      { caseNumber: current.caseNumber },
    );
  }
  const handover: Handover = { method: 'pickup', ...input, handedOverAt: at.toISOString(), handedOverBy: actor };
  return advance(current, 'hand_over', 'delivered', { handover, pendingTask: undefined }, actor, at, {
    method: 'pickup',
    recipient: { kind: input.recipient.kind, verifiedBy: input.recipient.verifiedBy },
    signature: input.signature.sha256,
  });
}

/** 邮寄送达: the carrier's proof of receipt; the tracking number stands for the signature. */
export function confirmReceipt(current: CaseRecord, input: { receivedOn: string }, actor: Actor, at: Date): Transition {
  const dispatch = current.dispatch;
  if (current.state !== 'mailed' || !dispatch) {
    throw conflict('not_mailed', `Case ${current.caseNumber} is ${current.state}; a receipt is recorded only for a result that was mailed.`, { caseNumber: current.caseNumber, state: current.state });
  }
  if (input.receivedOn < dispatch.sentOn) {
    throw unprocessable('received_before_sent', `The result cannot be received (${input.receivedOn}) before it was sent (${dispatch.sentOn}).`, { caseNumber: current.caseNumber });
  }
  const handover: Handover = {
    method: 'courier',
    carrier: dispatch.carrier,
    trackingNumber: dispatch.trackingNumber,
    sentOn: dispatch.sentOn,
    receivedOn: input.receivedOn,
    handedOverAt: at.toISOString(),
    handedOverBy: actor,
  };
  return advance(current, 'hand_over', 'delivered', { handover, pendingTask: undefined }, actor, at, {
    method: 'courier',
    trackingNumber: dispatch.trackingNumber,
    receivedOn: input.receivedOn,
  });
}

/** 撤回: the applicant withdraws the application before it is decided. */
export function withdrawCase(current: CaseRecord, reason: string, actor: Actor, at: Date): Transition {
  return advance(
    current,
    'withdraw',
    'withdrawn',
    { withdrawal: { reason, withdrawnAt: at.toISOString(), recordedBy: actor }, pendingTask: undefined },
    actor,
    at,
    { reason },
  );
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

/**
 * Undoes a saved transition the workflow refused (its execution was no longer waiting): the case
 * returns to its earlier content, and the audit trail says so rather than forgetting either line.
 */
export function revertTransition(before: CaseRecord, applied: Transition, reason: string, at: Date): Transition {
  const record: CaseRecord = { ...before, version: applied.record.version + 1 };
  return {
    record,
    audit: {
      ...auditFor(record, applied.audit.action, applied.record.state, applied.audit.actor, at, { reason }),
      result: 'reverted',
    },
  };
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

export function actorOf(principal: Principal): Actor {
  return { subject: principal.subject, name: principal.name, role: principal.role, department: principal.department };
}

/** 联办: the co-departments whose opinion the case waits for now (their 待办), with the day each wait began. */
export function openCoOpinionTasks(record: Pick<CaseRecord, 'state' | 'coOpinions'>): { department: string; since: string }[] {
  if (!IN_HAND.includes(record.state)) return [];
  return (record.coOpinions ?? []).filter((o) => o.token && !o.outcome).map((o) => ({ department: o.department, since: o.since }));
}

/** A 联办 co-department's approver: not the lead department, one of the case's co-departments. */
function coDepartmentOf(principal: Principal, record: Pick<CaseRecord, 'department' | 'coDepartments'>): string | undefined {
  const own = principal.department;
  return principal.role === 'approver' && own && own !== record.department && record.coDepartments?.includes(own) ? own : undefined;
}

/**
 * 联办: until the lead department decides, a co-department sees the lead's file and its own opinion,
 * not another co-department's — each gives its view independently.
 */
export function opinionsVisibleTo<T extends Pick<CaseRecord, 'department' | 'coDepartments' | 'decision'> & { coOpinions?: { department: string }[] }>(
  principal: Principal,
  view: T,
): T {
  const own = coDepartmentOf(principal, view);
  if (!own || view.decision || !view.coOpinions) return view;
  return { ...view, coOpinions: view.coOpinions.filter((o) => o.department === own) };
}

/** The history lines a co-department may read before the decision: other co-departments' opinion lines are left out. */
export function historyVisibleTo<L extends Pick<AuditEntry, 'action' | 'details'>>(principal: Principal, record: CaseRecord, history: L[]): L[] {
  const own = coDepartmentOf(principal, record);
  if (!own || record.decision) return history;
  return history.filter((line) => {
    const department = line.details.department;
    const aboutOpinion = line.action === 'co_opinion' || (line.action === 'open_step' && line.details.step === 'co_opinion');
    return !aboutOpinion || department === own;
  });
}

/** The view of a case any permitted caller gets: no task token, no sealed personal data. */
export function publicView(
  record: CaseRecord,
): Omit<CaseRecord, 'pendingTask' | 'personalData' | 'applicantKey' | 'resumptions'> & { waitingFor?: PendingTask['step']; waitingSince?: string } {
  const { pendingTask, personalData: _sealed, applicantKey: _key, resumptions: _outbox, ...rest } = record;
  // Task tokens stay on the server; an opinion slot shows only whether it is open.
  const view = rest.coOpinions ? { ...rest, coOpinions: rest.coOpinions.map(({ token: _t, ...o }) => o) } : rest;
  return pendingTask ? { ...view, waitingFor: pendingTask.step, waitingSince: pendingTask.since } : view;
}
