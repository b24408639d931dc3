import { describe, expect, it } from 'vitest';
import type { Deferral } from '#domain/case/application';
import type { CaseRecord } from '#domain/case/records';
import {
  assertNoDeferredOutstanding,
  bringDeferred,
  DEFERRAL_OVERDUE,
  missDeferral,
  overdueDeferred,
  terminateForMissedDeferral,
  terminationDue,
} from '#domain/deferral';
import { CLERK, material, registered, thrown } from './fixtures';

/**
 * 容缺 followed up, on China-local days (UTC+8): 经营计划 is due on 2026-03-05, 租赁合同 on the
 * deferral's own day, 2026-03-09.
 */
const DEFERRAL: Deferral = {
  materials: [
    { code: 'PLAN', name: '经营计划', dueDate: '2026-03-05' },
    { code: 'LEASE', name: '租赁合同' },
  ],
  dueDate: '2026-03-09',
  commitment: '承诺在期限内补交',
};
const accepted = (deferral: Partial<Deferral> = {}, flags?: string[]): CaseRecord => ({
  ...registered(),
  state: 'accepted',
  version: 4,
  deferred: { ...DEFERRAL, ...deferral },
  ...(flags ? { flags } : {}),
});
/** The UTC instant of a China-local day and time. */
const china = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);
const WORKFLOW = { subject: 'workflow', name: 'OneWindow case workflow', role: 'system' };

describe('容缺材料补交 (bringDeferred)', () => {
  it('keeps a material brought by its due day, with who brought it and when, and names what is still owed', () => {
    const plan = { ...material('PLAN'), sha256: 'e'.repeat(64) };
    const t = bringDeferred(accepted(), [plan], CLERK, china('2026-03-05', '23:59'));
    expect(t.record.state).toBe('accepted');
    expect(t.record.version).toBe(5);
    expect(t.record.deferred?.materials).toEqual([
      { code: 'PLAN', name: '经营计划', dueDate: '2026-03-05', broughtAt: '2026-03-05T15:59:00.000Z', broughtBy: CLERK },
      { code: 'LEASE', name: '租赁合同' },
    ]);
    expect(t.record.materials.map((m) => m.code)).toEqual(['ID', 'SEPARATION', 'PLAN']);
    expect(t.audit).toMatchObject({
      action: 'bring_deferred',
      fromState: 'accepted',
      toState: 'accepted',
      actor: CLERK,
      details: { materials: [{ code: 'PLAN', sha256: 'e'.repeat(64) }], outstanding: ['LEASE'] },
    });
  });

  it('marks one brought the day after its due day late, taking the deferral’s day when the material has none', () => {
    const t = bringDeferred(accepted(), [material('LEASE')], CLERK, china('2026-03-10', '00:00'));
    expect(t.record.deferred?.materials[1]).toEqual({
      code: 'LEASE',
      name: '租赁合同',
      dueDate: '2026-03-09',
      broughtAt: '2026-03-09T16:00:00.000Z',
      broughtBy: CLERK,
      late: true,
    });
    expect(t.audit.details.outstanding).toEqual(['PLAN']);
  });

  it('refuses a material the case does not owe, naming the ones it does', () => {
    const e = thrown(() => bringDeferred(accepted(), [material('PLAN'), material('ID')], CLERK, china('2026-03-04')));
    expect([e.status, e.code]).toEqual([422, 'not_deferred']);
    expect(e.message).toBe('1项材料不是本办件待补交的容缺材料；待补交的是：「经营计划」、「租赁合同」。');
    expect(e.details).toEqual({ caseNumber: 'HZ202603020001', problems: [{ code: 'ID', problem: '材料ID不是本办件待补交的容缺材料。' }] });
  });

  it('refuses when nothing is owed: no deferral, or everything brought', () => {
    const none = thrown(() => bringDeferred({ ...registered(), state: 'accepted' }, [material('PLAN')], CLERK, china('2026-03-04')));
    expect([none.status, none.code, none.message]).toEqual([409, 'no_deferred_material', '办件HZ202603020001没有待补交的容缺材料。']);
    const all = accepted({ materials: DEFERRAL.materials.map((m) => ({ ...m, broughtAt: '2026-03-03T02:00:00.000Z', broughtBy: CLERK })) });
    expect(thrown(() => bringDeferred(all, [material('PLAN')], CLERK, china('2026-03-04'))).code).toBe('no_deferred_material');
  });
});

describe('容缺承诺未履行 (missDeferral)', () => {
  it('is not due on the due day itself', () => {
    expect(overdueDeferred(accepted(), '2026-03-05')).toEqual([]);
    const e = thrown(() => missDeferral(accepted(), china('2026-03-05', '23:00')));
    expect([e.status, e.code, e.message]).toEqual([409, 'not_due', '办件HZ202603020001没有逾期未补交的容缺材料。']);
  });

  it('records the first material overdue, flags the case once and keeps its other flags', () => {
    const t = missDeferral(accepted({}, ['refusal_without_reason']), china('2026-03-06', '08:00'));
    expect(t.record.deferred?.missed).toEqual({
      recordedAt: '2026-03-06T00:00:00.000Z',
      materials: [{ code: 'PLAN', name: '经营计划', dueDate: '2026-03-05' }],
    });
    expect(t.record.flags).toEqual(['refusal_without_reason', 'deferral_overdue']);
    expect(t.record.state).toBe('accepted');
    expect(t.audit).toMatchObject({
      action: 'miss_deferral',
      actor: WORKFLOW,
      details: { materials: [{ code: 'PLAN', name: '经营计划', dueDate: '2026-03-05' }], rule: 'wait', flags: ['deferral_overdue'] },
    });
    expect(DEFERRAL_OVERDUE).toBe('deferral_overdue');
  });

  it('adds a later overdue material to the same record, and refuses to record one twice', () => {
    const first = missDeferral(accepted({ onLapse: 'terminate' }), china('2026-03-06')).record;
    const second = missDeferral(first, china('2026-03-10'));
    expect(second.record.deferred?.missed).toEqual({
      recordedAt: china('2026-03-06').toISOString(),
      materials: [
        { code: 'PLAN', name: '经营计划', dueDate: '2026-03-05' },
        { code: 'LEASE', name: '租赁合同', dueDate: '2026-03-09' },
      ],
    });
    expect(second.record.flags).toEqual(['deferral_overdue']);
    expect(second.audit.details).toMatchObject({
      materials: [{ code: 'LEASE', name: '租赁合同', dueDate: '2026-03-09' }],
      rule: 'terminate',
    });
    expect(thrown(() => missDeferral(second.record, china('2026-03-11'))).code).toBe('not_due');
  });

  it('is not due for a case without deferral', () => {
    expect(thrown(() => missDeferral({ ...registered(), state: 'accepted' }, china('2026-03-20'))).code).toBe('not_due');
  });
});

describe('终止办理 for a missed commitment', () => {
  const MISSED = { recordedAt: '2026-03-06T00:00:00.000Z', materials: [{ code: 'PLAN', name: '经营计划', dueDate: '2026-03-05' }] };

  it('is due only under the terminate rule, once recorded, while a material is still overdue', () => {
    expect(terminationDue(accepted({ onLapse: 'terminate', missed: MISSED }), '2026-03-06')).toBe(true);
    expect(terminationDue(accepted({ onLapse: 'wait', missed: MISSED }), '2026-03-06')).toBe(false);
    expect(terminationDue(accepted({ onLapse: 'terminate' }), '2026-03-06')).toBe(false);
    // Brought late after the record: nothing is overdue any more.
    const brought = accepted({
      onLapse: 'terminate',
      missed: MISSED,
      materials: [{ code: 'PLAN', name: '经营计划', dueDate: '2026-03-05', broughtAt: '2026-03-07T02:00:00.000Z', late: true }],
    });
    expect(terminationDue(brought, '2026-03-08')).toBe(false);
  });

  it('ends the case with the reason naming each overdue material and its day', () => {
    const record = {
      ...accepted({ onLapse: 'terminate', missed: MISSED }),
      pendingTask: { step: 'decision' as const, token: 't', since: '2026-03-03T00:00:00.000Z' },
    };
    const t = terminateForMissedDeferral(record, china('2026-03-10'));
    const reason = '容缺承诺未履行：「经营计划」未在2026-03-05前补交，「租赁合同」未在2026-03-09前补交，终止办理';
    expect(t.record.state).toBe('terminated');
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.record.termination).toEqual({ reason, terminatedAt: china('2026-03-10').toISOString(), recordedBy: WORKFLOW });
    expect(t.audit).toMatchObject({
      action: 'terminate',
      fromState: 'accepted',
      toState: 'terminated',
      actor: WORKFLOW,
      details: { reason, materials: ['PLAN', 'LEASE'] },
    });
  });

  it('is refused when the rule does not end the case', () => {
    const e = thrown(() => terminateForMissedDeferral(accepted({ onLapse: 'wait', missed: MISSED }), china('2026-03-10')));
    expect([e.status, e.code, e.message]).toEqual([409, 'not_terminable', '办件HZ202603020001不符合因容缺承诺未履行而终止办理的条件。']);
  });
});

describe('准予 waits for every 容缺 material', () => {
  it('names each outstanding material with its due day', () => {
    const e = thrown(() => assertNoDeferredOutstanding(accepted()));
    expect([e.status, e.code]).toEqual([409, 'deferred_material_outstanding']);
    expect(e.message).toBe(
      '容缺材料「经营计划」（补交期限2026-03-05）、「租赁合同」（补交期限2026-03-09）尚未补交，不能作出准予决定。请申请人补交后再审批，或作出不予决定。',
    );
    expect(e.details).toEqual({
      caseNumber: 'HZ202603020001',
      materials: [
        { code: 'PLAN', name: '经营计划', dueDate: '2026-03-05' },
        { code: 'LEASE', name: '租赁合同', dueDate: '2026-03-09' },
      ],
    });
  });

  it('lets the decision through once all are brought, or when none was deferred', () => {
    const brought = accepted({
      materials: DEFERRAL.materials.map((m) => ({ ...m, broughtAt: '2026-03-04T02:00:00.000Z', broughtBy: CLERK })),
    });
    expect(() => assertNoDeferredOutstanding(brought)).not.toThrow();
    expect(() => assertNoDeferredOutstanding({ ...registered(), state: 'accepted' })).not.toThrow();
  });
});
