import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { registerCase as registration } from '#domain/case/registration';
import { chinaDate } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import * as cases from '#repositories/case-repository';
import { saveItemVersion } from '#repositories/item-repository';
import { api, baseUrl, CITIZEN_ID, eventually, token } from '#tests/support/client';

interface WarningBody {
  caseNumber: string;
  level: string;
  workingDaysLeft: number;
  department: string;
}

describe('电子监察 sweep on the running system', () => {
  it('lights cases yellow near and red past their deadline, puts each new light on the bus, and clears lights of cases that moved on', async () => {
    const department = `监察测试局-${randomUUID().slice(0, 4)}`;
    const item = newItemVersion(
      ServiceItemInputSchema.parse({ basicCode: 'B', implementationCode: `SV-${randomUUID().slice(0, 8)}`, name: '监察测试事项', department, itemType: 'promised', statutoryDays: 5, promisedDays: 1 }),
      undefined,
      'test',
      new Date(),
    );
    await saveItemVersion(item);

    // Yellow: registered through the API today with a one-working-day promise.
    const clerk = await token('intake_clerk');
    const soon = await api<{ caseNumber: string; promisedBy: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: item.implementationCode, applicant: { kind: 'person', name: '冯一', idNumber: CITIZEN_ID } },
    });
    expect(soon.status).toBe(201);

    // Red: a case whose promised day has passed (written as an intake of last week would have).
    const centre = 'HZ';
    const date = chinaDate(new Date());
    const late = await cases.insertNumberedCase(centre, date, (seq) =>
      registration({
        caseNumber: `${centre}${date}${String(9000 + seq).slice(-4)}X`,
        centre,
        item,
        applicant: { kind: 'person', name: '冯*', idNumberMasked: '110***********002X' },
        channel: 'window',
        materials: [],
        promisedBy: '2026-11-02',
        actor: { subject: 'clerk', name: '窗口', role: 'intake_clerk' },
        at: new Date(),
      }),
    );
    if (late.kind !== 'created') throw new Error('not created');
    const approver = await token('approver', { department });
    await eventually('both forwarded', async () => {
      const q = await api<{ cases: unknown[] }>('GET', '/queue?state=pending_acceptance', { token: approver });
      return q.body.cases.length === 2 ? true : undefined;
    });

    const run = await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' });
    expect(run.status).toBe(200);
    const warnings = await api<{ warnings: WarningBody[] }>('GET', '/supervision/warnings', { token: approver });
    expect(warnings.status).toBe(200);
    const byCase = new Map(warnings.body.warnings.map((w) => [w.caseNumber, w]));
    expect(byCase.get(late.record.caseNumber)).toMatchObject({ level: 'red', department });
    expect(byCase.get(late.record.caseNumber)!.workingDaysLeft).toBeLessThan(0);
    expect(byCase.get(soon.body.caseNumber)).toMatchObject({ level: 'yellow', workingDaysLeft: 1 });
    // Red first.
    expect(warnings.body.warnings[0]?.level).toBe('red');

    const events = await api<{ events: { source: string; 'detail-type': string; detail: { caseNumber: string; level: string } }[] }>('GET', '/local/events');
    const mine = events.body.events.filter((e) => e['detail-type'] === 'CaseWarning' && [late.record.caseNumber, soon.body.caseNumber].includes(e.detail.caseNumber));
    expect(mine.map((e) => e.detail.level).sort()).toEqual(['red', 'yellow']);

    // A second sweep raises nothing new.
    await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' });
    const again = await api<{ events: { 'detail-type': string; detail: { caseNumber: string } }[] }>('GET', '/local/events');
    expect(again.body.events.filter((e) => e['detail-type'] === 'CaseWarning' && e.detail.caseNumber === late.record.caseNumber)).toHaveLength(1);

    // Decided: the light goes out.
    const decided = await api('POST', `/cases/${late.record.caseNumber}/review`, {
      token: approver,
      body: { outcome: 'refuse', reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项' },
    });
    expect(decided.status).toBe(200);
    await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' });
    const after = await api<{ warnings: WarningBody[] }>('GET', '/supervision/warnings', { token: approver });
    expect(after.body.warnings.map((w) => w.caseNumber)).not.toContain(late.record.caseNumber);

    const other = await token('approver', { department: '别的局' });
    expect((await api('GET', `/supervision/warnings?department=${encodeURIComponent(department)}`, { token: other })).status).toBe(403);
  });
});
