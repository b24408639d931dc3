import type { Role } from '../manifest';
import { conflict, forbidden } from './errors';
import type { ItemType, ServiceItem } from './item';
import type { Sealed } from './personal-data';
import type { Principal } from './principal';

/** Case states (办件状态), in lifecycle order. */
export const CASE_STATES = [
  'incomplete', // 待补正: received, a one-time correction notice lists what is missing
  'registered', // 已收件登记
  'pending_decision', // 已转办, in the department's back-office queue (待审批)
  'approved', // 准予
  'denied', // 不予
  'result_ready', // 待出件, the result waits at the output window
  'delivered', // 已送达
  'closed', // 已办结归档
  'withdrawn', // 已撤回: the applicant withdrew before a decision
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export type CaseAction = 'register' | 'complete_intake' | 'forward' | 'decide' | 'result_ready' | 'hand_over' | 'close' | 'withdraw';

/** Which states each action may start from; one table so every rule about order lives here. */
export const TRANSITIONS: Record<CaseAction, { from: readonly (CaseState | null)[]; to: readonly CaseState[] }> = {
  // An application is registered complete, incomplete (补正), or — 即办件 at an authorised window — decided.
  register: { from: [null], to: ['registered', 'incomplete', 'approved', 'denied'] },
  complete_intake: { from: ['incomplete'], to: ['registered', 'approved', 'denied'] },
  forward: { from: ['registered'], to: ['pending_decision'] },
  decide: { from: ['pending_decision'], to: ['approved', 'denied'] },
  result_ready: { from: ['approved', 'denied'], to: ['result_ready'] },
  hand_over: { from: ['result_ready'], to: ['delivered'] },
  close: { from: ['delivered'], to: ['closed'] },
  // 撤回: possible until the decision (办结); the case's execution is stopped.
  withdraw: { from: ['incomplete', 'registered', 'pending_decision'], to: ['withdrawn'] },
};

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

/** 容缺受理: secondary materials brought later under the applicant's written commitment. */
export interface Deferral {
  materials: { code: string; name: string }[];
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

export interface Handover {
  method: 'pickup';
  recipientName: string;
  recipientIsApplicant: boolean;
  identityVerified: true;
  handedOverAt: string;
  handedOverBy: Actor;
}

export interface PendingTask {
  step: 'forward' | 'result_ready';
  token: string;
  since: string;
}

export interface CaseRecord {
  caseNumber: string; // 办件编号
  centre: string;
  itemCode: string;
  itemVersion: number;
  itemName: string;
  itemType: ItemType;
  department: string;
  promisedDays: number; // 承诺时限 (working days)
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
  correction?: Correction;
  deferred?: Deferral;
  /** 即办件 decided at the window: the workflow skips the back office. */
  decidedAtWindow?: boolean;
  forwardedAt?: string;
  /** Forwarding time checked against the centre's limit; a late one is flagged for supervision. */
  forwarding?: ForwardingCheck;
  decision?: Decision;
  resultReadyAt?: string;
  handover?: Handover;
  closedAt?: string;
  withdrawal?: { reason: string; withdrawnAt: string; recordedBy: Actor };
  /** The task token the case's execution waits on; kept here, never put in a URL. */
  pendingTask?: PendingTask;
  /** The scanned result (办结文书), when one is recorded; archived with the case (see domain/archive.ts). */
  result?: { scan?: { objectKey: string; sha256: string; size: number; contentType: string } };
  /** 已归档 (GB/T 42727): set once the case file is in the archive; from then on the record never changes. */
  archived?: { at: string; packageKey: string; manifestSha256: string };
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
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from) || !rule.to.includes(to)) {
    throw conflict(
      'invalid_state',
      `Case ${caseNumber} is ${from ?? 'not registered'}; "${action}" is only possible when it is ${rule.from.map((s) => s ?? 'new').join(' or ')}.`,
      { caseNumber, state: from, action },
    );
  }
}

function advance(
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
  outcome?: IntakeOutcome;
  promisedBy?: string;
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
    applicant: input.applicant,
    agent: input.agent,
    personalData: input.personalData,
    applicantKey: input.applicantKey,
    channel: input.channel,
    materials: input.materials,
    state: OUTCOME_STATE[outcome.kind](outcome),
    version: 1,
    receivedAt: at.toISOString(),
    submittedBy: input.actor,
    promisedBy: input.promisedBy,
    ...outcomePatch(outcome, input.actor, at),
  };
  assertTransition('register', null, record.state, record.caseNumber);
  return {
    record,
    audit: auditFor(record, 'register', null, input.actor, at, {
      itemVersion: item.version,
      materials: input.materials.map((m) => ({ code: m.code, sha256: m.sha256 })),
      ...(input.agent ? { agent: { kind: input.agent.kind, reason: input.agent.reason, authorisation: input.agent.authorisation.document?.sha256 ?? 'note' } } : {}),
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
): Transition {
  const correction = current.correction && { ...current.correction, resolvedAt: at.toISOString() };
  return advance(
    current,
    'complete_intake',
    OUTCOME_STATE[outcome.kind](outcome),
    { materials, correction, promisedBy, ...outcomePatch(outcome, actor, at) },
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

/** Reads `immediate=5,promised=15,…` (a centre's own limits); unknown or malformed parts are errors. */
export function parseForwardingLimits(text: string | undefined): Record<ItemType, number> {
  const limits = { ...DEFAULT_FORWARDING_LIMITS };
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [type, value] = part.split('=');
    if (!type || !(type in limits) || !value || !/^\d+$/.test(value)) throw new Error(`Forwarding limit "${part}" is not <itemType>=<minutes>`);
    limits[type as ItemType] = Number(value);
  }
  return limits;
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
  if (current.state === 'pending_decision' && current.pendingTask?.step === 'forward') {
    return retoken(current, token, at);
  }
  const forwarding = checkForwarding(current, at, limits);
  return advance(
    current,
    'forward',
    'pending_decision',
    { forwardedAt: at.toISOString(), forwarding, pendingTask: { step: 'forward', token, since: at.toISOString() } },
    WORKFLOW_ACTOR,
    at,
    { forwarding },
  );
}

export function decideCase(
  current: CaseRecord,
  decision: { outcome: 'approve' | 'deny'; opinion: string },
  actor: Actor,
  at: Date,
): Transition {
  const to: CaseState = decision.outcome === 'approve' ? 'approved' : 'denied';
  return advance(
    current,
    'decide',
    to,
    { decision: { ...decision, decidedAt: at.toISOString(), decidedBy: actor }, pendingTask: undefined },
    actor,
    at,
    { outcome: decision.outcome, opinion: decision.opinion },
  );
}

export function markResultReady(current: CaseRecord, token: string, at: Date): Transition {
  if (current.state === 'result_ready' && current.pendingTask?.step === 'result_ready') {
    return retoken(current, token, at);
  }
  return advance(
    current,
    'result_ready',
    'result_ready',
    { resultReadyAt: at.toISOString(), pendingTask: { step: 'result_ready', token, since: at.toISOString() } },
    WORKFLOW_ACTOR,
    at,
  );
}

export function handOverCase(
  current: CaseRecord,
  input: { recipientName: string; recipientIsApplicant: boolean },
  actor: Actor,
  at: Date,
): Transition {
  const handover: Handover = {
    method: 'pickup',
    recipientName: input.recipientName,
    recipientIsApplicant: input.recipientIsApplicant,
    identityVerified: true,
    handedOverAt: at.toISOString(),
    handedOverBy: actor,
  };
  return advance(current, 'hand_over', 'delivered', { handover, pendingTask: undefined }, actor, at, {
    recipientIsApplicant: input.recipientIsApplicant,
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
  return advance(current, 'close', 'closed', { closedAt: at.toISOString() }, WORKFLOW_ACTOR, at);
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
  const record: CaseRecord = { ...current, pendingTask: { step, token, since: at.toISOString() }, version: current.version + 1 };
  return {
    record,
    audit: auditFor(record, step, current.state, WORKFLOW_ACTOR, at, { retried: true }),
  };
}

/** Who may see a case: staff of its centre, approvers of its department only, the system that submitted it. */
export function assertCanSee(principal: Principal, record: CaseRecord): void {
  const sameCentre = principal.centre === record.centre;
  switch (principal.role) {
    case 'supervisor':
    case 'intake_clerk':
    case 'output_clerk':
      if (sameCentre) return;
      break;
    case 'approver':
      if (sameCentre && principal.department === record.department) return;
      throw forbidden('other_department', `Case ${record.caseNumber} belongs to ${record.department} of centre ${record.centre}, not to your department.`, {
        caseNumber: record.caseNumber,
      });
    case 'county_system':
      if (record.submittedBy.subject === principal.subject) return;
      break;
    case 'applicant':
      break;
  }
  throw forbidden('not_your_case', `You may not see case ${record.caseNumber}.`, { caseNumber: record.caseNumber });
}

export function actorOf(principal: Principal): Actor {
  return { subject: principal.subject, name: principal.name, role: principal.role, department: principal.department };
}

/** The view of a case any permitted caller gets: no task token, no sealed personal data. */
export function publicView(
  record: CaseRecord,
): Omit<CaseRecord, 'pendingTask' | 'personalData' | 'applicantKey'> & { waitingFor?: PendingTask['step'] } {
  const { pendingTask, personalData: _sealed, applicantKey: _key, ...rest } = record;
  return pendingTask ? { ...rest, waitingFor: pendingTask.step } : rest;
}
