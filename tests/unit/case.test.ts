import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeIntake,
  withdrawCase,
  actorOf,
  assertCanSee,
  assertTransition,
  CASE_STATES,
  closeCase,
  decideCase,
  forwardCase,
  handOverCase,
  markResultReady,
  publicView,
  registerCase,
  revertTransition,
  TRANSITIONS,
  WORKFLOW_ACTOR,
  type CaseAction,
  type CaseRecord,
  type CaseState,
  type Transition,
} from '../../functions/domain/case';
import { AppError } from '../../functions/domain/errors';
import { APPROVER, at, CLERK, item, material, OUTPUT, principal, registered, T0, thrown } from './fixtures';


/** An application received with a required material missing (一次性补正). */
function incompleteCase(): CaseRecord {
  return registerCase({
    caseNumber: 'HZ202603020009',
    centre: 'HZ',
    item: item(),
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials: [],
    outcome: { kind: 'incomplete', problems: [{ code: 'ID', name: '居民身份证', problem: '未提交该材料（必须提交）' }] },
    actor: CLERK,
    at: T0,
  }).record;
}

/** Applies one action the way the handlers and the workflow do. */
const ACTIONS: Record<Exclude<CaseAction, 'register'> | 'decide_deny', (r: CaseRecord, n: number) => Transition> = {
  forward: (r, n) => forwardCase(r, `token-forward-${n}`, at(n)),
  decide: (r, n) => decideCase(r, { outcome: 'approve', opinion: '材料齐全，准予' }, APPROVER, at(n)),
  decide_deny: (r, n) => decideCase(r, { outcome: 'deny', opinion: '不符合条件' }, APPROVER, at(n)),
  result_ready: (r, n) => markResultReady(r, `token-result-${n}`, at(n)),
  hand_over: (r, n) => handOverCase(r, { recipientName: '张*', recipientIsApplicant: true }, OUTPUT, at(n)),
  close: (r, n) => closeCase(r, at(n)),
  complete_intake: (r, n) => completeIntake(r, [material('ID')], { kind: 'registered' }, '2026-03-09', CLERK, at(n)),
  withdraw: (r, n) => withdrawCase(r, '申请人主动撤回', CLERK, at(n)),
};
type Step = keyof typeof ACTIONS;

/** A record in each state, reached through the real transitions. */
function inState(state: CaseState): CaseRecord {
  const paths: Record<CaseState, Step[]> = {
    incomplete: [],
    registered: [],
    pending_decision: ['forward'],
    approved: ['forward', 'decide'],
    denied: ['forward', 'decide_deny'],
    result_ready: ['forward', 'decide', 'result_ready'],
    delivered: ['forward', 'decide', 'result_ready', 'hand_over'],
    closed: ['forward', 'decide', 'result_ready', 'hand_over', 'close'],
    withdrawn: ['forward', 'withdraw'],
  };
  const start = state === 'incomplete' ? incompleteCase() : registered();
  return paths[state].reduce((r, step, i) => ACTIONS[step](r, i + 1).record, start);
}

describe('TRANSITIONS table via assertTransition', () => {
  const froms: (CaseState | null)[] = [null, ...CASE_STATES];
  const cases = (Object.keys(TRANSITIONS) as CaseAction[]).flatMap((action) =>
    froms.flatMap((from) => CASE_STATES.map((to) => [action, from, to] as const)),
  );

  it.each(cases)('%s from %s to %s', (action, from, to) => {
    const allowed = TRANSITIONS[action].from.includes(from) && TRANSITIONS[action].to.includes(to);
    if (allowed) {
      expect(() => assertTransition(action, from, to, 'C1')).not.toThrow();
    } else {
      const e = thrown(() => assertTransition(action, from, to, 'C1'));
      expect(e.status).toBe(409);
      expect(e.code).toBe('invalid_state');
      expect(e.details).toEqual({ caseNumber: 'C1', state: from, action });
    }
  });

  it('follows the documented lifecycle', () => {
    expect(TRANSITIONS).toEqual({
      register: { from: [null], to: ['registered', 'incomplete', 'approved', 'denied'] },
      complete_intake: { from: ['incomplete'], to: ['registered', 'approved', 'denied'] },
      forward: { from: ['registered'], to: ['pending_decision'] },
      decide: { from: ['pending_decision'], to: ['approved', 'denied'] },
      result_ready: { from: ['approved', 'denied'], to: ['result_ready'] },
      hand_over: { from: ['result_ready'], to: ['delivered'] },
      close: { from: ['delivered'], to: ['closed'] },
      withdraw: { from: ['incomplete', 'registered', 'pending_decision'], to: ['withdrawn'] },
    });
  });

  it('tells the clerk the current state and the state the action needs', () => {
    expect(thrown(() => assertTransition('close', 'registered', 'closed', 'HZ1')).message).toBe(
      'Case HZ1 is registered; "close" is only possible when it is delivered.',
    );
    expect(thrown(() => assertTransition('result_ready', 'pending_decision', 'result_ready', 'HZ1')).message).toBe(
      'Case HZ1 is pending_decision; "result_ready" is only possible when it is approved or denied.',
    );
    expect(thrown(() => assertTransition('register', 'registered', 'registered', 'HZ1')).message).toBe(
      'Case HZ1 is registered; "register" is only possible when it is new.',
    );
    expect(thrown(() => assertTransition('forward', null, 'pending_decision', 'HZ1')).message).toBe(
      'Case HZ1 is not registered; "forward" is only possible when it is registered.',
    );
  });
});

describe('every action from every state, through the real transition functions', () => {
  // Same-state re-delivery of a workflow token (forward, result_ready) is allowed: it only replaces the token.
  const allowed: Record<Step, Partial<Record<CaseState, CaseState>>> = {
    forward: { registered: 'pending_decision', pending_decision: 'pending_decision' },
    decide: { pending_decision: 'approved' },
    decide_deny: { pending_decision: 'denied' },
    result_ready: { approved: 'result_ready', denied: 'result_ready', result_ready: 'result_ready' },
    hand_over: { result_ready: 'delivered' },
    close: { delivered: 'closed' },
    complete_intake: { incomplete: 'registered' },
    withdraw: { incomplete: 'withdrawn', registered: 'withdrawn', pending_decision: 'withdrawn' },
  };
  const matrix = (Object.keys(ACTIONS) as Step[]).flatMap((step) => CASE_STATES.map((state) => [step, state] as const));

  it.each(matrix)('%s on a %s case', (step, state) => {
    const before = inState(state);
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
      expect(e.code).toBe('invalid_state');
      expect(e.details).toMatchObject({ caseNumber: before.caseNumber, state });
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
  it('moves to pending_decision, sets the pending task and forwardedAt, as the workflow', () => {
    const before = registered();
    const t = forwardCase(before, 'tok-1', at(5));
    expect(t.record.state).toBe('pending_decision');
    expect(t.record.forwardedAt).toBe(at(5).toISOString());
    expect(t.record.pendingTask).toEqual({ step: 'forward', token: 'tok-1', since: at(5).toISOString() });
    expect(t.audit).toMatchObject({ action: 'forward', fromState: 'registered', toState: 'pending_decision', seq: 2, actor: WORKFLOW_ACTOR, result: 'ok' });
    expect(before.state).toBe('registered');
    expect(before.pendingTask).toBeUndefined();
  });

  it('a re-forward while pending keeps the state and forwardedAt and replaces the token', () => {
    const first = forwardCase(registered(), 'tok-1', at(5)).record;
    const t = forwardCase(first, 'tok-2', at(9));
    expect(t.record.state).toBe('pending_decision');
    expect(t.record.forwardedAt).toBe(at(5).toISOString());
    expect(t.record.pendingTask).toEqual({ step: 'forward', token: 'tok-2', since: at(9).toISOString() });
    expect(t.record.version).toBe(first.version + 1);
    expect(t.audit).toMatchObject({
      action: 'forward',
      fromState: 'pending_decision',
      toState: 'pending_decision',
      seq: first.version + 1,
      details: { retried: true },
      actor: WORKFLOW_ACTOR,
    });
  });

  it('refuses to forward a pending case that no longer waits on a forward task', () => {
    const pending = { ...inState('pending_decision'), pendingTask: undefined };
    expect(thrown(() => forwardCase(pending, 'tok', at(1))).code).toBe('invalid_state');
  });
});

describe('decideCase', () => {
  it.each([
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as const)('%s → %s, clears the pending task and records who decided', (outcome, state) => {
    const before = inState('pending_decision');
    const t = decideCase(before, { outcome, opinion: '审批意见' }, APPROVER, at(30));
    expect(t.record.state).toBe(state);
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.decision).toEqual({ outcome, opinion: '审批意见', decidedAt: at(30).toISOString(), decidedBy: APPROVER });
    expect(t.audit).toMatchObject({ action: 'decide', actor: APPROVER, details: { outcome, opinion: '审批意见' }, department: '人社局' });
    expect(before.pendingTask?.token).toBeDefined();
  });
});

describe('markResultReady', () => {
  it.each(['approved', 'denied'] as const)('from %s waits at the output window with a result_ready task', (state) => {
    const t = markResultReady(inState(state), 'tok-r', at(40));
    expect(t.record.state).toBe('result_ready');
    expect(t.record.resultReadyAt).toBe(at(40).toISOString());
    expect(t.record.pendingTask).toEqual({ step: 'result_ready', token: 'tok-r', since: at(40).toISOString() });
    expect(t.audit).toMatchObject({ action: 'result_ready', fromState: state, actor: WORKFLOW_ACTOR });
  });

  it('a retried step replaces the token and keeps resultReadyAt', () => {
    const first = markResultReady(inState('approved'), 'tok-r1', at(40)).record;
    const t = markResultReady(first, 'tok-r2', at(41));
    expect(t.record.state).toBe('result_ready');
    expect(t.record.resultReadyAt).toBe(at(40).toISOString());
    expect(t.record.pendingTask?.token).toBe('tok-r2');
    expect(t.audit).toMatchObject({ action: 'result_ready', fromState: 'result_ready', toState: 'result_ready', details: { retried: true } });
  });
});

describe('handOverCase and closeCase', () => {
  it('hand-over records the pickup, clears the task and keeps the recipient name out of the audit', () => {
    const t = handOverCase(inState('result_ready'), { recipientName: '李*', recipientIsApplicant: false }, OUTPUT, at(50));
    expect(t.record.state).toBe('delivered');
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.handover).toEqual({
      method: 'pickup',
      recipientName: '李*',
      recipientIsApplicant: false,
      identityVerified: true,
      handedOverAt: at(50).toISOString(),
      handedOverBy: OUTPUT,
    });
    expect(t.audit.details).toEqual({ recipientIsApplicant: false });
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
    const steps: ((r: CaseRecord, n: number) => Transition)[] = [
      ACTIONS.forward,
      ACTIONS.forward,
      ACTIONS.decide_deny,
      ACTIONS.result_ready,
      ACTIONS.result_ready,
      ACTIONS.hand_over,
      ACTIONS.close,
    ];
    let r = registered();
    const seqs = [1];
    steps.forEach((s, i) => {
      const t = s(r, i + 1);
      expect(t.audit.seq).toBe(t.record.version);
      expect(t.audit.caseNumber).toBe(r.caseNumber);
      seqs.push(t.audit.seq);
      r = t.record;
    });
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.state).toBe('closed');
  });

  it('property: whatever action sequence, a case only moves forward along the lifecycle, never skips to closed, and a withdrawal ends it before a decision', () => {
    const approvedPath: CaseState[] = ['registered', 'pending_decision', 'approved', 'result_ready', 'delivered', 'closed'];
    const deniedPath: CaseState[] = ['registered', 'pending_decision', 'denied', 'result_ready', 'delivered', 'closed'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...(Object.keys(ACTIONS) as Step[])), { maxLength: 40 }), (steps) => {
        let r = registered();
        const visited: CaseState[] = ['registered'];
        steps.forEach((step, i) => {
          let t: Transition;
          try {
            t = ACTIONS[step](r, i + 1);
          } catch (e) {
            expect((e as AppError).code).toBe('invalid_state');
            return;
          }
          expect(t.record.version).toBe(r.version + 1);
          expect(t.audit.seq).toBe(t.record.version);
          expect(t.audit.fromState).toBe(r.state);
          if (t.record.state !== r.state) visited.push(t.record.state);
          r = t.record;
        });
        if (visited.at(-1) === 'withdrawn') {
          // Withdrawn: nothing decided before it, nothing after it.
          expect(visited.slice(0, -1).some((s) => ['approved', 'denied', 'result_ready', 'delivered', 'closed'].includes(s))).toBe(false);
          return;
        }
        const path = visited.includes('denied') ? deniedPath : approvedPath;
        expect(visited).toEqual(path.slice(0, visited.length));
      }),
      { seed: 2026, numRuns: 400 },
    );
  });
});

describe('revertTransition', () => {
  it('restores the earlier content under a higher version and says so in the audit', () => {
    const before = inState('pending_decision');
    const applied = decideCase(before, { outcome: 'approve', opinion: '准予' }, APPROVER, at(30));
    const t = revertTransition(before, applied, 'execution no longer waiting', at(31));
    expect(t.record).toEqual({ ...before, version: applied.record.version + 1 });
    expect(t.record.state).toBe('pending_decision');
    expect(t.record.decision).toBeUndefined();
    expect(t.record.pendingTask).toEqual(before.pendingTask);
    expect(t.audit).toEqual({
      caseNumber: before.caseNumber,
      seq: before.version + 2,
      at: at(31).toISOString(),
      action: 'decide',
      fromState: 'approved',
      toState: 'pending_decision',
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
    expect(t.audit).toMatchObject({ action: 'hand_over', fromState: 'delivered', toState: 'result_ready', result: 'reverted', actor: OUTPUT });
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

  it('applicant never sees a case through this path, not even with matching centre or subject', () => {
    expect(thrown(sees(principal({ role: 'applicant', centre: 'HZ', subject: 'county-sys-1' }))).code).toBe('not_your_case');
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

  it.each(['pending_decision', 'result_ready'] as const)('never exposes the task token of a %s case, but says what it waits for', (state) => {
    const record = inState(state);
    expect(record.pendingTask?.token).toMatch(/^token-/);
    const view = publicView(record);
    expect(JSON.stringify(view)).not.toContain(record.pendingTask!.token);
    expect(view).not.toHaveProperty('pendingTask');
    expect(view.waitingFor).toBe(record.pendingTask!.step);
    expect(record.pendingTask).toBeDefined();
  });

  it.each(['registered', 'approved', 'delivered', 'closed'] as const)('a %s case has no waitingFor', (state) => {
    const view = publicView(inState(state));
    expect(view).not.toHaveProperty('waitingFor');
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
    expect(t.audit).toMatchObject({ action: 'complete_intake', fromState: 'incomplete', toState: 'registered', details: { outcome: 'registered' } });
  });

  it('can decide a 即办件 on the spot once complete', () => {
    const t = completeIntake(inState('incomplete'), [material('ID')], { kind: 'decided', outcome: 'deny', opinion: '不符合条件' }, undefined, CLERK, at(31));
    expect(t.record.state).toBe('denied');
    expect(t.record.decidedAtWindow).toBe(true);
    expect(t.record.decision).toMatchObject({ outcome: 'deny', opinion: '不符合条件', decidedBy: CLERK });
  });
});

describe('registerCase outcomes', () => {
  const input = { caseNumber: 'HZ1', centre: 'HZ', applicant: { kind: 'person' as const, name: '张*', idNumberMasked: 'x' }, channel: 'window' as const, materials: [], actor: CLERK, at: T0 };

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
    const t = registerCase({ ...input, item: item({ itemType: 'immediate', promisedDays: 0 }), outcome: { kind: 'decided', outcome: 'approve', opinion: '当场办结' } });
    expect(t.record.state).toBe('approved');
    expect(t.record.decidedAtWindow).toBe(true);
    expect(t.record.decision?.decidedBy).toEqual(CLERK);
  });
});

describe('personal data access', () => {
  it('opens full identities only to the department’s approvers and the output window of the centre', async () => {
    const { assertMaySeePersonalData } = await import('../../functions/domain/personal-data');
    const record = registered();
    const sees = (p: Parameters<typeof principal>[0]) => () => assertMaySeePersonalData(principal(p), record);
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
    const waiting = inState('pending_decision');
    expect(waiting.pendingTask).toBeDefined();
    const t = withdrawCase(waiting, '申请人主动撤回', CLERK, at(40));
    expect(t.record.state).toBe('withdrawn');
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.withdrawal).toEqual({ reason: '申请人主动撤回', withdrawnAt: at(40).toISOString(), recordedBy: CLERK });
    expect(t.audit).toMatchObject({ action: 'withdraw', fromState: 'pending_decision', toState: 'withdrawn', details: { reason: '申请人主动撤回' } });
  });

  it('is refused once the case is decided', () => {
    expect(thrown(() => withdrawCase(inState('approved'), 'x', CLERK, at(41))).code).toBe('invalid_state');
  });
});

describe('forwarding time (转办时限)', () => {
  it('is measured from intake and flagged when over the item type’s limit', async () => {
    const { checkForwarding, DEFAULT_FORWARDING_LIMITS } = await import('../../functions/domain/case');
    const record = registered();
    const received = Date.parse(record.receivedAt);
    expect(checkForwarding(record, new Date(received + 14 * 60_000), DEFAULT_FORWARDING_LIMITS)).toEqual({ minutes: 14, limitMinutes: 15, late: false });
    expect(checkForwarding(record, new Date(received + 16 * 60_000), DEFAULT_FORWARDING_LIMITS)).toEqual({ minutes: 16, limitMinutes: 15, late: true });
    const immediate = { ...record, itemType: 'immediate' as const };
    expect(checkForwarding(immediate, new Date(received + 6 * 60_000), DEFAULT_FORWARDING_LIMITS).late).toBe(true);
  });

  it('starts when a corrected application became complete, not when it was first received', async () => {
    const { checkForwarding, DEFAULT_FORWARDING_LIMITS } = await import('../../functions/domain/case');
    const record = { ...registered(), correction: { requestedAt: T0.toISOString(), problems: [], resolvedAt: at(60 * 24).toISOString() } };
    expect(checkForwarding(record, at(60 * 24 + 3), DEFAULT_FORWARDING_LIMITS)).toEqual({ minutes: 3, limitMinutes: 15, late: false });
  });

  it('records the check on the case and in the forward audit line, with a centre’s own limits', async () => {
    const { parseForwardingLimits } = await import('../../functions/domain/case');
    const limits = parseForwardingLimits('promised=1, immediate=2');
    expect(limits).toEqual({ immediate: 2, promised: 1, reported: 15, joint: 15 });
    const t = forwardCase(registered(), 'tok', new Date(Date.parse(registered().receivedAt) + 90_000), limits);
    expect(t.record.forwarding).toEqual({ minutes: 1.5, limitMinutes: 1, late: true });
    expect(t.audit.details).toEqual({ forwarding: { minutes: 1.5, limitMinutes: 1, late: true } });
    expect(() => parseForwardingLimits('urgent=5')).toThrow(/not <itemType>=<minutes>/);
    expect(() => parseForwardingLimits('promised=soon')).toThrow();
  });
});
