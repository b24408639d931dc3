import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, token } from '#tests/support/client';

interface TicketBody {
  ticketId: string;
  kind: string;
  department: string;
  itemCode?: string;
  status: string;
  promisedDays: number;
  dueBy: string;
  daysOverdue: number;
  openedBy: { name: string; role: string };
  extension?: { days: number; reason: string; by: string; previousDueBy: string };
  followUps: { note: string }[];
  resolution?: { result: string };
  code?: string;
}

describe('办不成事 and 咨询 tickets', () => {
  it('are opened at the window, followed up by the department, extended once and resolved by the supervisor', async () => {
    const department = `工单测试局-${randomUUID().slice(0, 4)}`;
    const itemCode = `TK-${randomUUID().slice(0, 8)}`;
    const supervisor = await token('supervisor', { name: '李主任' });
    const clerk = await token('intake_clerk', { name: '王窗口' });
    const approver = await token('approver', { department });
    await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: itemCode, name: '工单测试事项', department, itemType: 'promised', statutoryDays: 10, promisedDays: 5 },
    });

    const report = await api<TicketBody>('POST', '/tickets', {
      token: clerk,
      body: { kind: 'cannot_get_done', itemCode, comment: '窗口说材料不全，但清单上没有这项材料' },
    });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ kind: 'cannot_get_done', department, itemCode, status: 'open', promisedDays: 5, daysOverdue: 0, openedBy: { name: '王窗口', role: 'intake_clerk' } });
    expect(report.body.dueBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const question = await api<TicketBody>('POST', '/tickets', {
      token: clerk,
      body: { kind: 'consultation', department, channel: 'phone', comment: '退休人员能否代办？' },
    });
    expect(question.status).toBe(201);
    expect(question.body).toMatchObject({ kind: 'consultation', department, promisedDays: 3 });
    expect(question.body.dueBy < report.body.dueBy).toBe(true);

    const nowhere = await api<TicketBody>('POST', '/tickets', { token: clerk, body: { kind: 'consultation', department: `不存在局-${randomUUID()}`, comment: '?' } });
    expect([nowhere.status, nowhere.body.code]).toEqual([422, 'unknown_department']);
    const aboutNothing = await api<TicketBody>('POST', '/tickets', { token: clerk, body: { kind: 'consultation', comment: '?' } });
    expect([aboutNothing.status, aboutNothing.body.code]).toEqual([400, 'subject_required']);
    const rectification = await api<TicketBody>('POST', '/tickets', { token: clerk, body: { kind: 'rectification', department, comment: '?' } });
    expect(rectification.status).toBe(400);
    expect((await api('POST', '/tickets', { token: approver, body: { kind: 'consultation', department, comment: '?' } })).status).toBe(403);

    const listed = await api<{ tickets: TicketBody[] }>('GET', '/tickets', { token: approver });
    expect(listed.body.tickets.map((t) => t.ticketId).sort()).toEqual([report.body.ticketId, question.body.ticketId].sort());
    const questions = await api<{ tickets: TicketBody[] }>('GET', `/tickets?kind=consultation&department=${encodeURIComponent(department)}`, { token: supervisor });
    expect(questions.body.tickets.map((t) => t.ticketId)).toEqual([question.body.ticketId]);

    const followed = await api<TicketBody>('POST', `/tickets/${report.body.ticketId}/follow-up`, { token: approver, body: { note: '已核对清单，窗口口径有误' } });
    expect(followed.body.followUps.map((f) => f.note)).toEqual(['已核对清单，窗口口径有误']);

    expect((await api('POST', `/tickets/${report.body.ticketId}/extend`, { token: approver, body: { days: 2, reason: '等上级答复' } })).status).toBe(403);
    const extended = await api<TicketBody>('POST', `/tickets/${report.body.ticketId}/extend`, { token: supervisor, body: { days: 2, reason: '需市局确认材料口径' } });
    expect(extended.status).toBe(200);
    expect(extended.body.extension).toMatchObject({ days: 2, reason: '需市局确认材料口径', by: '李主任', previousDueBy: report.body.dueBy });
    expect(extended.body.dueBy > report.body.dueBy).toBe(true);
    const again = await api<TicketBody>('POST', `/tickets/${report.body.ticketId}/extend`, { token: supervisor, body: { days: 1, reason: '再延' } });
    expect([again.status, again.body.code]).toEqual([409, 'already_extended']);
    const tooLong = await api<TicketBody>('POST', `/tickets/${question.body.ticketId}/extend`, { token: supervisor, body: { days: 30, reason: '太久' } });
    expect(tooLong.status).toBe(400);

    const resolved = await api<TicketBody>('POST', `/tickets/${report.body.ticketId}/resolve`, { token: supervisor, body: { result: '已更正一次性告知清单，申请人已办结' } });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: { result: '已更正一次性告知清单，申请人已办结' }, daysOverdue: 0 });
    const open = await api<{ tickets: TicketBody[] }>('GET', '/tickets?status=open', { token: approver });
    expect(open.body.tickets.map((t) => t.ticketId)).toEqual([question.body.ticketId]);
    const late = await api<TicketBody>('POST', `/tickets/${report.body.ticketId}/follow-up`, { token: approver, body: { note: '补充说明' } });
    expect([late.status, late.body.code]).toEqual([409, 'ticket_resolved']);

    const stranger = await token('approver', { department: '别的局' });
    expect((await api('POST', `/tickets/${question.body.ticketId}/follow-up`, { token: stranger, body: { note: 'x' } })).status).toBe(403);
  });
});
