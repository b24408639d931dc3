import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { registerCase as registration } from '#domain/case/registration';
import { chinaDate } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import * as cases from '#repositories/case-repository';
import { saveItemVersion } from '#repositories/item-repository';
import { openTicket } from '#domain/ticket';
import { chinaDay, DEFAULT_CALENDAR, workingDaysBetween } from '#domain/calendar';
import { createTicket } from '#repositories/ticket-repository';
import { acceptCase, api, baseUrl, CITIZEN_ID, eventually, token, decision } from '#tests/support/client';

interface QueueBody {
  cases: { caseNumber: string; promisedBy: string }[];
  nextCursor?: string;
}

describe('overdue cases in the queue (by warning colour) and in the statistics', () => {
  it('lists red and yellow cases of a department by deadline, a page at a time, and counts the red ones overdue', async () => {
    const department = `逾期测试局-${randomUUID().slice(0, 4)}`;
    const item = newItemVersion(
      ServiceItemInputSchema.parse({ basicCode: 'B', implementationCode: `OD-${randomUUID().slice(0, 8)}`, name: '逾期测试事项', department, itemType: 'promised', statutoryDays: 5, promisedDays: 1 }),
      undefined,
      'test',
      new Date(),
    );
    await saveItemVersion(item);
    const clerk = await token('intake_clerk');
    const soon = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: item.implementationCode, applicant: { kind: 'person', name: '蒋二', idNumber: CITIZEN_ID } },
    });
    expect(soon.status).toBe(201);

    // Two cases past their promised day, written as intakes of earlier weeks would have been.
    const centre = 'HZ';
    const date = chinaDate(new Date());
    const late: string[] = [];
    // Received one working day before each promised day (a one-day promise), so their clocks ran out long ago.
    for (const [n, promisedBy, receivedAt] of [[7, '2026-11-10', '2026-11-09T02:00:00Z'], [8, '2026-11-02', '2026-10-30T02:00:00Z']] as const) {
      const saved = await cases.insertNumberedCase(centre, date, (seq) =>
        registration({
          caseNumber: `${centre}${date}${String(seq).padStart(4, '0')}Y${n}${randomUUID().slice(0, 4)}`,
          centre,
          item,
          applicant: { kind: 'person', name: '蒋*', idNumberMasked: '110***********002X' },
          channel: 'window',
          materials: [],
          promisedBy,
          actor: { subject: 'clerk', name: '窗口', role: 'intake_clerk' },
          at: new Date(receivedAt),
        }),
      );
      if (saved.kind !== 'created') throw new Error('not created');
      late.push(saved.record.caseNumber);
    }
    const [later, earlier] = late as [string, string];
    const approver = await token('approver', { department });
    await eventually('all three forwarded', async () => {
      const q = await api<QueueBody>('GET', '/queue?state=pending_acceptance', { token: approver });
      return q.body.cases.length === 3 ? true : undefined;
    });
    expect((await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' })).status).toBe(200);

    const red = await api<QueueBody>('GET', '/queue?warning=red', { token: approver });
    expect(red.status).toBe(200);
    expect(red.body.cases.map((c) => c.caseNumber)).toEqual([earlier, later]);
    expect(red.body.nextCursor).toBeUndefined();
    const yellow = await api<QueueBody>('GET', '/queue?warning=yellow', { token: approver });
    expect(yellow.body.cases.map((c) => c.caseNumber)).toEqual([soon.body.caseNumber]);

    const first = await api<QueueBody>('GET', '/queue?warning=red&limit=1', { token: approver });
    expect(first.body.cases.map((c) => c.caseNumber)).toEqual([earlier]);
    const second = await api<QueueBody>('GET', `/queue?warning=red&limit=1&cursor=${first.body.nextCursor}`, { token: approver });
    expect(second.body.cases.map((c) => c.caseNumber)).toEqual([later]);
    expect(second.body.nextCursor).toBeUndefined();
    expect((await api<QueueBody>('GET', '/queue?warning=red&itemCode=OTHER', { token: approver })).body.cases).toEqual([]);
    expect((await api<QueueBody>('GET', '/queue?warning=red&state=registered', { token: approver })).body.cases).toEqual([]);
    const bad = await api<{ code: string }>('GET', '/queue?warning=green', { token: approver });
    expect(bad.status).toBe(400);

    const today = chinaDay(new Date());
    const supervisor = await token('supervisor');
    const stats = await api<{ overdue: { caseNumber: string; promisedBy: string; workingDaysOverdue: number }[]; total: { open: number; overdue: number } }>(
      'GET',
      `/supervision/statistics?from=2026-11-01&to=${today}&department=${encodeURIComponent(department)}`,
      { token: supervisor },
    );
    expect(stats.status).toBe(200);
    expect(stats.body.total).toMatchObject({ open: 3, overdue: 2 });
    expect(stats.body.overdue.map((c) => [c.caseNumber, c.promisedBy])).toEqual([
      [earlier, '2026-11-02'],
      [later, '2026-11-10'],
    ]);
    expect(stats.body.overdue[0]!.workingDaysOverdue).toBeGreaterThan(stats.body.overdue[1]!.workingDaysOverdue);

    // Decided: out of the red queue and out of the overdue list, and now counted as decided late — accepted
    // this long after receipt, the case counts as accepted on the day it was received (第32条).
    await acceptCase(earlier, approver);
    expect((await api('POST', `/cases/${earlier}/decision`, { token: approver, body: decision('approve', '逾期核查后准予') })).status).toBe(200);
    await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' });
    expect((await api<QueueBody>('GET', '/queue?warning=red', { token: approver })).body.cases.map((c) => c.caseNumber)).toEqual([later]);
    const after = await api<{ overdue: { caseNumber: string }[]; total: { decided: number; decidedLate: number; onTimeRate: number } }>(
      'GET',
      `/supervision/statistics?from=2026-11-01&to=${today}&department=${encodeURIComponent(department)}`,
      { token: supervisor },
    );
    expect(after.body.overdue.map((c) => c.caseNumber)).toEqual([later]);
    expect(after.body.total).toMatchObject({ decided: 1, decidedLate: 1, onTimeRate: 0 });
  });

  it('lists a ticket opened weeks ago with the working days it is overdue, and a stored ticket of old (no kind) as rectification', async () => {
    const department = `工单逾期局-${randomUUID().slice(0, 4)}`;
    // A consultation opened on Monday 2 November 2026: due three working days later, on the 5th.
    const ticket = openTicket(
      { ticketId: randomUUID(), kind: 'consultation', centre: 'HZ', department, comment: '能否异地办理？', channel: 'phone', openedAt: '2026-11-02T02:00:00Z' },
      DEFAULT_CALENDAR,
      3,
    );
    expect(ticket.dueBy).toBe('2026-11-05');
    await createTicket(ticket);
    const { kind: _k, version: _v, ...old } = { ...ticket, ticketId: randomUUID(), level: 5 as const, caseNumber: 'HZ202611020001', openedAt: '2026-11-03T02:00:00Z' };
    await createTicket(old as typeof ticket);

    const approver = await token('approver', { department });
    const listed = await api<{ tickets: { ticketId: string; kind: string; daysOverdue: number }[] }>('GET', '/tickets', { token: approver });
    expect(listed.status).toBe(200);
    const today = chinaDay(new Date());
    expect(listed.body.tickets).toEqual([
      expect.objectContaining({ ticketId: ticket.ticketId, kind: 'consultation', daysOverdue: workingDaysBetween(DEFAULT_CALENDAR, '2026-11-05', today) }),
      expect.objectContaining({ ticketId: old.ticketId, kind: 'rectification' }),
    ]);
    expect(listed.body.tickets[0]!.daysOverdue).toBeGreaterThan(0);
    // The old ticket has no version yet: it still takes a follow-up, once.
    const followed = await api<{ followUps: unknown[] }>('POST', `/tickets/${old.ticketId}/follow-up`, { token: approver, body: { note: '已回访' } });
    expect(followed.status).toBe(200);
    expect(followed.body.followUps).toHaveLength(1);
  });
});
