import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chinaDay } from '#domain/calendar';
import type { Figures } from '#domain/statistics';
import { acceptCase, api, CITIZEN_ID, eventually, token, uploadScan, decision } from '#tests/support/client';

interface StatisticsBody {
  today: string;
  openByState: { department: string; state: string; count: number }[];
  overdue: { caseNumber: string }[];
  total: Figures;
  byDepartment: (Figures & { department: string })[];
  byItem: (Figures & { itemCode: string; itemName: string })[];
}

const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('supervisor statistics over a range of days', () => {
  it('counts the backlog, decisions and forwardings of cases received and decided through the API, per department and item', async () => {
    const department = `统计测试局-${randomUUID().slice(0, 4)}`;
    const other = `统计对照局-${randomUUID().slice(0, 4)}`;
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const approver = await token('approver', { department });
    const [plain, withMaterial, elsewhere] = [`ST-A-${randomUUID().slice(0, 6)}`, `ST-B-${randomUUID().slice(0, 6)}`, `ST-C-${randomUUID().slice(0, 6)}`];
    const base = { basicCode: 'B', itemType: 'promised', statutoryDays: 20, promisedDays: 5 };
    for (const body of [
      { ...base, implementationCode: plain, name: '统计测试事项甲', department },
      {
        ...base,
        implementationCode: withMaterial,
        name: '统计测试事项乙',
        department,
        promisedDays: 3,
        materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
      },
      { ...base, implementationCode: elsewhere, name: '统计对照事项', department: other },
    ]) {
      expect((await api('POST', '/items', { token: supervisor, body })).status).toBe(201);
    }
    const receive = async (itemCode: string, materials: { code: string; uploadId: string }[] = []) => {
      const res = await api<{ caseNumber: string; state: string }>('POST', '/cases', {
        token: clerk,
        body: { itemCode, applicant: { kind: 'person', name: '卫十三', idNumber: CITIZEN_ID }, materials },
      });
      expect(res.status).toBe(201);
      return res.body;
    };
    const queued = (caseNumber: string) =>
      eventually(`${caseNumber} forwarded`, async () => {
        const c = await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: supervisor });
        return c.body.state === 'pending_acceptance' ? true : undefined;
      });

    const approved = await receive(plain);
    const waiting = await receive(plain);
    const denied = await receive(withMaterial, [{ code: 'ID', uploadId: await uploadScan(clerk) }]);
    const incomplete = await receive(withMaterial);
    const withdrawn = await receive(plain);
    const unrelated = await receive(elsewhere);
    expect(incomplete.state).toBe('incomplete');
    for (const c of [approved, waiting, denied, withdrawn, unrelated]) await queued(c.caseNumber);
    const decide = async (caseNumber: string, outcome: 'approve' | 'deny') => {
      await acceptCase(caseNumber, approver);
      return api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision(outcome, '经审查作出决定，详见决定书。') });
    };
    expect((await decide(approved.caseNumber, 'approve')).status).toBe(200);
    expect((await decide(denied.caseNumber, 'deny')).status).toBe(200);
    expect(
      (await api('POST', `/cases/${withdrawn.caseNumber}/withdraw`, { token: clerk, body: { reason: '申请人不再申请', applicantConfirmed: true } })).status,
    ).toBe(200);

    const today = chinaDay(new Date());
    const ask = (query: string) => api<StatisticsBody>('GET', `/supervision/statistics?${query}`, { token: supervisor });
    const res = await ask(`from=${today}&to=${today}&department=${encodeURIComponent(department)}`);
    expect(res.status).toBe(200);
    expect(res.body.today).toBe(today);
    expect(res.body.openByState).toEqual([
      { department, state: 'incomplete', count: 1 },
      { department, state: 'pending_acceptance', count: 1 },
    ]);
    expect(res.body.overdue).toEqual([]);
    // Decided today within 5 and 3 working days promised: on time, 0 working days after acceptance.
    expect(res.body.total).toEqual({
      open: 2,
      overdue: 0,
      decided: 2,
      decidedOnTime: 2,
      decidedLate: 0,
      onTimeRate: 1,
      averageWorkingDaysToDecide: 0,
      forwarded: 4,
      forwardedInTime: 4,
      forwardingCompliance: 1,
    });
    expect(res.body.byDepartment.map((d) => d.department)).toEqual([department]);
    expect(res.body.byItem.map((i) => [i.itemCode, i.itemName, i.open, i.decided, i.forwarded])).toEqual([
      [plain, '统计测试事项甲', 1, 1, 3],
      [withMaterial, '统计测试事项乙', 1, 1, 1],
    ]);

    // One item only; and the whole centre includes the other department.
    const oneItem = await ask(`from=${today}&to=${today}&itemCode=${withMaterial}`);
    expect(oneItem.body.total).toMatchObject({ open: 1, decided: 1, forwarded: 1, forwardingCompliance: 1 });
    const centre = await ask(`from=${today}&to=${today}`);
    expect(centre.body.byDepartment.map((d) => d.department)).toEqual(expect.arrayContaining([department, other]));
    expect(centre.body.byDepartment.find((d) => d.department === other)).toMatchObject({ open: 1, forwarded: 1 });

    // A range that ended yesterday holds none of today's cases.
    const yesterday = previousDay(today);
    const before = await ask(`from=${yesterday}&to=${yesterday}&department=${encodeURIComponent(department)}`);
    expect(before.body.total).toMatchObject({ open: 0, decided: 0, forwarded: 0 });
    expect(before.body.byItem).toEqual([]);

    const reversed = await api<{ code: string }>('GET', `/supervision/statistics?from=${today}&to=${yesterday}`, { token: supervisor });
    expect([reversed.status, reversed.body.code]).toEqual([400, 'invalid_range']);
    expect((await api('GET', `/supervision/statistics?from=${today}&to=${today}`, { token: approver })).status).toBe(403);
  });
});
