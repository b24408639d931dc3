import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarWith, CN_2026, DEFAULT_CALENDAR } from '#domain/calendar';
import {
  acceptCase,
  recountDeadline,
  endSpecialProcedure,
  extendCase,
  lapseCase,
  reassignCase,
  refuseCase,
  requestSupplement,
  startSpecialProcedure,
  supplyRequested,
} from '#domain/case/back-office';
import { changeDelivery, confirmReceipt, deliveryOf, dispatchResult, handOverCase, scanResult } from '#domain/case/output';
import { completeIntake, withdrawCase, registerCase } from '#domain/case/registration';
import { actorOf, WORKFLOW_ACTOR, type Actor } from '#domain/case/actor';
import {
  assertTransition,
  CASE_STATES,
  TRANSITIONS,
  isEdge,
  UNDECIDED_STATES,
  type CaseAction,
  type CaseState,
  type WaitStep,
} from '#domain/case/lifecycle';
import { closeCase, forwardCase, openStep, restartWorkflow, stallCase } from '#domain/case/workflow-waits';
import { decideCase, recordCoOpinion, reportCase } from '#domain/case/decision';
import { publicView } from '#http/case-view';
import { revertTransition, type Transition } from '#domain/case/transition';
import type { CaseRecord, DeliveryChoice, PickupRecipient, StoredObject } from '#domain/case/records';
import { AppError } from '#domain/errors';
import { bringDeferred, missDeferral, terminateForMissedDeferral } from '#domain/deferral';
import { rateCase, ratingTransition } from '#domain/rating';
import type { Deferral } from '#domain/case/application';
import { assertMayActOnCase } from '#domain/access-policy';

const assertCanSee = (p: Parameters<typeof assertMayActOnCase>[0], r: Parameters<typeof assertMayActOnCase>[2]) =>
  assertMayActOnCase(p, 'case.read', r);
import type { ItemType } from '#domain/item';
import { APPROVER, at, CLERK, item, material, OUTPUT, principal, registered, T0, thrown } from './fixtures';

const SUPERVISOR: Actor = { subject: 'sup-1', name: '周*', role: 'supervisor' };

const cal = DEFAULT_CALENDAR;
/** 联办: the co-implementing department of the joint item, and one of its approvers. */
const CO = '民政局';
const CO_APPROVER: Actor = { subject: 'appr-co', name: '周*', role: 'approver', department: CO };
/** 上报: the higher authority's system, which decides reported items. */
const AUTHORITY: Actor = { subject: 'county-sys-authority', name: '市行政审批局系统', role: 'county_system' };
/** AB岗: the B post of the same department. */
const B_POST: Actor = { subject: 'appr-2', name: '孙*', role: 'approver', department: '人社局' };
const PROBLEM = { code: 'SEPARATION', name: '解除劳动关系证明', problem: '缺少用人单位盖章，请补盖公章后提交' };
const WEEK = 7 * 24 * 60;
/** 统一出件: the result the approver attaches, the output window's scan, the recipient's signature. */
const RESULT = { kind: 'licence' as const, number: '人社许字〔2026〕001号', title: '失业保险金核定通知书', issuer: '人社局' };
const DECISION_DOCUMENT = { kind: 'decision_document' as const, number: '人社决字〔2026〕002号', title: '决定书', issuer: '人社局' };
const SCAN: StoredObject = { objectKey: 'uploads/result.pdf', sha256: 'b'.repeat(64), size: 99, contentType: 'application/pdf' };
const SIGNATURE: StoredObject = { objectKey: 'uploads/signature.png', sha256: 'c'.repeat(64), size: 80, contentType: 'image/png' };
const APPLICANT_RECIPIENT: PickupRecipient = {
  kind: 'applicant',
  name: '张*',
  idNumberMasked: '110***********002X',
  verifiedBy: 'applicant_key',
};
const COURIER: DeliveryChoice = {
  method: 'courier',
  address: { recipient: '张*', phone: '139****9000', province: '甘肃省', city: '合作市', street: '人民路8****' },
};
const MAIL = { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' };

const ITEMS: Record<Exclude<ItemType, 'immediate'>, ReturnType<typeof item>> = {
  promised: item(),
  joint: item({ itemType: 'joint', coDepartments: [CO], statutoryDays: 45 }),
  reported: item({ itemType: 'reported' }),
};
type Kind = keyof typeof ITEMS;

/** A complete application received at T0 (Mon 2026-03-02, 09:30 China time) for an item of this kind. */
function receivedAs(kind: Kind, at0 = T0, delivery?: DeliveryChoice): CaseRecord {
  return registerCase({
    caseNumber: 'HZ202603020001',
    centre: 'HZ',
    item: ITEMS[kind],
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials: [material('ID'), material('SEPARATION')],
    promisedBy: '2026-03-09',
    delivery,
    actor: CLERK,
    at: at0,
  }).record;
}

/** An application received with a required material missing (一次性补正). */
function incompleteCase(kind: Kind = 'promised', delivery?: DeliveryChoice): CaseRecord {
  return registerCase({
    caseNumber: 'HZ202603020009',
    centre: 'HZ',
    item: ITEMS[kind],
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials: [],
    outcome: { kind: 'incomplete', problems: [{ code: 'ID', name: '居民身份证', problem: '未提交该材料（必须提交）' }] },
    delivery,
    actor: CLERK,
    at: T0,
  }).record;
}

/** The step the workflow waits on next in each state (statemachines/case.asl.json). */
function nextWait(r: CaseRecord): WaitStep {
  if (r.state === 'pending_acceptance') return 'acceptance';
  if (r.state === 'supplement_requested') return 'supplement';
  if (r.state === 'reported') return 'higher_authority';
  if (r.state === 'approved' || r.state === 'denied' || r.state === 'not_accepted') return 'result_scan';
  if (r.state === 'result_ready' || r.state === 'mailed') return 'result_ready';
  return r.itemType === 'reported' ? 'report' : 'decision';
}

/** A case received under 容缺: the business plan is owed by 2026-03-02. */
const withDeferral = (r: CaseRecord, extra: Partial<Deferral> = {}): CaseRecord => ({
  ...r,
  deferred: {
    materials: [{ code: 'PLAN', name: '经营计划', dueDate: '2026-03-02' }],
    dueDate: '2026-03-02',
    commitment: '按期补交',
    ...extra,
  },
});
const MISSED = { recordedAt: '2026-03-03T01:00:00.000Z', materials: [{ code: 'PLAN', name: '经营计划', dueDate: '2026-03-02' }] };

/** Applies one action the way the handlers and the workflow do. */
const ACTIONS: Record<
  Exclude<CaseAction, 'register'> | 'decide_deny' | 'open_co_step' | 'receive',
  (r: CaseRecord, n: number) => Transition
> = {
  complete_intake: (r, n) => completeIntake(r, [material('ID')], { kind: 'registered' }, '2026-03-09', CLERK, at(n)),
  forward: (r, n) => forwardCase(r, `token-forward-${n}`, at(n)),
  open_step: (r, n) => openStep(r, nextWait(r), `token-${nextWait(r)}-${n}`, at(n)),
  open_co_step: (r, n) => openStep(r, { coDepartment: CO }, `token-co-${n}`, at(n)),
  accept: (r, n) => acceptCase(r, cal, APPROVER, at(n)),
  refuse: (r, n) =>
    refuseCase(
      r,
      { reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项' },
      APPROVER,
      at(n),
    ),
  request_supplement: (r, n) => requestSupplement(r, { problems: [PROBLEM], dueDate: '2026-03-06' }, cal, APPROVER, at(n)),
  supplement: (r, n) => supplyRequested(r, [{ ...material('SEPARATION'), sha256: 'b'.repeat(64) }], CLERK, at(n)),
  // The sweep runs after the due date (2026-03-06).
  lapse: (r, n) => lapseCase(r, at(n + WEEK)),
  start_special_procedure: (r, n) =>
    startSpecialProcedure(r, { kind: 'expert_review', reason: '需组织专家论证', expectedDays: 10 }, APPROVER, at(n)),
  end_special_procedure: (r, n) => endSpecialProcedure(r, { outcome: '专家论证通过' }, cal, APPROVER, at(n)),
  extend: (r, n) => extendCase(r, { days: 5, reason: '需现场核查', approvedBy: '局长 陈*' }, cal, APPROVER, at(n)),
  reassign: (r, n) => reassignCase(r, { subject: B_POST.subject, name: B_POST.name, reason: '承办人休假' }, APPROVER, at(n)),
  co_opinion: (r, n) => recordCoOpinion(r, CO, { outcome: 'approve', opinion: '同意' }, CO_APPROVER, at(n)),
  report: (r, n) => reportCase(r, { authority: AUTHORITY.subject, opinion: '初审同意，报请审批' }, APPROVER, at(n)),
  // The approval comes with its licence attached; a denial's decision document is registered at the scan.
  decide: (r, n) =>
    decideCase(r, { outcome: 'approve', opinion: '材料齐全，准予', result: RESULT }, r.state === 'reported' ? AUTHORITY : APPROVER, at(n)),
  decide_deny: (r, n) => decideCase(r, { outcome: 'deny', opinion: '不符合条件' }, r.state === 'reported' ? AUTHORITY : APPROVER, at(n)),
  result_ready: (r, n) =>
    scanResult(
      r,
      r.result ? { number: r.result.number, scan: SCAN } : { number: DECISION_DOCUMENT.number, document: DECISION_DOCUMENT, scan: SCAN },
      OUTPUT,
      at(n),
    ),
  // Switches between pickup and courier, so a random sequence meets both.
  change_delivery: (r, n) =>
    changeDelivery(
      r,
      { delivery: deliveryOf(r).method === 'pickup' ? COURIER : { method: 'pickup' }, reason: '申请人要求变更' },
      OUTPUT,
      at(n),
    ),
  dispatch: (r, n) => dispatchResult(r, MAIL, OUTPUT, at(n)),
  hand_over: (r, n) => handOverCase(r, { recipient: APPLICANT_RECIPIENT, signature: SIGNATURE }, OUTPUT, at(n)),
  receive: (r, n) => confirmReceipt(r, { receivedOn: '2026-03-04' }, OUTPUT, at(n)),
  close: (r, n) => closeCase(r, at(n)),
  withdraw: (r, n) => withdrawCase(r, '申请人主动撤回', CLERK, at(n)),
  bring_deferred: (r, n) => bringDeferred(withDeferral(r), [material('PLAN')], CLERK, at(n)),
  miss_deferral: (r, n) => missDeferral(withDeferral(r), at(n + WEEK)),
  terminate: (r, n) => terminateForMissedDeferral(withDeferral(r, { onLapse: 'terminate', missed: MISSED }), at(n + WEEK)),
  rate: (r, n) => {
    // A rating is refused by its own rule before a state the lifecycle does not rate.
    const rating = { ...rateCase({ ...r, state: 'closed' }, { level: 2, channel: 'window', comment: '' }, at(n)) };
    return ratingTransition(r, rating, OUTPUT, at(n));
  },
  // A stale deadline, as if counted before the year's schedule was loaded.
  change_deadline: (r, n) => recountDeadline({ ...r, promisedBy: '2026-02-27' }, cal, { year: 2026, source: '测试' }, SUPERVISOR, at(n))!,
  stall: (r, n) => stallCase(r, { error: 'States.TaskFailed', cause: 'DynamoDB unavailable' }, at(n)),
  restart_workflow: (r, n) => restartWorkflow(r, 'FAILED', at(n)),
};
type Step = keyof typeof ACTIONS;

/** Item kind each step needs to be possible at all: reports are of 上报件, opinions of 联办件. */
const KIND_OF: Partial<Record<Step, Kind>> = { report: 'reported', co_opinion: 'joint', open_co_step: 'joint' };
/** Delivery each step needs to be possible at all: only a result the applicant asked to be mailed is dispatched. */
const DELIVERY_OF: Partial<Record<Step, DeliveryChoice>> = { dispatch: COURIER };

/** The way a promised item reaches each state, waiting as the workflow does; a 补正 round before acceptance. */
const REVIEWED: Step[] = ['forward', 'request_supplement', 'open_step', 'supplement', 'open_step'];
const ACCEPTED: Step[] = [...REVIEWED, 'accept', 'open_step'];
/** Decided, the workflow waits for the output window's scan, then for the hand-over. */
const READY: Step[] = [...ACCEPTED, 'decide', 'open_step', 'result_ready', 'open_step'];
const PATHS: Record<CaseState, Step[]> = {
  incomplete: [],
  registered: [],
  pending_acceptance: ['forward'],
  supplement_requested: ['forward', 'request_supplement', 'open_step'],
  accepted: ACCEPTED,
  special_procedure: [...ACCEPTED, 'start_special_procedure'],
  reported: [...ACCEPTED, 'report', 'open_step'],
  not_accepted: [...REVIEWED, 'refuse', 'open_step'],
  approved: [...ACCEPTED, 'decide', 'open_step'],
  denied: [...ACCEPTED, 'decide_deny', 'open_step'],
  result_ready: [...READY],
  mailed: [...READY, 'dispatch'],
  delivered: [...READY, 'hand_over'],
  closed: [...READY, 'hand_over', 'close'],
  withdrawn: ['forward', 'request_supplement', 'open_step', 'withdraw'],
  terminated: ['forward', 'terminate'],
};

/** The path of another kind: a 联办件 opens its co-department's wait once accepted and has its opinion before the decision; a 上报件 is reported first. */
function pathFor(state: CaseState, kind: Kind, delivery: DeliveryChoice['method']): Step[] {
  return PATHS[state].flatMap((step): Step[] => {
    // Mailed, the result is delivered on the carrier's receipt.
    if (delivery === 'courier' && step === 'hand_over') return ['dispatch', 'receive'];
    if (kind === 'joint' && step === 'accept') return ['accept', 'open_co_step'];
    if (kind === 'joint' && (step === 'decide' || step === 'decide_deny')) return ['co_opinion', step];
    if (kind === 'reported' && (step === 'decide' || step === 'decide_deny')) return ['report', 'open_step', step];
    return [step];
  });
}

/** A record in each state, reached through the real transitions. Only a 上报件 can be `reported`, only a courier case `mailed`. */
function inState(state: CaseState, kind: Kind = 'promised', delivery?: DeliveryChoice): CaseRecord {
  const k = state === 'reported' ? 'reported' : kind;
  const d = state === 'mailed' ? COURIER : delivery;
  const start = state === 'incomplete' ? incompleteCase(k, d) : receivedAs(k, T0, d);
  return pathFor(state, k, d?.method ?? 'pickup').reduce((r, step, i) => ACTIONS[step](r, i + 1).record, start);
}

describe('TRANSITIONS: the explicit list of edges', () => {
  it('follows the documented lifecycle', () => {
    const open = ['pending_acceptance', 'supplement_requested', 'accepted', 'special_procedure', 'reported'];
    const undecided = ['incomplete', 'registered', ...open];
    const decided = ['not_accepted', 'approved', 'denied'];
    const withExecution = [...open, ...decided, 'registered', 'result_ready', 'mailed', 'delivered'];
    const inHand = ['accepted', 'special_procedure'];
    // from-states and to-states per action; `stays`: the action records something and the state is unchanged.
    const documented: Record<string, { from: (string | null)[]; to?: string[]; stays?: true }> = {
      register: { from: [null], to: ['registered', 'incomplete', 'approved', 'denied'] },
      complete_intake: { from: ['incomplete'], to: ['registered', 'approved', 'denied'] },
      forward: { from: ['registered'], to: ['pending_acceptance'] },
      open_step: { from: [...open, ...decided, 'result_ready', 'mailed'], stays: true },
      accept: { from: ['pending_acceptance'], to: ['accepted'] },
      refuse: { from: ['pending_acceptance'], to: ['not_accepted'] },
      request_supplement: { from: ['pending_acceptance'], to: ['supplement_requested'] },
      supplement: { from: ['supplement_requested'], to: ['pending_acceptance'] },
      lapse: { from: ['supplement_requested'], to: ['withdrawn'] },
      start_special_procedure: { from: ['accepted'], to: ['special_procedure'] },
      end_special_procedure: { from: ['special_procedure'], to: ['accepted'] },
      extend: { from: [...inHand, 'reported'], stays: true },
      change_deadline: { from: undecided, stays: true },
      reassign: { from: ['pending_acceptance', ...inHand, 'reported'], stays: true },
      co_opinion: { from: inHand, stays: true },
      report: { from: ['accepted'], to: ['reported'] },
      decide: { from: ['accepted', 'reported'], to: ['approved', 'denied'] },
      result_ready: { from: ['approved', 'denied', 'not_accepted'], to: ['result_ready'] },
      change_delivery: { from: [...undecided, ...decided, 'result_ready'], stays: true },
      dispatch: { from: ['result_ready'], to: ['mailed'] },
      hand_over: { from: ['result_ready', 'mailed'], to: ['delivered'] },
      close: { from: ['delivered'], to: ['closed'] },
      withdraw: { from: undecided, to: ['withdrawn'] },
      stall: { from: withExecution, stays: true },
      restart_workflow: { from: withExecution, stays: true },
      bring_deferred: { from: undecided.slice(1), stays: true },
      miss_deferral: { from: undecided.slice(1), stays: true },
      terminate: { from: undecided.slice(1), to: ['terminated'] },
      rate: { from: ['approved', 'denied', 'result_ready', 'delivered', 'closed'], stays: true },
    };
    const expected = Object.entries(documented).flatMap(([action, { from, to, stays }]) =>
      from.flatMap((f) => (stays ? [`${action}: ${f} -> ${f}`] : (to ?? []).map((t) => `${action}: ${f} -> ${t}`))),
    );
    expect(TRANSITIONS.map(([action, from, to]) => `${action}: ${from} -> ${to}`).sort()).toEqual(expected.sort());
    expect(UNDECIDED_STATES).toEqual(undecided);
  });

  it('refuses an action that records something from moving the case to another state', () => {
    expect(thrown(() => assertTransition('open_step', 'result_ready', 'accepted', 'HZ1')).code).toBe('invalid_state');
    expect(thrown(() => assertTransition('extend', 'accepted', 'reported', 'HZ1')).code).toBe('invalid_state');
    expect(thrown(() => assertTransition('change_delivery', 'registered', 'result_ready', 'HZ1')).code).toBe('invalid_state');
    expect(() => assertTransition('open_step', 'result_ready', 'result_ready', 'HZ1')).not.toThrow();
  });

  it('tells the clerk the current state and the state the action needs', () => {
    expect(thrown(() => assertTransition('close', 'registered', 'closed', 'HZ1')).message).toBe(
      'Case HZ1 is registered; "close" is only possible when it is delivered.',
    );
    expect(thrown(() => assertTransition('result_ready', 'pending_acceptance', 'result_ready', 'HZ1')).message).toBe(
      'Case HZ1 is pending_acceptance; "result_ready" is only possible when it is approved or denied or not_accepted.',
    );
    expect(thrown(() => assertTransition('register', 'registered', 'registered', 'HZ1')).message).toBe(
      'Case HZ1 is registered; "register" is only possible when it is new.',
    );
    expect(thrown(() => assertTransition('forward', null, 'pending_acceptance', 'HZ1')).message).toBe(
      'Case HZ1 is not registered; "forward" is only possible when it is registered.',
    );
    expect(thrown(() => assertTransition('decide', 'pending_acceptance', 'approved', 'HZ1')).message).toBe(
      'Case HZ1 is pending_acceptance; "decide" is only possible when it is accepted or reported.',
    );
  });
});

describe('every action from every state, through the real transition functions', () => {
  const same = (...states: CaseState[]) => Object.fromEntries(states.map((s) => [s, s])) as Partial<Record<CaseState, CaseState>>;
  const all = (to: CaseState, ...states: CaseState[]) =>
    Object.fromEntries(states.map((s) => [s, to])) as Partial<Record<CaseState, CaseState>>;
  // Same-state steps (a workflow token stored or re-delivered, an extension, a reassignment, an opinion) keep the state.
  const allowed: Record<Step, Partial<Record<CaseState, CaseState>>> = {
    complete_intake: { incomplete: 'registered' },
    forward: { registered: 'pending_acceptance', pending_acceptance: 'pending_acceptance' },
    open_step: same(
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
    ),
    open_co_step: same('accepted', 'special_procedure'),
    accept: { pending_acceptance: 'accepted' },
    refuse: { pending_acceptance: 'not_accepted' },
    request_supplement: { pending_acceptance: 'supplement_requested' },
    supplement: { supplement_requested: 'pending_acceptance' },
    lapse: { supplement_requested: 'withdrawn' },
    start_special_procedure: { accepted: 'special_procedure' },
    end_special_procedure: { special_procedure: 'accepted' },
    extend: same('accepted', 'special_procedure', 'reported'),
    reassign: same('pending_acceptance', 'accepted', 'special_procedure', 'reported'),
    co_opinion: same('accepted', 'special_procedure'),
    report: { accepted: 'reported' },
    decide: all('approved', 'accepted', 'reported'),
    decide_deny: all('denied', 'accepted', 'reported'),
    // Scanned once: a second scan of the same case is refused.
    result_ready: all('result_ready', 'approved', 'denied', 'not_accepted'),
    change_delivery: same(...UNDECIDED_STATES, 'not_accepted', 'approved', 'denied', 'result_ready'),
    dispatch: { result_ready: 'mailed' },
    hand_over: { result_ready: 'delivered' },
    receive: { mailed: 'delivered' },
    close: { delivered: 'closed' },
    withdraw: all('withdrawn', ...UNDECIDED_STATES),
    bring_deferred: same(...UNDECIDED_STATES.filter((s) => s !== 'incomplete')),
    miss_deferral: same(...UNDECIDED_STATES.filter((s) => s !== 'incomplete')),
    terminate: all('terminated', ...UNDECIDED_STATES.filter((s) => s !== 'incomplete')),
    rate: same('approved', 'denied', 'result_ready', 'delivered', 'closed'),
    change_deadline: same(...UNDECIDED_STATES),
    // From registration until closed the case has an execution that can stall and be restarted.
    stall: same(
      'registered',
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
      'delivered',
    ),
    restart_workflow: same(
      'registered',
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
      'delivered',
    ),
  };
  // Where a rule of the action itself refuses before the state is looked at, its own 409 says why.
  const decided: CaseState[] = ['approved', 'denied', 'result_ready', 'mailed', 'delivered', 'closed'];
  const refusedBy: Partial<Record<Step, Partial<Record<CaseState, string>>>> = {
    // A mailed result is not collected at the window; only the carrier's receipt delivers it.
    hand_over: { mailed: 'courier_chosen' },
    receive: Object.fromEntries(CASE_STATES.filter((s) => s !== 'mailed').map((s) => [s, 'not_mailed'])),
    end_special_procedure: Object.fromEntries(CASE_STATES.filter((s) => s !== 'special_procedure').map((s) => [s, 'no_special_procedure'])),
    open_co_step: { reported: 'not_co_department', ...Object.fromEntries(decided.map((s) => [s, 'already_given'])) },
    // Before 受理, or once refused or withdrawn, no co-department was ever asked: nothing waits for an opinion.
    co_opinion: {
      pending_acceptance: 'not_waiting',
      supplement_requested: 'not_waiting',
      not_accepted: 'not_waiting',
      withdrawn: 'not_waiting',
      terminated: 'not_waiting',
      incomplete: 'not_waiting',
      registered: 'not_waiting',
      reported: 'not_waiting',
      ...Object.fromEntries(decided.map((s) => [s, 'already_given'])),
    },
  };
  const matrix = (Object.keys(ACTIONS) as Step[]).flatMap((step) => CASE_STATES.map((state) => [step, state] as const));

  it.each(matrix)('%s on a %s case', (step, state) => {
    const before = inState(state, KIND_OF[step], DELIVERY_OF[step]);
    expect(before.state).toBe(state);
    const expected = allowed[step][state];
    if (expected) {
      const t = ACTIONS[step](before, 99);
      expect(t.record.state).toBe(expected);
      expect(t.record.version).toBe(before.version + 1);
      expect(t.audit.seq).toBe(t.record.version);
      expect(t.audit.fromState).toBe(state);
      expect(t.audit.toState).toBe(expected);
    } else {
      const e = thrown(() => ACTIONS[step](before, 99));
      expect(e.status).toBe(409);
      expect(e.code).toBe(refusedBy[step]?.[state] ?? 'invalid_state');
      expect(e.details).toMatchObject({ caseNumber: before.caseNumber });
      if (e.code === 'invalid_state') expect(e.message).toContain(`is ${state}`);
    }
  });
});
describe('registerCase', () => {
  it('creates version 1 in state registered with audit seq 1 from no state', () => {
    const it1 = item();
    const { record, audit } = registerCase({
      caseNumber: 'HZ202603020001',
      centre: 'HZ',
      item: it1,
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [material('ID')],
      actor: CLERK,
      at: T0,
    });
    expect(record).toEqual({
      caseNumber: 'HZ202603020001',
      centre: 'HZ',
      itemCode: it1.implementationCode,
      itemVersion: 1,
      itemName: '失业保险金申领',
      itemType: 'promised',
      department: '人社局',
      promisedDays: 5,
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [material('ID')],
      state: 'registered',
      version: 1,
      receivedAt: T0.toISOString(),
      submittedBy: CLERK,
    });
    expect(audit).toEqual({
      caseNumber: 'HZ202603020001',
      seq: 1,
      at: T0.toISOString(),
      action: 'register',
      fromState: null,
      toState: 'registered',
      result: 'ok',
      actor: CLERK,
      department: '人社局',
      itemCode: it1.implementationCode,
      details: { itemVersion: 1, materials: [{ code: 'ID', sha256: 'a'.repeat(64) }], outcome: 'registered' },
    });
  });

  it('records the item version it was registered against', () => {
    const v3 = { ...item(), version: 3 };
    const t = registerCase({
      caseNumber: 'C',
      centre: 'HZ',
      item: v3,
      applicant: { kind: 'legal_person', name: '某某公司', idNumberMasked: '913***********0Y43' },
      channel: 'county_system',
      materials: [],
      actor: CLERK,
      at: T0,
    });
    expect(t.record.itemVersion).toBe(3);
    expect(t.audit.details).toEqual({ itemVersion: 3, materials: [], outcome: 'registered' });
  });
});

describe('forwardCase', () => {
  it('moves to pending_acceptance, waits on the acceptance review and records forwardedAt, as the workflow', () => {
    const before = registered();
    const t = forwardCase(before, 'tok-1', at(5));
    expect(t.record.state).toBe('pending_acceptance');
    expect(t.record.forwardedAt).toBe(at(5).toISOString());
    expect(t.record.pendingTask).toEqual({ step: 'acceptance', token: 'tok-1', since: at(5).toISOString() });
    expect(t.audit).toMatchObject({
      action: 'forward',
      fromState: 'registered',
      toState: 'pending_acceptance',
      seq: 2,
      actor: WORKFLOW_ACTOR,
      result: 'ok',
    });
    expect(before.state).toBe('registered');
    expect(before.pendingTask).toBeUndefined();
  });

  it('a re-forward while pending keeps the state and forwardedAt and replaces the token, audited as a retried step', () => {
    const first = forwardCase(registered(), 'tok-1', at(5)).record;
    const t = forwardCase(first, 'tok-2', at(9));
    expect(t.record.state).toBe('pending_acceptance');
    expect(t.record.forwardedAt).toBe(at(5).toISOString());
    expect(t.record.pendingTask).toEqual({ step: 'acceptance', token: 'tok-2', since: at(9).toISOString() });
    expect(t.record.version).toBe(first.version + 1);
    expect(t.audit).toMatchObject({
      action: 'open_step',
      fromState: 'pending_acceptance',
      toState: 'pending_acceptance',
      seq: first.version + 1,
      details: { step: 'acceptance', retried: true },
      actor: WORKFLOW_ACTOR,
    });
  });

  it('refuses to forward a pending case that no longer waits on its acceptance review', () => {
    const pending = { ...inState('pending_acceptance'), pendingTask: undefined };
    expect(thrown(() => forwardCase(pending, 'tok', at(1))).code).toBe('invalid_state');
  });
});

describe('openStep (the workflow waits on a step)', () => {
  it('keeps the token on the case and says since when the step waits', () => {
    const accepted = acceptCase(inState('pending_acceptance'), cal, APPROVER, at(10)).record;
    expect(accepted.pendingTask).toBeUndefined();
    const t = openStep(accepted, 'decision', 'tok-d', at(11));
    expect(t.record.state).toBe('accepted');
    expect(t.record.pendingTask).toEqual({ step: 'decision', token: 'tok-d', since: at(11).toISOString() });
    expect(t.audit).toMatchObject({ action: 'open_step', actor: WORKFLOW_ACTOR, details: { step: 'decision' } });
    expect(t.audit.details).not.toHaveProperty('retried');
  });

  it('a retried step replaces the token but keeps since, so step limits are not reset by a retry', () => {
    const first = openStep(acceptCase(inState('pending_acceptance'), cal, APPROVER, at(10)).record, 'decision', 'tok-1', at(11)).record;
    const t = openStep(first, 'decision', 'tok-2', at(60 * 24 * 3));
    expect(t.record.pendingTask).toEqual({ step: 'decision', token: 'tok-2', since: at(11).toISOString() });
    expect(t.audit.details).toEqual({ step: 'decision', retried: true });
  });

  it.each([
    ['decision', 'pending_acceptance'],
    ['acceptance', 'accepted'],
    ['higher_authority', 'accepted'],
    ['supplement', 'pending_acceptance'],
  ] as const)('refuses to wait for %s on a %s case, naming both', (step, state) => {
    const e = thrown(() => openStep(inState(state), step, 'tok', at(100)));
    expect([e.status, e.code]).toEqual([409, 'invalid_state']);
    expect(e.message).toBe(`Case HZ202603020001 is ${state}; the workflow cannot wait for "${step}" now.`);
    expect(e.details).toEqual({ caseNumber: 'HZ202603020001', step });
  });

  describe('for a 联办 co-department', () => {
    // Opinions are asked for once the lead department has accepted the case.
    const forwarded = () => acceptCase(forwardCase(receivedAs('joint'), 'tok-a', at(1)).record, DEFAULT_CALENDAR, APPROVER, at(1)).record;

    it('opens an opinion slot of its own, while the lead department has the case in hand', () => {
      const t = openStep(forwarded(), { coDepartment: CO }, 'tok-co', at(2));
      expect(t.record.state).toBe('accepted');
      expect(t.record.pendingTask).toBeUndefined();
      expect(t.record.coOpinions).toEqual([{ department: CO, since: at(2).toISOString(), token: 'tok-co' }]);
      expect(t.audit).toMatchObject({ action: 'open_step', actor: WORKFLOW_ACTOR, details: { step: 'co_opinion', department: CO } });
      expect(t.audit.details).not.toHaveProperty('retried');
    });

    it('retried, keeps since and replaces the token', () => {
      const first = openStep(forwarded(), { coDepartment: CO }, 'tok-co-1', at(2)).record;
      const t = openStep(first, { coDepartment: CO }, 'tok-co-2', at(90));
      expect(t.record.coOpinions).toEqual([{ department: CO, since: at(2).toISOString(), token: 'tok-co-2' }]);
      expect(t.audit.details).toEqual({ step: 'co_opinion', department: CO, retried: true });
    });

    it('refuses a department that is not a co-department of the case', () => {
      const e = thrown(() => openStep(forwarded(), { coDepartment: '公安局' }, 'tok', at(2)));
      expect([e.status, e.code]).toEqual([409, 'not_co_department']);
      expect(e.message).toBe('公安局 is not a co-department of case HZ202603020001.');
      expect(e.details).toEqual({ caseNumber: 'HZ202603020001', department: '公安局' });
      expect(thrown(() => openStep(forwardCase(registered(), 't', at(1)).record, { coDepartment: CO }, 'tok', at(2))).code).toBe(
        'not_co_department',
      );
    });

    it('refuses to ask for an opinion before 受理', () => {
      const e = thrown(() => openStep(forwardCase(receivedAs('joint'), 'tok-a', at(1)).record, { coDepartment: CO }, 'tok', at(2)));
      expect([e.status, e.code]).toEqual([409, 'invalid_state']);
    });

    it('refuses to wait again for an opinion already given', () => {
      const given = inState('approved', 'joint');
      const e = thrown(() => openStep(given, { coDepartment: CO }, 'tok', at(100)));
      expect([e.status, e.code]).toEqual([409, 'already_given']);
      expect(e.message).toContain(`${CO} already gave its opinion`);
    });
  });
});

describe('acceptCase (受理)', () => {
  // Received Mon 2026-03-02; the fifth working day after it is Mon 2026-03-09.
  const pending = () => forwardCase(registered(), 'tok', at(5)).record;
  const on = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, '0')}:00:00Z`);

  it('within 5 working days of receipt: the clock starts today, and the reviewer becomes the approver in charge', () => {
    const t = acceptCase(pending(), cal, APPROVER, on('2026-03-09'));
    expect(t.record.state).toBe('accepted');
    expect(t.record.acceptance).toEqual({
      acceptedOn: '2026-03-09',
      acceptedAt: on('2026-03-09').toISOString(),
      deemed: false,
      acceptedBy: APPROVER,
    });
    expect(t.record.promisedBy).toBe('2026-03-16');
    expect(t.record.assignee).toEqual({
      subject: APPROVER.subject,
      name: APPROVER.name,
      since: on('2026-03-09').toISOString(),
      assignedBy: APPROVER,
    });
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.audit).toMatchObject({
      action: 'accept',
      actor: APPROVER,
      details: { acceptedOn: '2026-03-09', deemed: false, promisedBy: '2026-03-16' },
    });
  });

  it('after 5 working days: deemed accepted from the day of receipt (第32条), so the deadline counts from then', () => {
    const t = acceptCase(pending(), cal, APPROVER, on('2026-03-10'));
    expect(t.record.acceptance).toMatchObject({ acceptedOn: '2026-03-02', deemed: true });
    expect(t.record.promisedBy).toBe('2026-03-09');
    expect(t.audit.details).toMatchObject({ acceptedOn: '2026-03-02', deemed: true, promisedBy: '2026-03-09' });
  });

  it('counts the five days from the day a window-corrected application became complete', () => {
    const corrected = completeIntake(incompleteCase(), [material('ID')], { kind: 'registered' }, undefined, CLERK, on('2026-03-05')).record;
    const t = acceptCase(forwardCase(corrected, 'tok', on('2026-03-05', 11)).record, cal, APPROVER, on('2026-03-12'));
    expect(t.record.acceptance).toMatchObject({ acceptedOn: '2026-03-12', deemed: false });
    expect(
      acceptCase(forwardCase(corrected, 'tok', on('2026-03-05', 11)).record, cal, APPROVER, on('2026-03-13')).record.acceptance,
    ).toMatchObject({
      acceptedOn: '2026-03-05',
      deemed: true,
    });
  });

  it('counts the China-local day: 07:59 UTC on the fifth working day is still in time, 16:00 UTC is the next day', () => {
    expect(acceptCase(pending(), cal, APPROVER, new Date('2026-03-09T15:59:00Z')).record.acceptance?.deemed).toBe(false);
    expect(acceptCase(pending(), cal, APPROVER, new Date('2026-03-09T16:00:00Z')).record.acceptance?.deemed).toBe(true);
  });

  it('an application corrected in time at the back office is not deemed accepted from receipt', () => {
    // Correction asked on day 2 (in time), brought on Fri 03-13, accepted the next working day.
    const asked = requestSupplement(pending(), { problems: [PROBLEM], dueDate: '2026-03-20' }, cal, APPROVER, on('2026-03-04')).record;
    const supplied = supplyRequested(asked, [material('SEPARATION')], CLERK, on('2026-03-13')).record;
    const t = acceptCase(supplied, cal, APPROVER, on('2026-03-16'));
    expect(t.record.acceptance).toMatchObject({ acceptedOn: '2026-03-16', deemed: false });
    expect(t.record.promisedBy).toBe('2026-03-23');
  });

  it('keeps an approver already put in charge, and records that the reviewer acted for them', () => {
    const assigned = reassignCase(pending(), { subject: B_POST.subject, name: B_POST.name, reason: '分案' }, APPROVER, at(6)).record;
    const t = acceptCase(assigned, cal, APPROVER, at(7));
    expect(t.record.assignee?.subject).toBe(B_POST.subject);
    expect(t.audit.details).toMatchObject({ actingFor: { subject: B_POST.subject, name: B_POST.name } });
  });
});

describe('refuseCase (不予受理)', () => {
  it('records the reason and its legal basis for the notice, and ends the wait', () => {
    const input = { reason: '申请人不具备申请资格', legalBasis: '《失业保险条例》第十四条' };
    const t = refuseCase(inState('pending_acceptance'), input, APPROVER, at(10));
    expect(t.record.state).toBe('not_accepted');
    expect(t.record.refusal).toEqual({ ...input, refusedAt: at(10).toISOString(), refusedBy: APPROVER });
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.audit).toMatchObject({ action: 'refuse', toState: 'not_accepted', details: input });
    // The not-accepted decision still goes out through the output window: the workflow waits for its scan.
    const waiting = openStep(t.record, 'result_scan', 'tok-r', at(11)).record;
    const scanned = scanResult(
      waiting,
      { number: DECISION_DOCUMENT.number, document: DECISION_DOCUMENT, scan: SCAN },
      OUTPUT,
      at(12),
    ).record;
    expect(scanned.state).toBe('result_ready');
    expect(scanned.result).toMatchObject({ ...DECISION_DOCUMENT, attachedBy: OUTPUT, scan: { ...SCAN, scannedBy: OUTPUT } });
  });
});

describe('requestSupplement and supplyRequested (补正 at the back office)', () => {
  const pending = () => forwardCase(registered(), 'tok', at(5)).record;
  const on = (day: string) => new Date(`${day}T02:00:00Z`);
  const ask = (r: CaseRecord, day: string, dueDate = '2026-03-20') =>
    requestSupplement(r, { problems: [PROBLEM], dueDate }, cal, APPROVER, on(day));

  it('lists every problem with the day to bring it; the case waits on the applicant', () => {
    const t = ask(pending(), '2026-03-03');
    expect(t.record.state).toBe('supplement_requested');
    expect(t.record.supplementRequest).toEqual({
      problems: [PROBLEM],
      dueDate: '2026-03-20',
      requestedAt: on('2026-03-03').toISOString(),
      requestedBy: APPROVER,
    });
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.audit).toMatchObject({ action: 'request_supplement', details: { problems: [PROBLEM], dueDate: '2026-03-20' } });
  });

  it('may be asked on the fifth working day after receipt, not on the sixth (then the application counts as accepted)', () => {
    expect(ask(pending(), '2026-03-09').record.state).toBe('supplement_requested');
    const e = thrown(() => ask(pending(), '2026-03-10'));
    expect([e.status, e.code]).toEqual([409, 'correction_too_late']);
    expect(e.message).toBe(
      'The 5-working-day period to ask for a correction of case HZ202603020001 ended on 2026-03-09; by law the application counts as accepted from the day it was received. Accept or refuse it.',
    );
    expect(e.details).toEqual({ caseNumber: 'HZ202603020001', reviewDueOn: '2026-03-09' });
  });

  it('is asked only once: a second request after the supplement is refused, telling the approver to accept or refuse', () => {
    const supplied = supplyRequested(ask(pending(), '2026-03-03').record, [material('SEPARATION')], CLERK, on('2026-03-04')).record;
    expect(supplied.state).toBe('pending_acceptance');
    const e = thrown(() => ask(supplied, '2026-03-05'));
    expect([e.status, e.code]).toEqual([409, 'supplement_already_requested']);
    expect(e.message).toBe(
      'A correction was already requested for case HZ202603020001 on 2026-03-03; everything must be asked for at once, so accept or refuse the case now.',
    );
  });

  it.each(['2026-03-03', '2026-03-02'])('refuses a due date (%s) that is not after today (2026-03-03)', (dueDate) => {
    const e = thrown(() => ask(pending(), '2026-03-03', dueDate));
    expect([e.status, e.code]).toEqual([422, 'due_date_passed']);
    expect(e.message).toBe(`The day to bring the correction (${dueDate}) must be after today (2026-03-03).`);
    expect(e.details).toEqual({ dueDate });
  });

  it('a supplement missing a listed material is refused with what is still missing; the case stays as it was', () => {
    const asked = requestSupplement(
      pending(),
      { problems: [PROBLEM, { code: 'BANK', name: '本人银行卡', problem: '复印件不清晰' }], dueDate: '2026-03-20' },
      cal,
      APPROVER,
      on('2026-03-03'),
    ).record;
    const e = thrown(() => supplyRequested(asked, [material('SEPARATION')], CLERK, on('2026-03-04')));
    expect([e.status, e.code]).toEqual([422, 'still_incomplete']);
    expect(e.message).toBe('1 material(s) the correction notice asked for are still missing.');
    expect(e.details).toEqual({ caseNumber: 'HZ202603020001', problems: [{ code: 'BANK', name: '本人银行卡', problem: '复印件不清晰' }] });
    expect(asked.state).toBe('supplement_requested');
  });

  it('a complete supplement replaces the scans it brings and returns the case to review', () => {
    const asked = ask(pending(), '2026-03-03').record;
    const newScan = { ...material('SEPARATION'), sha256: 'c'.repeat(64) };
    const t = supplyRequested(asked, [newScan], CLERK, on('2026-03-04'));
    expect(t.record.state).toBe('pending_acceptance');
    expect(t.record.materials.map((m) => [m.code, m.sha256])).toEqual([
      ['ID', 'a'.repeat(64)],
      ['SEPARATION', 'c'.repeat(64)],
    ]);
    expect(t.record.supplementRequest?.suppliedAt).toBe(on('2026-03-04').toISOString());
    expect(t.audit.details).toEqual({ materials: [{ code: 'SEPARATION', sha256: 'c'.repeat(64) }] });
  });
});

describe('lapseCase (逾期未补正, 视为撤回)', () => {
  const asked = () =>
    requestSupplement(forwardCase(registered(), 'tok', at(5)).record, { problems: [PROBLEM], dueDate: '2026-03-06' }, cal, APPROVER, at(10))
      .record;

  it('is refused on the due date itself (China time), naming it', () => {
    const e = thrown(() => lapseCase(asked(), new Date('2026-03-06T15:59:00Z')));
    expect([e.status, e.code]).toEqual([409, 'not_due']);
    expect(e.message).toBe('Case HZ202603020001 still has until 2026-03-06 to bring the correction.');
  });

  it('after the due date withdraws the application, saying why, as the workflow', () => {
    const when = new Date('2026-03-06T16:00:00Z');
    const t = lapseCase(asked(), when);
    expect(t.record.state).toBe('withdrawn');
    expect(t.record.withdrawal).toEqual({
      reason: '逾期未补正（补正期限2026-03-06），视为撤回申请',
      withdrawnAt: when.toISOString(),
      recordedBy: WORKFLOW_ACTOR,
    });
    expect(t.audit).toMatchObject({ action: 'lapse', actor: WORKFLOW_ACTOR, details: { dueDate: '2026-03-06' } });
  });

  it('does not lapse a case whose supplement arrived, even after the due date', () => {
    const supplied = supplyRequested(asked(), [material('SEPARATION')], CLERK, at(20)).record;
    expect(thrown(() => lapseCase(supplied, new Date('2026-03-10T02:00:00Z'))).code).toBe('invalid_state');
  });
});

describe('special procedures (特别程序) and extension (延长)', () => {
  const on = (day: string) => new Date(`${day}T02:00:00Z`);
  // Accepted Mon 2026-03-02 with 5 promised days: due Mon 2026-03-09.
  const accepted = (kind: Kind = 'promised') =>
    acceptCase(forwardCase(receivedAs(kind), 'tok', at(5)).record, cal, APPROVER, at(10)).record;

  it('starting one stops the clock and records the kind, reason and expected days', () => {
    const t = startSpecialProcedure(accepted(), { kind: 'site_survey', reason: '需现场勘验', expectedDays: 3 }, APPROVER, on('2026-03-03'));
    expect(t.record.state).toBe('special_procedure');
    // The deadline before it (5 working days from 受理 on 2026-03-02) is recorded with the day it started.
    expect(t.record.pauses).toEqual([
      {
        kind: 'site_survey',
        reason: '需现场勘验',
        expectedDays: 3,
        startedAt: on('2026-03-03').toISOString(),
        startedBy: APPROVER,
        startedOn: '2026-03-03',
        deadlineBefore: '2026-03-09',
      },
    ]);
    expect(t.audit).toMatchObject({
      action: 'start_special_procedure',
      details: { kind: 'site_survey', reason: '需现场勘验', expectedDays: 3 },
    });
  });

  it('ending one moves the deadline by the working days the clock stood still', () => {
    const started = startSpecialProcedure(accepted(), { kind: 'site_survey', reason: '需现场勘验' }, APPROVER, on('2026-03-03')).record;
    const t = endSpecialProcedure(started, { outcome: '勘验合格' }, cal, APPROVER, on('2026-03-05'));
    expect(t.record.state).toBe('accepted');
    expect(t.record.pauses?.[0]).toMatchObject({
      endedAt: on('2026-03-05').toISOString(),
      endedBy: APPROVER,
      outcome: '勘验合格',
      pausedWorkingDays: 2,
      startedOn: '2026-03-03',
      endedOn: '2026-03-05',
      deadlineBefore: '2026-03-09',
      deadlineAfter: '2026-03-11',
    });
    expect(t.record.promisedBy).toBe('2026-03-11');
    expect(t.audit.details).toMatchObject({ kind: 'site_survey', outcome: '勘验合格', pausedWorkingDays: 2, promisedBy: '2026-03-11' });
  });

  it('a year loaded later recounts the days a procedure stood still on the official calendar, and the deadline with them', () => {
    const started = startSpecialProcedure(accepted(), { kind: 'site_survey', reason: '需现场勘验' }, APPROVER, on('2026-03-03')).record;
    const ended = endSpecialProcedure(started, { outcome: '勘验合格' }, cal, APPROVER, on('2026-03-05')).record;
    expect(ended).toMatchObject({ promisedBy: '2026-03-11', pauses: [{ pausedWorkingDays: 2 }] });
    // Test data: a schedule with 03-04 and 03-10 off. Paused: 03-05 only (1). 5 promised from 03-02:
    // 03-03, 03-05, 03-06, 03-09, 03-11; plus the 1 paused day: 03-12.
    const official = calendarWith([{ ...CN_2026, holidays: [...CN_2026.holidays, '2026-03-04', '2026-03-10'], source: '测试' }]);
    const t = recountDeadline(ended, official, { year: 2026, source: '测试' }, APPROVER, at(100))!;
    expect(t.record.promisedBy).toBe('2026-03-12');
    expect(t.record.pauses?.[0]).toMatchObject({ pausedWorkingDays: 1, startedOn: '2026-03-03', endedOn: '2026-03-05' });
    expect(t.audit.details).toMatchObject({ previous: { promisedBy: '2026-03-11' }, promisedBy: '2026-03-12' });
    // A schedule that moves the paused days but not the date still records the recount.
    const onlyPause = calendarWith([{ ...CN_2026, holidays: [...CN_2026.holidays, '2026-03-04'], source: '测试' }]);
    const same = recountDeadline(ended, onlyPause, { year: 2026, source: '测试' }, APPROVER, at(100))!;
    expect(same.record).toMatchObject({ promisedBy: '2026-03-11', pauses: [{ pausedWorkingDays: 1 }] });
  });

  it('one started and ended the same day does not move the deadline', () => {
    const started = startSpecialProcedure(
      accepted(),
      { kind: 'testing', reason: '抽样检测' },
      APPROVER,
      new Date('2026-03-03T01:00:00Z'),
    ).record;
    const t = endSpecialProcedure(started, { outcome: '合格' }, cal, APPROVER, new Date('2026-03-03T09:00:00Z'));
    expect(t.record.pauses?.[0]?.pausedWorkingDays).toBe(0);
    expect(t.record.promisedBy).toBe('2026-03-09');
  });

  it('several procedures and an extension add up: 5 promised + 3 paused + 10 extended working days', () => {
    let r = accepted();
    const pause = (start: string, end: string) => {
      r = startSpecialProcedure(r, { kind: 'expert_review', reason: '专家评审' }, APPROVER, on(start)).record;
      r = endSpecialProcedure(r, { outcome: '通过' }, cal, APPROVER, on(end)).record;
    };
    pause('2026-03-03', '2026-03-05'); // Wed, Thu: 2
    expect(r.promisedBy).toBe('2026-03-11');
    pause('2026-03-09', '2026-03-09'); // same day: 0
    pause('2026-03-13', '2026-03-16'); // Fri → Mon: 1
    expect(r.promisedBy).toBe('2026-03-12');
    const t = extendCase(r, { days: 10, reason: '需征求相关部门意见', approvedBy: '局长 陈*' }, cal, APPROVER, on('2026-03-17'));
    expect(t.record.promisedBy).toBe('2026-03-26');
    expect(t.record.extension).toEqual({
      days: 10,
      reason: '需征求相关部门意见',
      approvedBy: '局长 陈*',
      recordedBy: APPROVER,
      at: on('2026-03-17').toISOString(),
    });
    expect(t.audit).toMatchObject({
      action: 'extend',
      fromState: 'accepted',
      toState: 'accepted',
      details: { days: 10, approvedBy: '局长 陈*', promisedBy: '2026-03-26' },
    });
  });

  it('an extension during a procedure keeps the state; the pause is added when it ends', () => {
    const started = startSpecialProcedure(accepted(), { kind: 'hearing', reason: '听证' }, APPROVER, on('2026-03-03')).record;
    const extended = extendCase(started, { days: 2, reason: '情况复杂', approvedBy: '局长' }, cal, APPROVER, on('2026-03-04')).record;
    expect(extended.state).toBe('special_procedure');
    expect(extended.promisedBy).toBe('2026-03-11');
    expect(endSpecialProcedure(extended, { outcome: '听证结束' }, cal, APPROVER, on('2026-03-06')).record.promisedBy).toBe('2026-03-16');
  });

  it('ending when none is open says the case is not in a special procedure', () => {
    const e = thrown(() => endSpecialProcedure(accepted(), { outcome: 'x' }, cal, APPROVER, on('2026-03-05')));
    expect([e.status, e.code]).toEqual([409, 'no_special_procedure']);
    expect(e.message).toBe('Case HZ202603020001 is not in a special procedure.');
  });

  it('extends only once: a second extension is refused with the first one’s days', () => {
    const once = extendCase(accepted(), { days: 3, reason: '情况复杂', approvedBy: '局长' }, cal, APPROVER, on('2026-03-04')).record;
    const e = thrown(() => extendCase(once, { days: 2, reason: '仍需时间', approvedBy: '局长' }, cal, APPROVER, on('2026-03-05')));
    expect([e.status, e.code]).toEqual([409, 'already_extended']);
    expect(e.message).toBe('Case HZ202603020001 was already extended by 3 working days; the law allows one extension.');
  });

  it.each([
    ['promised', 10, 11],
    ['reported', 10, 11],
    ['joint', 15, 16],
  ] as const)('a %s item may be extended by %i working days, not %i', (kind, most, tooMany) => {
    const r = kind === 'joint' ? inState('accepted', 'joint') : accepted(kind);
    expect(extendCase(r, { days: most, reason: 'r', approvedBy: '局长' }, cal, APPROVER, on('2026-03-04')).record.extension?.days).toBe(
      most,
    );
    const e = thrown(() => extendCase(r, { days: tooMany, reason: 'r', approvedBy: '局长' }, cal, APPROVER, on('2026-03-04')));
    expect([e.status, e.code]).toEqual([422, 'extension_too_long']);
    expect(e.message).toBe(`An extension adds 1 to ${most} working days for this item; ${tooMany} were asked.`);
    expect(e.details).toEqual({ limit: most, days: tooMany });
  });
});

describe('back-office steps at their edges', () => {
  const on = (day: string) => new Date(`${day}T02:00:00Z`);
  const pending = () => forwardCase(registered(), 'tok', at(5)).record;
  const accepted = () => acceptCase(pending(), cal, APPROVER, at(10)).record;

  it('a correction lists at least one material, and is due within 20 working days of the request (here 31 March)', () => {
    const noProblems = thrown(() => requestSupplement(pending(), { problems: [], dueDate: '2026-03-20' }, cal, APPROVER, on('2026-03-03')));
    expect([noProblems.status, noProblems.code]).toEqual([422, 'no_problems']);
    const latest = requestSupplement(pending(), { problems: [PROBLEM], dueDate: '2026-03-31' }, cal, APPROVER, on('2026-03-03'));
    expect(latest.record.supplementRequest?.dueDate).toBe('2026-03-31');
    const late = thrown(() =>
      requestSupplement(pending(), { problems: [PROBLEM], dueDate: '2026-04-01' }, cal, APPROVER, on('2026-03-03')),
    );
    expect([late.status, late.code]).toEqual([422, 'due_date_too_late']);
    expect(late.message).toBe('The day to bring the correction (2026-04-01) must be on or before 2026-03-31, within 20 working days.');
    expect(late.details).toEqual({ dueDate: '2026-04-01', latest: '2026-03-31', limitDays: 20 });
    const supplied = supplyRequested(latest.record, [material('SEPARATION')], CLERK, on('2026-03-04')).record;
    const again = thrown(() =>
      requestSupplement(supplied, { problems: [PROBLEM], dueDate: '2026-03-20' }, cal, APPROVER, on('2026-03-05')),
    );
    expect(again.details).toEqual({ caseNumber: 'HZ202603020001' });
  });

  it('a supplement or a lapse for a case no correction was asked of is refused as not possible in its state', () => {
    expect(thrown(() => supplyRequested(accepted(), [material('SEPARATION')], CLERK, on('2026-03-04'))).code).toBe('invalid_state');
    expect(thrown(() => lapseCase(accepted(), on('2026-04-01'))).code).toBe('invalid_state');
    const asked = requestSupplement(pending(), { problems: [PROBLEM], dueDate: '2026-03-06' }, cal, APPROVER, on('2026-03-03')).record;
    expect(thrown(() => lapseCase(asked, on('2026-03-06'))).details).toEqual({ caseNumber: 'HZ202603020001' });
  });

  it('an extension is a whole number of days from 1: 0 and 2.5 are refused, 1 is taken; a second one names the case', () => {
    for (const days of [0, 2.5]) {
      expect(thrown(() => extendCase(accepted(), { days, reason: 'r', approvedBy: '局长' }, cal, APPROVER, on('2026-03-04'))).code).toBe(
        'extension_too_long',
      );
    }
    const once = extendCase(accepted(), { days: 1, reason: 'r', approvedBy: '局长' }, cal, APPROVER, on('2026-03-04')).record;
    expect(once.extension?.days).toBe(1);
    expect(thrown(() => extendCase(once, { days: 1, reason: 'r', approvedBy: '局长' }, cal, APPROVER, on('2026-03-05'))).details).toEqual({
      caseNumber: 'HZ202603020001',
    });
  });

  it('a recount that changes nothing, or of a case with no deadline yet, records nothing; one that does says what it was', () => {
    expect(recountDeadline(accepted(), cal, { year: 2026, source: '测试' }, APPROVER, at(100))).toBeUndefined();
    expect(recountDeadline(pending(), cal, { year: 2026, source: '测试' }, APPROVER, at(100))).toBeUndefined();
    // 9 March (the promised day) made a holiday: the deadline moves a working day on, to 10 March.
    const official = calendarWith([{ ...CN_2026, holidays: [...CN_2026.holidays, '2026-03-09'], source: '测试' }]);
    const t = recountDeadline(accepted(), official, { year: 2026, source: '国办发明电〔2025〕7号' }, SUPERVISOR, at(100))!;
    expect(t.record.promisedBy).toBe('2026-03-10');
    expect(t.audit.details).toEqual({
      previous: { promisedBy: '2026-03-09', provisional: false },
      promisedBy: '2026-03-10',
      provisional: false,
      year: 2026,
      source: '国办发明电〔2025〕7号',
    });
  });
});

describe('reassignCase (改派) and AB posts', () => {
  const accepted = () => acceptCase(forwardCase(registered(), 'tok', at(5)).record, cal, APPROVER, at(10)).record;

  it('puts another approver in charge and records from whom, to whom and why', () => {
    const t = reassignCase(accepted(), { subject: B_POST.subject, name: B_POST.name, reason: '承办人休假' }, APPROVER, at(20));
    expect(t.record.assignee).toEqual({ subject: B_POST.subject, name: B_POST.name, since: at(20).toISOString(), assignedBy: APPROVER });
    expect(t.audit.details).toEqual({
      from: { subject: APPROVER.subject, name: APPROVER.name },
      to: { subject: B_POST.subject, name: B_POST.name },
      reason: '承办人休假',
    });
    expect(
      reassignCase(forwardCase(registered(), 't', at(1)).record, { subject: 'x', name: 'x', reason: 'r' }, APPROVER, at(2)).audit.details,
    ).toMatchObject({ from: null });
  });

  it.each<[string, (r: CaseRecord, actor: Actor) => Transition]>([
    ['decide', (r, a) => decideCase(r, { outcome: 'approve', opinion: '准予' }, a, at(30))],
    ['start a special procedure', (r, a) => startSpecialProcedure(r, { kind: 'inspection', reason: '检验' }, a, at(30))],
    ['report', (r, a) => reportCase(r, { authority: AUTHORITY.subject, opinion: '初审同意' }, a, at(30))],
    ['refuse', (r, a) => refuseCase(r, { reason: '不属于受理范围', legalBasis: '第三十二条' }, a, at(30))],
    ['ask for a correction', (r, a) => requestSupplement(r, { problems: [PROBLEM], dueDate: '2026-03-06' }, cal, a, at(30))],
  ])('the B post may %s for the A post, and the audit line says for whom', (what, act) => {
    const assigned = (): CaseRecord => {
      if (what === 'report') return inState('accepted', 'reported');
      if (what === 'refuse' || what === 'ask for a correction') {
        return reassignCase(
          forwardCase(registered(), 't', at(1)).record,
          { subject: APPROVER.subject, name: APPROVER.name, reason: '分案' },
          APPROVER,
          at(2),
        ).record;
      }
      return accepted();
    };
    expect(assigned().assignee?.subject).toBe(APPROVER.subject);
    expect(act(assigned(), B_POST).audit.details).toMatchObject({ actingFor: { subject: APPROVER.subject, name: APPROVER.name } });
    expect(act(assigned(), APPROVER).audit.details).not.toHaveProperty('actingFor');
  });

  it('the higher authority deciding a reported case does not act for anyone', () => {
    expect(ACTIONS.decide(inState('reported'), 99).audit.details).not.toHaveProperty('actingFor');
  });
});

describe('联办: co-department opinions and the joint outcome rule', () => {
  const A = '民政局';
  const B = '住建局';
  const jointItem = item({ itemType: 'joint', coDepartments: [A, B], statutoryDays: 45 });
  const base = (): CaseRecord => {
    let r = registerCase({ ...registrationOf(jointItem) }).record;
    r = forwardCase(r, 'tok', at(1)).record;
    r = acceptCase(r, cal, APPROVER, at(2)).record;
    r = openStep(r, { coDepartment: A }, 'tok-a', at(2)).record;
    r = openStep(r, { coDepartment: B }, 'tok-b', at(2)).record;
    return openStep(r, 'decision', 'tok-d', at(4)).record;
  };
  const opinion = (r: CaseRecord, dept: string, outcome: 'approve' | 'deny') =>
    recordCoOpinion(r, dept, { outcome, opinion: outcome === 'approve' ? '同意' : '不同意' }, { ...CO_APPROVER, department: dept }, at(10))
      .record;

  it('records a co-department’s opinion once, closing its wait', () => {
    const t = recordCoOpinion(base(), A, { outcome: 'approve', opinion: '同意' }, CO_APPROVER, at(10));
    expect(t.record.state).toBe('accepted');
    expect(t.record.coOpinions?.find((o) => o.department === A)).toEqual({
      department: A,
      since: at(2).toISOString(),
      outcome: 'approve',
      opinion: '同意',
      at: at(10).toISOString(),
      by: CO_APPROVER,
    });
    expect(t.audit).toMatchObject({ action: 'co_opinion', details: { department: A, outcome: 'approve', opinion: '同意' } });
    const e = thrown(() => recordCoOpinion(t.record, A, { outcome: 'deny', opinion: '改主意' }, CO_APPROVER, at(11)));
    expect([e.status, e.code]).toEqual([409, 'already_given']);
    expect(e.message).toBe(`${A} already gave its opinion on case HZ202603020001.`);
  });

  it('refuses an opinion the workflow is not waiting for, telling the approver to reload', () => {
    const e = thrown(() => recordCoOpinion(base(), '公安局', { outcome: 'approve', opinion: '同意' }, CO_APPROVER, at(10)));
    expect([e.status, e.code]).toEqual([409, 'not_waiting']);
    expect(e.message).toBe('Case HZ202603020001 is not waiting for an opinion of 公安局 right now; reload it.');
  });

  type Given = 'approve' | 'deny' | undefined;
  it.each<[Given, Given, boolean, boolean, string | undefined]>([
    ['approve', 'approve', true, true, undefined],
    ['approve', 'deny', false, true, `${B} did not agree; a joint case is approved only when every co-department agrees.`],
    ['deny', 'deny', false, true, `${A}, ${B} did not agree; a joint case is approved only when every co-department agrees.`],
    ['approve', undefined, false, false, `Co-department opinion(s) still missing: ${B}.`],
    [undefined, 'deny', false, false, `Co-department opinion(s) still missing: ${A}.`],
    [undefined, undefined, false, false, `Co-department opinion(s) still missing: ${A}, ${B}.`],
  ])('%s + %s: approve allowed %s, deny allowed %s', (a, b, mayApprove, mayDeny, message) => {
    let r = base();
    if (a) r = opinion(r, A, a);
    if (b) r = opinion(r, B, b);
    for (const [outcome, may] of [
      ['approve', mayApprove],
      ['deny', mayDeny],
    ] as const) {
      if (may) {
        expect(decideCase(r, { outcome, opinion: '综合意见' }, APPROVER, at(20)).record.state).toBe(
          outcome === 'approve' ? 'approved' : 'denied',
        );
      } else {
        const e = thrown(() => decideCase(r, { outcome, opinion: '综合意见' }, APPROVER, at(20)));
        expect([e.status, e.code]).toEqual([409, 'joint_outcome']);
        if (outcome === 'approve' || !a || !b) expect(e.message).toBe(message);
        expect(JSON.stringify(e.details)).not.toContain('tok-');
        expect(e.details).toMatchObject({ caseNumber: 'HZ202603020001' });
      }
    }
  });

  it('the rule applies to joint items only', async () => {
    const { jointOutcomeProblem } = await import('#domain/case/decision');
    expect(jointOutcomeProblem(inState('accepted'), 'approve')).toBeUndefined();
    expect(jointOutcomeProblem(base(), 'deny')).toBe(`Co-department opinion(s) still missing: ${A}, ${B}.`);
  });

  it('never shows opinion tokens in the public view, only whether an opinion is open', () => {
    const r = opinion(base(), A, 'approve');
    const view = publicView(r);
    expect(JSON.stringify(view)).not.toMatch(/tok-/);
    expect(view.coOpinions).toEqual([
      expect.objectContaining({ department: A, outcome: 'approve' }),
      { department: B, since: at(2).toISOString() },
    ]);
    expect(view).toMatchObject({ waitingFor: 'decision', waitingSince: at(4).toISOString() });
  });
});

/** Registration input of an application for `it`, received at T0. */
function registrationOf(it: ReturnType<typeof item>): Parameters<typeof registerCase>[0] {
  return {
    caseNumber: 'HZ202603020001',
    centre: 'HZ',
    item: it,
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials: [material('ID'), material('SEPARATION')],
    actor: CLERK,
    at: T0,
  };
}

describe('上报件: report and the higher authority’s decision', () => {
  const accepted = (kind: Kind) => inState('accepted', kind);

  it('reports a 上报件 with the preliminary opinion; the case then waits on the authority', () => {
    const t = reportCase(accepted('reported'), { authority: AUTHORITY.subject, opinion: '初审同意' }, APPROVER, at(50));
    expect(t.record.state).toBe('reported');
    expect(t.record.report).toEqual({
      authority: AUTHORITY.subject,
      opinion: '初审同意',
      reportedAt: at(50).toISOString(),
      reportedBy: APPROVER,
    });
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.audit).toMatchObject({ action: 'report', details: { authority: AUTHORITY.subject, opinion: '初审同意' } });
  });

  it.each(['promised', 'joint'] as const)('refuses to report a %s item: it is decided in the department', (kind) => {
    const e = thrown(() => reportCase(accepted(kind), { authority: AUTHORITY.subject, opinion: 'x' }, APPROVER, at(50)));
    expect([e.status, e.code]).toEqual([409, 'not_reported_item']);
    expect(e.message).toBe('Case HZ202603020001 is not a 上报件; decide it in the department.');
  });

  it('refuses a department decision on a 上报件, telling the approver to report it', () => {
    const e = thrown(() => decideCase(accepted('reported'), { outcome: 'approve', opinion: '准予' }, APPROVER, at(50)));
    expect([e.status, e.code]).toEqual([409, 'needs_higher_authority']);
    expect(e.message).toBe('Case HZ202603020001 is a 上报件: report it to the higher authority, which decides.');
  });

  it.each([
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as const)('the authority’s %s decides the reported case (%s)', (outcome, state) => {
    const t = decideCase(inState('reported'), { outcome, opinion: '上级意见' }, AUTHORITY, at(60));
    expect(t.record.state).toBe(state);
    expect(t.record.decision).toMatchObject({ outcome, decidedBy: AUTHORITY });
    expect(t.record.pendingTask).toBeUndefined();
  });
});

describe('decideCase', () => {
  it.each([
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as const)('%s → %s, clears the pending task and records who decided', (outcome, state) => {
    const before = inState('accepted');
    expect(before.pendingTask?.step).toBe('decision');
    const t = decideCase(before, { outcome, opinion: '审批意见' }, APPROVER, at(30));
    expect(t.record.state).toBe(state);
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.decision).toEqual({ outcome, opinion: '审批意见', decidedAt: at(30).toISOString(), decidedBy: APPROVER });
    expect(t.audit).toMatchObject({ action: 'decide', actor: APPROVER, details: { outcome, opinion: '审批意见' }, department: '人社局' });
    expect(before.pendingTask?.token).toMatch(/^token-decision-\d+$/);
  });

  it('is refused before the case is accepted', () => {
    const e = thrown(() => decideCase(inState('pending_acceptance'), { outcome: 'approve', opinion: '准予' }, APPROVER, at(30)));
    expect([e.status, e.code]).toEqual([409, 'invalid_state']);
  });
});

describe('scanResult (核验扫描) and the wait for the hand-over', () => {
  it.each(['approved', 'denied', 'not_accepted'] as const)(
    'from %s: the output window scans the result, which is then ready; the wait for the scan ends',
    (state) => {
      const before = inState(state);
      expect(before.pendingTask?.step).toBe('result_scan');
      const t = ACTIONS.result_ready(before, 40);
      expect(t.record.state).toBe('result_ready');
      expect(t.record.resultReadyAt).toBe(at(40).toISOString());
      expect(t.record.result?.scan).toEqual({ ...SCAN, scannedAt: at(40).toISOString(), scannedBy: OUTPUT });
      expect(t.record.pendingTask).toBeUndefined();
      expect(t.audit).toMatchObject({
        action: 'result_ready',
        fromState: state,
        toState: 'result_ready',
        actor: OUTPUT,
        details: { sha256: SCAN.sha256, delivery: 'pickup' },
      });
    },
  );

  it('keeps the licence the approver attached, checked by its number', () => {
    const t = ACTIONS.result_ready(inState('approved'), 40);
    expect(t.record.result).toMatchObject({ ...RESULT, attachedBy: APPROVER });
    expect(thrown(() => scanResult(inState('approved'), { number: '人社许字〔2026〕999号', scan: SCAN }, OUTPUT, at(40))).code).toBe(
      'result_number_mismatch',
    );
  });

  it('then waits for the hand-over; a retried step replaces the token and keeps when the wait began', () => {
    const scanned = ACTIONS.result_ready(inState('approved'), 40).record;
    const first = openStep(scanned, 'result_ready', 'tok-r1', at(41)).record;
    const t = openStep(first, 'result_ready', 'tok-r2', at(42));
    expect(t.record.state).toBe('result_ready');
    expect(t.record.resultReadyAt).toBe(at(40).toISOString());
    expect(t.record.pendingTask).toEqual({ step: 'result_ready', token: 'tok-r2', since: at(41).toISOString() });
    expect(t.audit).toMatchObject({
      action: 'open_step',
      fromState: 'result_ready',
      toState: 'result_ready',
      details: { step: 'result_ready', retried: true },
    });
  });

  it('a mailed result keeps the wait for the hand-over until the carrier’s receipt', () => {
    const mailed = inState('mailed');
    expect(mailed.pendingTask?.step).toBe('result_ready');
    expect(mailed.dispatch).toMatchObject({
      ...MAIL,
      address: (COURIER as Extract<DeliveryChoice, { method: 'courier' }>).address,
      dispatchedBy: OUTPUT,
    });
    const t = ACTIONS.receive(mailed, 50);
    expect(t.record.state).toBe('delivered');
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.handover).toEqual({
      method: 'courier',
      ...MAIL,
      receivedOn: '2026-03-04',
      handedOverAt: at(50).toISOString(),
      handedOverBy: OUTPUT,
    });
  });
});

describe('changeDelivery (变更送达方式)', () => {
  it('switches the method until the result leaves the window, recording both and the reason', () => {
    const t = ACTIONS.change_delivery(inState('result_ready'), 45);
    expect(t.record).toMatchObject({ state: 'result_ready', delivery: COURIER });
    expect(t.audit).toMatchObject({
      action: 'change_delivery',
      fromState: 'result_ready',
      toState: 'result_ready',
      details: { from: 'pickup', to: 'courier', reason: '申请人要求变更' },
    });
    // Now the window cannot hand it over, and can mail it.
    expect(thrown(() => ACTIONS.hand_over(t.record, 46)).code).toBe('courier_chosen');
    expect(ACTIONS.dispatch(t.record, 46).record.state).toBe('mailed');
    const back = ACTIONS.change_delivery(t.record, 47);
    expect(deliveryOf(back.record)).toEqual({ method: 'pickup' });
  });

  it('a pickup case cannot be mailed without changing the method first', () => {
    const e = thrown(() => ACTIONS.dispatch(inState('result_ready'), 46));
    expect([e.status, e.code]).toEqual([409, 'pickup_chosen']);
  });
});

describe('handOverCase and closeCase', () => {
  it('hand-over records who collected it and their signature, clears the task, and keeps names out of the audit', () => {
    const letter: StoredObject = { objectKey: 'uploads/letter.pdf', sha256: 'd'.repeat(64), size: 10, contentType: 'application/pdf' };
    const proxy: PickupRecipient = {
      kind: 'proxy',
      name: '李*',
      idNumberMasked: '110***********0032',
      verifiedBy: 'authorisation',
      authorisation: letter,
    };
    const before = inState('result_ready');
    expect(before.pendingTask?.step).toBe('result_ready');
    const t = handOverCase(before, { recipient: proxy, signature: SIGNATURE }, OUTPUT, at(50));
    expect(t.record.state).toBe('delivered');
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.handover).toEqual({
      method: 'pickup',
      recipient: proxy,
      signature: SIGNATURE,
      handedOverAt: at(50).toISOString(),
      handedOverBy: OUTPUT,
    });
    expect(t.audit.details).toEqual({
      method: 'pickup',
      recipient: { kind: 'proxy', verifiedBy: 'authorisation' },
      signature: SIGNATURE.sha256,
    });
    expect(JSON.stringify(t.audit.details)).not.toContain('李');
    expect(t.audit.actor).toEqual(OUTPUT);
  });

  it('close archives the case as the workflow', () => {
    const t = closeCase(inState('delivered'), at(60));
    expect(t.record.state).toBe('closed');
    expect(t.record.closedAt).toBe(at(60).toISOString());
    expect(t.audit).toMatchObject({ action: 'close', fromState: 'delivered', toState: 'closed', actor: WORKFLOW_ACTOR });
  });
});

describe('audit sequence', () => {
  it('equals the record version and grows by one on every transition, including retokens', () => {
    const steps: Step[] = [
      'forward',
      'forward',
      'accept',
      'open_step',
      'open_step',
      'decide_deny',
      'open_step',
      'result_ready',
      'open_step',
      'open_step',
      'hand_over',
      'close',
    ];
    let r = registered();
    const seqs = [1];
    steps.forEach((s, i) => {
      const t = ACTIONS[s](r, i + 1);
      expect(t.audit.seq).toBe(t.record.version);
      expect(t.audit.caseNumber).toBe(r.caseNumber);
      seqs.push(t.audit.seq);
      r = t.record;
    });
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.state).toBe('closed');
  });

  it.each(['promised', 'joint', 'reported'] as const)(
    'property (%s item): whatever action sequence, every move is in the table, nothing undecided follows a decision, and withdrawn and closed are final',
    (kind) => {
      const decided: CaseState[] = ['approved', 'denied', 'not_accepted', 'result_ready', 'mailed', 'delivered', 'closed'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...(Object.keys(ACTIONS) as Step[])), { maxLength: 40 }), (steps) => {
          let r = receivedAs(kind);
          const visited: CaseState[] = ['registered'];
          steps.forEach((step, i) => {
            let t: Transition;
            try {
              t = ACTIONS[step](r, i + 1);
            } catch (e) {
              expect(e).toBeInstanceOf(AppError);
              expect([409, 422]).toContain((e as AppError).status);
              return;
            }
            expect(['withdrawn', 'closed']).not.toContain(r.state);
            const action = t.audit.action;
            if (!t.audit.details.retried) expect(isEdge(action, r.state, t.record.state)).toBe(true);
            expect(t.record.version).toBe(r.version + 1);
            expect(t.audit.seq).toBe(t.record.version);
            expect(t.audit.fromState).toBe(r.state);
            if (t.record.state !== r.state) visited.push(t.record.state);
            r = t.record;
          });
          const firstDecided = visited.findIndex((s) => decided.includes(s));
          if (firstDecided >= 0) {
            expect(visited.slice(firstDecided).some((s) => UNDECIDED_STATES.includes(s) || s === 'withdrawn')).toBe(false);
            // Approved or denied only after acceptance; a 上报件 only by way of the report.
            if (visited.includes('approved') || visited.includes('denied'))
              expect(visited).toContain(kind === 'reported' ? 'reported' : 'accepted');
          }
          // Delivered only from the output window: collected there, or mailed and received.
          if (visited.includes('delivered')) {
            expect([
              ['result_ready', 'delivered'],
              ['result_ready', 'mailed', 'delivered'],
            ]).toContainEqual(visited.slice(visited.indexOf('result_ready'), visited.indexOf('delivered') + 1));
          }
          if (visited.includes('closed')) expect(visited.slice(-2)).toEqual(['delivered', 'closed']);
          // The result reaches the applicant the way they last chose.
          if (r.handover) expect(r.handover.method).toBe(deliveryOf(r).method);
        }),
        { seed: 2026, numRuns: 300 },
      );
    },
  );
});

describe('revertTransition', () => {
  it('restores the earlier content under a higher version and says so in the audit', () => {
    const before = inState('accepted');
    const applied = decideCase(before, { outcome: 'approve', opinion: '准予' }, APPROVER, at(30));
    const t = revertTransition(before, applied, 'execution no longer waiting', at(31));
    expect(t.record).toEqual({ ...before, version: applied.record.version + 1 });
    expect(t.record.state).toBe('accepted');
    expect(t.record.decision).toBeUndefined();
    expect(t.record.pendingTask).toEqual(before.pendingTask);
    expect(t.audit).toEqual({
      caseNumber: before.caseNumber,
      seq: before.version + 2,
      at: at(31).toISOString(),
      action: 'decide',
      fromState: 'approved',
      toState: 'accepted',
      result: 'reverted',
      actor: APPROVER,
      department: '人社局',
      itemCode: before.itemCode,
      details: { reason: 'execution no longer waiting' },
    });
  });

  it('reverts a hand-over back to result_ready with its task', () => {
    const before = inState('result_ready');
    const applied = ACTIONS.hand_over(before, 1);
    const t = revertTransition(before, applied, 'gone', at(2));
    expect(t.record.state).toBe('result_ready');
    expect(t.record.handover).toBeUndefined();
    expect(t.record.pendingTask?.step).toBe('result_ready');
    expect(t.record.version).toBeGreaterThan(applied.record.version);
    expect(t.audit).toMatchObject({
      action: 'hand_over',
      fromState: 'delivered',
      toState: 'result_ready',
      result: 'reverted',
      actor: OUTPUT,
    });
  });
});

describe('assertCanSee', () => {
  const record = registered({ centre: 'HZ', actor: { subject: 'county-sys-1', name: '一体化平台', role: 'county_system' } });
  const sees = (p: Parameters<typeof assertCanSee>[0]) => () => assertCanSee(p, record);

  it.each(['supervisor', 'intake_clerk', 'output_clerk'] as const)('%s sees cases of their own centre only', (role) => {
    expect(sees(principal({ role, centre: 'HZ' }))).not.toThrow();
    const e = thrown(sees(principal({ role, centre: 'NB' })));
    expect([e.status, e.code]).toEqual([403, 'not_your_case']);
    expect(e.message).toBe(`You may not see case ${record.caseNumber}.`);
    expect(thrown(sees(principal({ role }))).code).toBe('not_your_case');
  });

  it('a clerk bound to another department still sees cases of the centre', () => {
    expect(sees(principal({ role: 'intake_clerk', centre: 'HZ', department: '公安局' }))).not.toThrow();
  });

  it('approver needs the same centre and the same department', () => {
    expect(sees(principal({ role: 'approver', centre: 'HZ', department: '人社局' }))).not.toThrow();
    for (const p of [
      principal({ role: 'approver', centre: 'HZ', department: '民政局' }),
      principal({ role: 'approver', centre: 'NB', department: '人社局' }),
      principal({ role: 'approver', centre: 'HZ' }),
    ]) {
      const e = thrown(sees(p));
      expect([e.status, e.code]).toEqual([403, 'other_department']);
      expect(e.message).toBe(`Case ${record.caseNumber} belongs to 人社局 of centre ${record.centre}, not to your department.`);
    }
  });

  it('county_system sees only the cases it submitted, in any centre', () => {
    expect(sees(principal({ role: 'county_system', subject: 'county-sys-1' }))).not.toThrow();
    expect(thrown(sees(principal({ role: 'county_system', subject: 'county-sys-2', centre: 'HZ' }))).code).toBe('not_your_case');
  });

  it('applicant never sees a case through this path (its role is not allowed), not even with matching centre or subject', () => {
    expect(thrown(sees(principal({ role: 'applicant', centre: 'HZ', subject: 'county-sys-1' }))).code).toBe('role_not_allowed');
  });
});

describe('who sees and who acts on a 联办 or 上报 case', () => {
  it('approvers of a co-department see a joint case, other departments still do not', () => {
    const joint = inState('accepted', 'joint');
    expect(() => assertCanSee(principal({ role: 'approver', centre: 'HZ', department: CO }), joint)).not.toThrow();
    expect(() => assertCanSee(principal({ role: 'approver', centre: 'HZ', department: '人社局' }), joint)).not.toThrow();
    expect(thrown(() => assertCanSee(principal({ role: 'approver', centre: 'HZ', department: '公安局' }), joint)).code).toBe(
      'other_department',
    );
    expect(thrown(() => assertCanSee(principal({ role: 'approver', centre: 'NB', department: CO }), joint)).code).toBe('other_department');
    // A co-department of one item is nobody special on another.
    expect(thrown(() => assertCanSee(principal({ role: 'approver', centre: 'HZ', department: CO }), inState('accepted'))).code).toBe(
      'other_department',
    );
  });

  it('the higher authority’s system sees a case once it is reported to it, not before and not another authority', () => {
    const authority = principal({ role: 'county_system', subject: AUTHORITY.subject });
    expect(thrown(() => assertCanSee(authority, inState('accepted', 'reported'))).code).toBe('not_your_case');
    expect(() => assertCanSee(authority, inState('reported'))).not.toThrow();
    expect(thrown(() => assertCanSee(principal({ role: 'county_system', subject: 'other-authority' }), inState('reported'))).code).toBe(
      'not_your_case',
    );
  });

  it('only the lead department’s approvers act on the case; a co-department gives its opinion only', async () => {
    const joint = inState('accepted', 'joint');
    expect(() =>
      assertMayActOnCase(principal({ role: 'approver', centre: 'HZ', department: '人社局' }), 'case.reassign', joint),
    ).not.toThrow();
    expect(() => assertMayActOnCase(principal({ role: 'supervisor', centre: 'HZ' }), 'case.reassign', joint)).not.toThrow();
    const e = thrown(() => assertMayActOnCase(principal({ role: 'approver', centre: 'HZ', department: CO }), 'case.decide', joint));
    expect([e.status, e.code]).toEqual([403, 'not_lead_department']);
    expect(e.message).toBe(`Case ${joint.caseNumber} is handled by 人社局; your department gives its opinion only.`);
  });
});

describe('actorOf and publicView', () => {
  it('actorOf keeps subject, name, role and department', () => {
    expect(actorOf({ subject: 's', name: '李*', role: 'approver', centre: 'HZ', department: '人社局' })).toEqual({
      subject: 's',
      name: '李*',
      role: 'approver',
      department: '人社局',
    });
  });

  it.each([
    'pending_acceptance',
    'supplement_requested',
    'accepted',
    'special_procedure',
    'reported',
    'not_accepted',
    'approved',
    'result_ready',
    'mailed',
  ] as const)('never exposes the task token of a %s case, but says what it waits for', (state) => {
    const record = inState(state);
    expect(record.pendingTask?.token).toMatch(/^token-/);
    const view = publicView(record);
    expect(JSON.stringify(view)).not.toContain(record.pendingTask!.token);
    expect(view).not.toHaveProperty('pendingTask');
    expect(view.waitingFor).toBe(record.pendingTask!.step);
    expect(view.waitingSince).toBe(record.pendingTask!.since);
  });

  it.each(['registered', 'delivered', 'closed', 'withdrawn'] as const)('a %s case has no waitingFor', (state) => {
    const view = publicView(inState(state));
    expect(view).not.toHaveProperty('waitingFor');
    expect(view).not.toHaveProperty('waitingSince');
    expect(view).not.toHaveProperty('pendingTask');
    expect(view.state).toBe(state);
  });
});

describe('completeIntake (补正 done)', () => {
  it('registers the application with all its materials and keeps the correction it answered', () => {
    const before = inState('incomplete');
    const t = completeIntake(before, [material('ID'), material('SEPARATION')], { kind: 'registered' }, '2026-03-09', CLERK, at(30));
    expect(t.record.state).toBe('registered');
    expect(t.record.promisedBy).toBe('2026-03-09');
    expect(t.record.materials.map((m) => m.code)).toEqual(['ID', 'SEPARATION']);
    expect(t.record.correction).toMatchObject({ problems: before.correction!.problems, resolvedAt: at(30).toISOString() });
    expect(t.audit).toMatchObject({
      action: 'complete_intake',
      fromState: 'incomplete',
      toState: 'registered',
      details: { outcome: 'registered' },
    });
  });

  it('can decide a 即办件 on the spot once complete', () => {
    const t = completeIntake(
      inState('incomplete'),
      [material('ID')],
      { kind: 'decided', outcome: 'deny', opinion: '不符合条件' },
      undefined,
      CLERK,
      at(31),
    );
    expect(t.record.state).toBe('denied');
    expect(t.record.decidedAtWindow).toBe(true);
    expect(t.record.decision).toMatchObject({ outcome: 'deny', opinion: '不符合条件', decidedBy: CLERK });
  });
});

describe('registerCase outcomes', () => {
  const input = {
    caseNumber: 'HZ1',
    centre: 'HZ',
    applicant: { kind: 'person' as const, name: '张*', idNumberMasked: 'x' },
    channel: 'window' as const,
    materials: [],
    actor: CLERK,
    at: T0,
  };

  it('records an incomplete application with every problem, and no promised date yet', () => {
    const problems = [{ code: 'ID', name: '居民身份证', problem: '缺少' }];
    const t = registerCase({ ...input, item: item(), outcome: { kind: 'incomplete', problems }, promisedBy: undefined });
    expect(t.record.state).toBe('incomplete');
    expect(t.record.correction).toEqual({ requestedAt: T0.toISOString(), problems });
    expect(t.audit.details).toMatchObject({ outcome: 'incomplete', problems });
  });

  it('records a 容缺 registration with its due date and commitment', () => {
    const deferral = { materials: [{ code: 'SEPARATION', name: '解除劳动关系证明' }], dueDate: '2026-03-09', commitment: '承诺' };
    const t = registerCase({ ...input, item: item(), outcome: { kind: 'deferred', deferral }, promisedBy: '2026-03-09' });
    expect(t.record.state).toBe('registered');
    expect(t.record.deferred).toEqual(deferral);
    expect(t.audit.details).toMatchObject({ outcome: 'deferred', deferred: ['SEPARATION'], dueDate: '2026-03-09' });
  });

  it('records a window decision as the registration itself', () => {
    const t = registerCase({
      ...input,
      item: item({ itemType: 'immediate', promisedDays: 0 }),
      outcome: { kind: 'decided', outcome: 'approve', opinion: '当场办结' },
    });
    expect(t.record.state).toBe('approved');
    expect(t.record.decidedAtWindow).toBe(true);
    expect(t.record.decision?.decidedBy).toEqual(CLERK);
  });
});

describe('personal data access', () => {
  it('opens full identities only to the department’s approvers and the output window of the centre', async () => {
    const record = registered();
    const sees = (p: Parameters<typeof principal>[0]) => () => assertMayActOnCase(principal(p), 'case.personal_data', record);
    expect(sees({ role: 'approver', centre: 'HZ', department: '人社局' })).not.toThrow();
    expect(sees({ role: 'output_clerk', centre: 'HZ' })).not.toThrow();
    for (const p of [
      { role: 'approver' as const, centre: 'HZ', department: '民政局' },
      { role: 'approver' as const, centre: 'NB', department: '人社局' },
      { role: 'output_clerk' as const, centre: 'NB' },
      { role: 'intake_clerk' as const, centre: 'HZ' },
      { role: 'supervisor' as const, centre: 'HZ' },
    ]) {
      expect(thrown(sees(p)).code).toBe('personal_data_restricted');
    }
  });

  it('never puts sealed data or the applicant key in the public view', () => {
    const record = { ...registered(), personalData: { v: 1 as const, key: 'k', iv: 'i', tag: 't', data: 'd' }, applicantKey: 'abc' };
    const view = publicView(record);
    expect(view).not.toHaveProperty('personalData');
    expect(view).not.toHaveProperty('applicantKey');
  });
});

describe('withdrawCase (撤回)', () => {
  it('ends a case before its decision, records why and who, and clears the pending wait', () => {
    const waiting = inState('pending_acceptance');
    expect(waiting.pendingTask?.step).toBe('acceptance');
    const t = withdrawCase(waiting, '申请人主动撤回', CLERK, at(40));
    expect(t.record.state).toBe('withdrawn');
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.withdrawal).toEqual({ reason: '申请人主动撤回', withdrawnAt: at(40).toISOString(), recordedBy: CLERK });
    expect(t.audit).toMatchObject({
      action: 'withdraw',
      fromState: 'pending_acceptance',
      toState: 'withdrawn',
      details: { reason: '申请人主动撤回' },
    });
  });

  it('is refused once the case is decided', () => {
    expect(thrown(() => withdrawCase(inState('approved'), 'x', CLERK, at(41))).code).toBe('invalid_state');
  });
});

describe('forwarding time (转办时限)', () => {
  it('is measured from intake and flagged when over the item type’s limit', async () => {
    const { checkForwarding, DEFAULT_FORWARDING_LIMITS } = await import('#domain/case/workflow-waits');
    const record = registered();
    const received = Date.parse(record.receivedAt);
    expect(checkForwarding(record, new Date(received + 14 * 60_000), DEFAULT_FORWARDING_LIMITS)).toEqual({
      minutes: 14,
      limitMinutes: 15,
      late: false,
    });
    expect(checkForwarding(record, new Date(received + 16 * 60_000), DEFAULT_FORWARDING_LIMITS)).toEqual({
      minutes: 16,
      limitMinutes: 15,
      late: true,
    });
    const immediate = { ...record, itemType: 'immediate' as const };
    expect(checkForwarding(immediate, new Date(received + 6 * 60_000), DEFAULT_FORWARDING_LIMITS).late).toBe(true);
  });

  it('starts when a corrected application became complete, not when it was first received', async () => {
    const { checkForwarding, DEFAULT_FORWARDING_LIMITS } = await import('#domain/case/workflow-waits');
    const record = { ...registered(), correction: { requestedAt: T0.toISOString(), problems: [], resolvedAt: at(60 * 24).toISOString() } };
    expect(checkForwarding(record, at(60 * 24 + 3), DEFAULT_FORWARDING_LIMITS)).toEqual({ minutes: 3, limitMinutes: 15, late: false });
  });

  it('records the check on the case and in the forward audit line, with a centre’s own limits', async () => {
    const { parseForwardingLimits } = await import('#config/limits');
    const limits = parseForwardingLimits('promised=1, immediate=2');
    expect(limits).toEqual({ immediate: 2, promised: 1, reported: 15, joint: 15 });
    const t = forwardCase(registered(), 'tok', new Date(Date.parse(registered().receivedAt) + 90_000), limits);
    expect(t.record.forwarding).toEqual({ minutes: 1.5, limitMinutes: 1, late: true });
    expect(t.audit.details).toEqual({ forwarding: { minutes: 1.5, limitMinutes: 1, late: true } });
    expect(() => parseForwardingLimits('urgent=5')).toThrow('Limit "urgent=5" is not <immediate|promised|reported|joint>=<number>');
    expect(() => parseForwardingLimits('promised=soon')).toThrow();
  });
});
