import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptCase, api, CITIZEN_ID, eventually, token, decision } from '#tests/support/client';

describe('好差评 and 差评整改', () => {
  it('a 5 from the applicant opens a ticket the department follows up and the supervisor closes; a case is rated once', async () => {
    const department = `评价测试局-${randomUUID().slice(0, 4)}`;
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const approver = await token('approver', { department, name: '整改负责人' });
    const itemCode = `RT-${randomUUID().slice(0, 8)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: itemCode, name: '评价测试事项', department, itemType: 'promised', statutoryDays: 10, promisedDays: 5 },
    });
    const created = await api<{ caseNumber: string; queryCode: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant: { kind: 'person', name: '褚十二', idNumber: CITIZEN_ID } },
    });
    const { caseNumber, queryCode } = created.body;

    const early = await api<{ code: string }>('POST', '/public/rating', { body: { caseNumber, queryCode, level: 1 } });
    expect([early.status, early.body.code]).toEqual([409, 'not_rateable_yet']);

    await eventually('queued', async () => {
      const c = await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: approver });
      return c.body.state === 'pending_acceptance' ? true : undefined;
    });
    await acceptCase(caseNumber, approver);
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('deny', '不符合条件') })).status).toBe(200);

    const rated = await api<{ level: number; label: string; channel: string; ticketId: string }>('POST', '/public/rating', {
      body: { caseNumber, queryCode, level: 5, comment: '材料要求前后不一致，跑了三次' },
    });
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({ level: 5, label: '非常不满意', channel: 'query' });
    expect(rated.body.ticketId).toBeDefined();

    const twice = await api<{ code: string }>('POST', `/cases/${caseNumber}/rating`, { token: clerk, body: { level: 1 } });
    expect([twice.status, twice.body.code]).toEqual([409, 'already_rated']);

    const tickets = await api<{ tickets: { ticketId: string; status: string; dueBy: string; comment: string }[] }>('GET', '/tickets', { token: approver });
    expect(tickets.body.tickets).toEqual([expect.objectContaining({ ticketId: rated.body.ticketId, status: 'open', comment: '材料要求前后不一致，跑了三次' })]);
    expect(tickets.body.tickets[0]!.dueBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const followed = await api<{ followUps: { note: string }[] }>('POST', `/tickets/${rated.body.ticketId}/follow-up`, {
      token: approver,
      body: { note: '已电话回访申请人，统一材料清单口径' },
    });
    expect(followed.body.followUps.map((f) => f.note)).toEqual(['已电话回访申请人，统一材料清单口径']);
    expect((await api('POST', `/tickets/${rated.body.ticketId}/resolve`, { token: approver, body: { result: 'x' } })).status).toBe(403);
    const resolved = await api<{ status: string; resolution: { result: string } }>('POST', `/tickets/${rated.body.ticketId}/resolve`, {
      token: supervisor,
      body: { result: '已修订一次性告知清单并培训窗口人员' },
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: { result: '已修订一次性告知清单并培训窗口人员' } });

    const stats = await api<{ stats: { department: string; count: number; byLevel: Record<string, number> }[] }>('GET', `/ratings/stats?department=${encodeURIComponent(department)}`, {
      token: supervisor,
    });
    expect(stats.body.stats).toEqual([expect.objectContaining({ department, count: 1, byLevel: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 } })]);
  });
});
