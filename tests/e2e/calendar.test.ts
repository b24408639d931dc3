import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, token } from '#tests/support/client';

describe("a centre's working-day calendar", () => {
  it('lists the years in force, refuses a bad schedule whole, and counts into a year once it is loaded', async () => {
    const centre = `K${randomUUID().slice(0, 5).toUpperCase()}`;
    const supervisor = await token('supervisor', { centre });
    const clerk = await token('intake_clerk', { centre });
    const listed = await api<{ years: { year: number; source: string }[] }>('GET', '/calendar', { token: clerk });
    // The published years ship with the release (chinese-days, 2004–2026).
    expect(listed.body.years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));

    // A 60-working-day promise from today reaches into 2027, which is not loaded: a provisional date.
    const itemCode = `CAL-${randomUUID().slice(0, 8)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: itemCode, name: '日历测试事项', department: '日历局', itemType: 'promised', statutoryDays: 60, promisedDays: 60 },
    });
    const body = { itemCode, applicant: { kind: 'person', name: '卫十三', idNumber: CITIZEN_ID } };
    const before = await api<{ promisedBy?: string; provisional?: boolean }>('POST', '/cases', { token: clerk, body });
    expect(before.status).toBe(201);
    expect(before.body.promisedBy).toMatch(/^2027-/);
    expect(before.body.provisional).toBe(true);

    const bad = await api<{ code: string; details: { problems: string[] } }>('PUT', '/calendar/2027', {
      token: supervisor,
      body: { holidays: ['2027-01-01'], workdays: ['2027-01-05'], source: '测试' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.details.problems).toEqual(['2027-01-05 is a weekday; only weekends can be make-up working days.']);

    // Test data standing in for the State Council's 2027 notice.
    const loaded = await api('PUT', '/calendar/2027', {
      token: supervisor,
      body: { holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], workdays: ['2027-02-13'], source: '测试用日程' },
    });
    expect(loaded.status).toBe(200);
    const after = await api<{ promisedBy?: string; provisional?: boolean }>('POST', '/cases', { token: clerk, body });
    expect(after.body.promisedBy).toMatch(/^2027-/);
    expect(after.body.provisional).toBeUndefined();
    expect((await api('PUT', '/calendar/2027', { token: clerk, body: { holidays: [], workdays: [], source: 'x' } })).status).toBe(403);
  });
});
