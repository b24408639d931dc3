import { describe, expect, it } from 'vitest';
import { chinaDay } from '#domain/calendar';
import type { Figures } from '#domain/statistics';
import { api } from '#tests/support/client';
import { anApprover, anIntakeClerk, anItem, aPerson, aSupervisor, caseReaches, ID_CARD, unique } from '#tests/support/stories';

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
    const department = unique('统计测试局', 4);
    const other = unique('统计对照局', 4);
    const chief = await aSupervisor();
    const supervisor = chief.token;
    const clerk = await anIntakeClerk();
    const approver = await anApprover(department);
    const promised = { statutoryDays: 20, promisedDays: 5 };
    const plain = (await chief.publishes(anItem({ ...promised, name: '统计测试事项甲', department }))).implementationCode;
    const withMaterial = (
      await chief.publishes(anItem({ ...promised, name: '统计测试事项乙', department, promisedDays: 3, materials: [ID_CARD] }))
    ).implementationCode;
    const elsewhere = (await chief.publishes(anItem({ ...promised, name: '统计对照事项', department: other }))).implementationCode;
    const receive = async (itemCode: string, scans: string[] = []) => {
      const res = await clerk.registers(itemCode, { applicant: aPerson('卫十三'), scans });
      expect(res.status).toBe(201);
      return res.body;
    };
    const queued = (caseNumber: string) => caseReaches(caseNumber, 'pending_acceptance', supervisor);

    const approved = await receive(plain);
    const waiting = await receive(plain);
    const denied = await receive(withMaterial, ['ID']);
    const incomplete = await receive(withMaterial);
    const withdrawn = await receive(plain);
    const unrelated = await receive(elsewhere);
    expect(incomplete.state).toBe('incomplete');
    for (const c of [approved, waiting, denied, withdrawn, unrelated]) await queued(c.caseNumber);
    await approver.accepts(approved.caseNumber);
    expect((await approver.approves(approved.caseNumber, '经审查作出决定，详见决定书。')).state).toBe('approved');
    await approver.accepts(denied.caseNumber);
    expect((await approver.denies(denied.caseNumber, '经审查作出决定，详见决定书。')).state).toBe('denied');
    expect(
      (
        await api('POST', `/cases/${withdrawn.caseNumber}/withdraw`, {
          token: clerk.token,
          body: { reason: '申请人不再申请', applicantConfirmed: true },
        })
      ).status,
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
      // Five received today in this department (the sixth is the other department's).
      received: 5,
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
    // Items are listed by implementation code, which the catalog assigns at random here.
    const expectedItems: [string, string, number, number, number][] = [
      [plain, '统计测试事项甲', 1, 1, 3],
      [withMaterial, '统计测试事项乙', 1, 1, 1],
    ];
    expect(res.body.byItem.map((i) => [i.itemCode, i.itemName, i.open, i.decided, i.forwarded])).toEqual(
      expectedItems.sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );

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
    expect((await api('GET', `/supervision/statistics?from=${today}&to=${today}`, { token: approver.token })).status).toBe(403);
  });
});
