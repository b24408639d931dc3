import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptCase } from '#domain/case/back-office';
import { decideCase } from '#domain/case/decision';
import { forwardCase } from '#domain/case/workflow-waits';
import { registerCase as registration } from '#domain/case/registration';
import type { Actor } from '#domain/case/actor';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { chinaDate, formatCaseNumber } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import * as cases from '#repositories/case-repository';
import { useIsolatedTable } from '#tests/support/isolated-table';

useIsolatedTable();

const clerk: Actor = { subject: 'clerk-it', name: '窗口', role: 'intake_clerk' };
const item = newItemVersion(
  ServiceItemInputSchema.parse({
    basicCode: 'B1',
    implementationCode: 'IT-ITEM',
    name: '集成测试事项',
    department: '集成局',
    itemType: 'promised',
    statutoryDays: 20,
    promisedDays: 10,
  }),
  undefined,
  'test',
  new Date(),
);

function builder(centre: string, date: string, extra: { promisedBy?: string; item?: typeof item } = {}) {
  return (seq: number) =>
    registration({
      caseNumber: formatCaseNumber('{centre}{date}{seq:4}', { centre, date, seq }),
      centre,
      item: extra.item ?? item,
      promisedBy: extra.promisedBy,
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [],
      actor: clerk,
      at: new Date(),
    });
}

describe('case repository on DynamoDB Local', () => {
  it('numbers 50 concurrent registrations of one centre-day without duplicates or gaps', async () => {
    const centre = `C${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const results = await Promise.all(Array.from({ length: 50 }, () => cases.insertNumberedCase(centre, date, builder(centre, date))));
    const numbers = results.map((r) => (r.kind === 'created' ? r.record.caseNumber : 'replayed')).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `${centre}${date}${String(i + 1).padStart(4, '0')}`));
  });

  it('keeps one case per idempotency key, even when the retries race', async () => {
    const centre = `I${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const idem = { scope: 'clerk-it', key: randomUUID(), requestHash: 'h1' };
    const results = await Promise.all(Array.from({ length: 5 }, () => cases.insertNumberedCase(centre, date, builder(centre, date), idem)));
    const created = results.filter((r) => r.kind === 'created');
    expect(created).toHaveLength(1);
    const number = created[0]!.kind === 'created' ? created[0]!.record.caseNumber : '';
    expect(results.filter((r) => r.kind === 'replayed').every((r) => r.kind === 'replayed' && r.caseNumber === number)).toBe(true);
    await expect(cases.insertNumberedCase(centre, date, builder(centre, date), { ...idem, requestHash: 'other' })).rejects.toMatchObject({
      status: 409,
      code: 'idempotency_key_reused',
    });
  });

  it('saves a transition only against the version it was read at, with its audit line, or not at all', async () => {
    const centre = `T${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const created = await cases.insertNumberedCase(centre, date, builder(centre, date));
    if (created.kind !== 'created') throw new Error('not created');
    const registered = created.record;
    const forwarded = forwardCase(registered, 'token-1', new Date());
    await cases.saveTransition(registered, forwarded);
    // A second writer holding the old version loses and writes nothing.
    const stale = forwardCase(registered, 'token-2', new Date());
    await expect(cases.saveTransition(registered, stale)).rejects.toMatchObject({ status: 409, code: 'case_changed' });
    const approver: Actor = { subject: 'a', name: '审批', role: 'approver', department: '集成局' };
    const accepted = acceptCase(forwarded.record, DEFAULT_CALENDAR, approver, new Date());
    await cases.saveTransition(forwarded.record, accepted);
    await cases.saveTransition(accepted.record, decideCase(accepted.record, { outcome: 'approve', opinion: '准予' }, approver, new Date()));

    const stored = await cases.getCase(registered.caseNumber, true);
    expect(stored?.state).toBe('approved');
    expect(stored?.pendingTask).toBeUndefined();
    const history = await cases.getHistory(registered.caseNumber);
    expect(history.map((h) => [h.seq, h.action, h.toState])).toEqual([
      [1, 'register', 'registered'],
      [2, 'forward', 'pending_acceptance'],
      [3, 'accept', 'accepted'],
      [4, 'decide', 'approved'],
    ]);
  });

  it('lists a department queue by state, page by page', async () => {
    const centre = `Q${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    for (let i = 0; i < 5; i++) {
      const r = await cases.insertNumberedCase(centre, date, builder(centre, date));
      if (r.kind === 'created') await cases.saveTransition(r.record, forwardCase(r.record, `t${i}`, new Date()));
    }
    const first = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', limit: 3 });
    expect(first.cases).toHaveLength(3);
    expect(first.nextCursor).toBeDefined();
    const second = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', limit: 3, cursor: first.nextCursor });
    expect(second.cases).toHaveLength(2);
    const all = [...first.cases, ...second.cases].map((c) => c.caseNumber);
    expect(new Set(all).size).toBe(5);
    expect((await cases.listQueue(centre, '集成局', { state: 'registered', limit: 10 })).cases).toHaveLength(0);
  });

  it('puts the most urgent case first (by promised deadline) and filters a queue by item', async () => {
    const centre = `U${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const other = { ...item, implementationCode: 'IT-OTHER' };
    for (const [promisedBy, it] of [['2026-12-20', item], ['2026-12-01', item], ['2026-12-10', other]] as const) {
      const r = await cases.insertNumberedCase(centre, date, builder(centre, date, { promisedBy, item: it }));
      if (r.kind === 'created') await cases.saveTransition(r.record, forwardCase(r.record, 't', new Date()));
    }
    const all = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', limit: 10 });
    expect(all.cases.map((c) => c.promisedBy)).toEqual(['2026-12-01', '2026-12-10', '2026-12-20']);
    const filtered = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', itemCode: 'IT-OTHER', limit: 10 });
    expect(filtered.cases.map((c) => c.itemCode)).toEqual(['IT-OTHER']);
  });
});
