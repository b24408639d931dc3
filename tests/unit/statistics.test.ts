import { describe, expect, it } from 'vitest';
import { buildCalendar, CN_2026, DEFAULT_CALENDAR } from '#domain/calendar';
import {
  assertRange,
  caseFacts,
  isOpen,
  monthsBetween,
  pausedWorkingDays,
  settledOn,
  SETTLED_STATES,
  statistics,
  workingDaysToDecide,
  type CaseFacts,
} from '#domain/statistics';
import { registered, thrown } from './fixtures';

/** A case as statistics see it; times are written as China-local (+08:00) so the days are plain. */
function facts(caseNumber: string, overrides: Partial<CaseFacts> & { decidedOn?: string; forwardedOn?: string } = {}): CaseFacts {
  const { decidedOn, forwardedOn, ...rest } = overrides;
  return {
    caseNumber,
    centre: 'HZ',
    department: '人社局',
    itemCode: 'RS-1',
    itemName: '失业保险金申领',
    state: 'pending_acceptance',
    receivedAt: '2026-03-02T09:00:00+08:00',
    ...(decidedOn ? { decision: { outcome: 'approve', decidedAt: `${decidedOn}T10:00:00+08:00` } } : {}),
    ...(forwardedOn ? { forwardedAt: `${forwardedOn}T09:10:00+08:00`, forwarding: { minutes: 10, limitMinutes: 15, late: false } } : {}),
    ...rest,
  };
}

describe('open and settled states', () => {
  it('counts every state awaiting a decision as open, including states it has never heard of', () => {
    for (const state of [
      'incomplete',
      'registered',
      'pending_acceptance',
      'pending_acceptance',
      'supplement_requested',
      'accepted',
      'special_procedure',
      'reported',
    ]) {
      expect(isOpen(state), state).toBe(true);
    }
    for (const state of [
      'approved',
      'denied',
      'not_accepted',
      'result_ready',
      'mailed',
      'delivered',
      'closed',
      'withdrawn',
      'terminated',
    ]) {
      expect(isOpen(state), state).toBe(false);
    }
    expect(SETTLED_STATES).toHaveLength(9);
  });

  it('files a settled case under its decision day (China time), else the day it settled; an open one under none', () => {
    expect(settledOn(facts('A'), '2026-03-05T01:00:00Z')).toBeUndefined();
    const decided = facts('B', { state: 'closed', decision: { outcome: 'deny', decidedAt: '2026-03-31T17:00:00Z' } });
    // 17:00 UTC on 31 March is 1 April in China; a later write (closing) does not move it.
    expect(settledOn(decided, '2026-05-06T02:00:00Z')).toBe('2026-04-01');
    expect(settledOn(facts('C', { state: 'withdrawn' }), '2026-03-04T20:00:00Z')).toBe('2026-03-05');
  });

  it('projects a case to the facts statistics need, without personal data or materials', () => {
    const record = {
      ...registered(),
      decision: {
        outcome: 'approve' as const,
        opinion: '同意',
        decidedAt: '2026-03-03T02:00:00Z',
        decidedBy: { subject: 'a', name: '李*', role: 'approver' as const },
      },
    };
    const projected = caseFacts(record);
    expect(projected.decision).toEqual({ outcome: 'approve', decidedAt: '2026-03-03T02:00:00Z' });
    expect(Object.keys(projected)).not.toContain('applicant');
    expect(Object.keys(projected)).not.toContain('materials');
    expect(Object.values(projected)).not.toContain(undefined);
    expect(projected).toMatchObject({ caseNumber: record.caseNumber, department: '人社局', state: 'registered' });
  });
});

describe('date ranges', () => {
  it('lists the months of a range across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('refuses a reversed range, one over a year, and days that do not exist', () => {
    expect(thrown(() => assertRange('2026-03-02', '2026-03-01')).code).toBe('invalid_range');
    expect(thrown(() => assertRange('2025-01-01', '2026-01-02')).code).toBe('range_too_long');
    expect(thrown(() => assertRange('2026-02-30', '2026-03-01')).code).toBe('invalid_date');
    expect(() => assertRange('2025-01-01', '2026-01-01')).not.toThrow();
    expect(() => assertRange('2026-03-01', '2026-03-01')).not.toThrow();
  });

  it('says what is wrong with a range, with the days in the details', () => {
    expect(thrown(() => assertRange('2026-03-02', '2026-03-01'))).toMatchObject({
      message: 'The range starts (2026-03-02) after it ends (2026-03-01).',
      details: { from: '2026-03-02', to: '2026-03-01' },
    });
    expect(thrown(() => assertRange('2025-01-01', '2026-01-02'))).toMatchObject({
      message: 'A range covers at most 366 days; 2025-01-01 to 2026-01-02 is 367. Ask year by year.',
      details: { from: '2025-01-01', to: '2026-01-02' },
    });
    expect(thrown(() => assertRange('2026-03-01', '2026-02-30'))).toMatchObject({
      message: '2026-02-30 is not a calendar date.',
      details: { date: '2026-02-30' },
    });
  });
});

describe('working days to decide', () => {
  it('counts from 受理 over the new year: 1–3 January off, Sunday 4 January 2026 a make-up working day', () => {
    const c = facts('A', {
      acceptance: { acceptedOn: '2025-12-30', acceptedAt: '2025-12-30T10:00:00+08:00', deemed: false },
      decidedOn: '2026-01-05',
    });
    // 31 Dec, 4 Jan (调休), 5 Jan.
    expect(workingDaysToDecide(DEFAULT_CALENDAR, c)).toBe(3);
  });

  it('skips the Spring Festival and counts its make-up Saturday', () => {
    const c = facts('A', {
      acceptance: { acceptedOn: '2026-02-12', acceptedAt: '2026-02-12T10:00:00+08:00', deemed: true },
      decidedOn: '2026-02-26',
    });
    // 13 Feb, 14 Feb (调休), then 24–26 Feb after 15–23 off.
    expect(workingDaysToDecide(DEFAULT_CALENDAR, c)).toBe(5);
  });

  it('falls back to the China day the case was received when acceptance was not recorded', () => {
    // 17:30 UTC on 1 March is 01:30 on 2 March in China.
    const c = facts('A', { receivedAt: '2026-03-01T17:30:00Z', decidedOn: '2026-03-03' });
    expect(workingDaysToDecide(DEFAULT_CALENDAR, c)).toBe(1);
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('B'))).toBeUndefined();
  });

  it('leaves out working days in special procedures: counted, recorded, still running, or begun before acceptance', () => {
    const base = {
      acceptance: { acceptedOn: '2026-03-02', acceptedAt: '2026-03-02T10:00:00+08:00', deemed: false },
      decidedOn: '2026-03-20',
    };
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('A', base))).toBe(14);
    const hearing = { kind: 'hearing', reason: '听证', startedAt: '2026-03-05T15:00:00+08:00', endedAt: '2026-03-12T11:00:00+08:00' };
    // 6, 9, 10, 11, 12 March.
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('A', { ...base, pauses: [hearing] }))).toBe(9);
    const recorded = {
      kind: 'test',
      reason: '检测',
      startedAt: '2026-03-16T09:00:00+08:00',
      endedAt: '2026-03-17T09:00:00+08:00',
      pausedWorkingDays: 2,
    };
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('A', { ...base, pauses: [hearing, recorded] }))).toBe(7);
    const running = { kind: 'expert', reason: '专家评审', startedAt: '2026-03-18T09:00:00+08:00' };
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('A', { ...base, pauses: [running] }))).toBe(12);
    const early = { kind: 'survey', reason: '勘验', startedAt: '2026-02-25T09:00:00+08:00', endedAt: '2026-03-04T09:00:00+08:00' };
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('A', { ...base, pauses: [early] }))).toBe(12);
    const whole = { kind: 'hearing', reason: '听证', startedAt: '2026-03-01T09:00:00+08:00', endedAt: '2026-03-31T09:00:00+08:00' };
    expect(workingDaysToDecide(DEFAULT_CALENDAR, facts('A', { ...base, pauses: [whole, recorded] }))).toBe(0);
  });

  it('counts an unpublished year provisionally, and not at all past any calendar', () => {
    const c = facts('A', {
      acceptance: { acceptedOn: '2026-12-28', acceptedAt: '2026-12-28T10:00:00+08:00', deemed: false },
      decidedOn: '2027-01-05',
    });
    // 12-29, 12-30, 12-31, (元旦), 01-04, 01-05
    expect(workingDaysToDecide(DEFAULT_CALENDAR, c)).toBe(5);
    const far = facts('A', {
      acceptance: { acceptedOn: '2099-12-28', acceptedAt: '2099-12-28T10:00:00+08:00', deemed: false },
      decidedOn: '2100-01-05',
    });
    expect(workingDaysToDecide(DEFAULT_CALENDAR, far)).toBeUndefined();
    expect(workingDaysToDecide(buildCalendar([CN_2026]), facts('B', { decidedOn: '2026-03-03' }))).toBe(1);
  });
});

describe('statistics over a range', () => {
  const range = { from: '2026-03-01', to: '2026-03-15', today: '2026-03-16' };
  const cases: CaseFacts[] = [
    // Open and overdue: promised by Monday 9 March; today 16 March is 5 working days later.
    facts('A', { promisedBy: '2026-03-09', forwardedOn: '2026-03-02' }),
    // Open, in time.
    facts('B', { state: 'registered', receivedAt: '2026-03-10T09:00:00+08:00', promisedBy: '2026-03-20' }),
    // Open in a state added later by the lifecycle; received before the range: still the backlog.
    facts('S', { state: 'special_procedure', receivedAt: '2026-02-20T09:00:00+08:00', promisedBy: '2026-03-27' }),
    // Decided on time; forwarded in time.
    facts('C', {
      itemCode: 'RS-2',
      itemName: '就业登记',
      state: 'approved',
      promisedBy: '2026-03-06',
      decidedOn: '2026-03-05',
      forwardedOn: '2026-03-02',
    }),
    // Decided late (11 March promised, 12 March decided); its forwarding was late too.
    {
      ...facts('D', { itemCode: 'RS-2', itemName: '就业登记', state: 'closed', promisedBy: '2026-03-11', decidedOn: '2026-03-12' }),
      forwardedAt: '2026-03-02T09:30:00+08:00',
      forwarding: { minutes: 30, limitMinutes: 15, late: true },
    },
    // Decided in range without a promised day: decided, but neither on time nor late.
    facts('H', { itemCode: 'RS-2', itemName: '就业登记', state: 'denied', decidedOn: '2026-03-03' }),
    // Another department: decided before the range (not counted), and a withdrawal forwarded in range.
    facts('E', {
      department: '民政局',
      itemCode: 'MZ-1',
      itemName: '低保申请',
      state: 'closed',
      promisedBy: '2026-03-02',
      decidedOn: '2026-02-27',
      forwardedOn: '2026-02-26',
    }),
    facts('F', { department: '民政局', itemCode: 'MZ-1', itemName: '低保申请', state: 'withdrawn', forwardedOn: '2026-03-03' }),
    // Received after the range: not part of it.
    facts('G', {
      department: '民政局',
      itemCode: 'MZ-2',
      itemName: '婚姻登记',
      receivedAt: '2026-03-16T09:00:00+08:00',
      promisedBy: '2026-03-17',
    }),
    // Read twice (open partition and a month partition while it moved): counted once.
    facts('A', { promisedBy: '2026-03-09', forwardedOn: '2026-03-02' }),
  ];

  it('gives the backlog by department and state, the overdue list, and the figures of the range', () => {
    const s = statistics(cases, range, DEFAULT_CALENDAR);
    expect(s.openByState).toEqual([
      { department: '人社局', state: 'pending_acceptance', count: 1 },
      { department: '人社局', state: 'registered', count: 1 },
      { department: '人社局', state: 'special_procedure', count: 1 },
    ]);
    expect(s.overdue).toEqual([
      {
        caseNumber: 'A',
        department: '人社局',
        itemCode: 'RS-1',
        itemName: '失业保险金申领',
        state: 'pending_acceptance',
        promisedBy: '2026-03-09',
        workingDaysOverdue: 5,
      },
    ]);
    expect(s.total).toEqual({
      // Received 2 to 10 March: A, B, C, D, H, E, F (S before the range, G after it).
      received: 7,
      open: 3,
      overdue: 1,
      decided: 3,
      decidedOnTime: 1,
      decidedLate: 1,
      onTimeRate: 0.5,
      // C: 3 working days (2 → 5 March), D: 8 (2 → 12 March), H: 1.
      averageWorkingDaysToDecide: 4,
      forwarded: 4,
      forwardedInTime: 3,
      forwardingCompliance: 0.75,
    });
    expect(s.byDepartment.map((d) => [d.department, d.open, d.decided, d.forwarded, d.forwardedInTime, d.forwardingCompliance])).toEqual([
      ['人社局', 3, 3, 3, 2, 0.667],
      ['民政局', 0, 0, 1, 1, 1],
    ]);
    expect(
      s.byItem.map((i) => [i.department, i.itemCode, i.itemName, i.open, i.overdue, i.decided, i.onTimeRate, i.averageWorkingDaysToDecide]),
    ).toEqual([
      ['人社局', 'RS-1', '失业保险金申领', 3, 1, 0, null, null],
      ['人社局', 'RS-2', '就业登记', 0, 0, 3, 0.5, 4],
      ['民政局', 'MZ-1', '低保申请', 0, 0, 0, null, null],
    ]);
    expect(s).toMatchObject(range);
  });

  it('judges days in China time: decided at 00:30 on the day after the promised day is late', () => {
    const late = facts('L', {
      state: 'approved',
      promisedBy: '2026-03-10',
      decision: { outcome: 'approve', decidedAt: '2026-03-10T16:30:00Z' },
    });
    const onTime = facts('O', {
      state: 'approved',
      promisedBy: '2026-03-10',
      decision: { outcome: 'approve', decidedAt: '2026-03-10T15:30:00Z' },
    });
    expect(statistics([late, onTime], range, DEFAULT_CALENDAR).total).toMatchObject({ decided: 2, decidedOnTime: 1, decidedLate: 1 });
  });

  it('counts a range across the year end and its holidays', () => {
    const c = facts('Y', {
      state: 'approved',
      acceptance: { acceptedOn: '2025-12-30', acceptedAt: '2025-12-30T10:00:00+08:00', deemed: false },
      promisedBy: '2026-01-05',
      decidedOn: '2026-01-05',
    });
    const s = statistics([c], { from: '2025-12-15', to: '2026-01-15', today: '2026-01-20' }, DEFAULT_CALENDAR);
    expect(s.total).toMatchObject({ decided: 1, decidedOnTime: 1, onTimeRate: 1, averageWorkingDaysToDecide: 3 });
  });

  it('narrows to one department or one item', () => {
    const byDepartment = statistics(cases, { ...range, department: '民政局' }, DEFAULT_CALENDAR);
    expect(byDepartment.byDepartment.map((d) => d.department)).toEqual(['民政局']);
    expect(byDepartment.total).toMatchObject({ open: 0, forwarded: 1, decided: 0 });
    const byItem = statistics(cases, { ...range, itemCode: 'RS-2' }, DEFAULT_CALENDAR);
    expect(byItem.byItem.map((i) => i.itemCode)).toEqual(['RS-2']);
    expect(byItem.total).toMatchObject({ open: 0, decided: 3, forwarded: 2, forwardingCompliance: 0.5 });
    expect(byItem.overdue).toEqual([]);
  });

  it('answers an empty range with zeros and no rates rather than dividing by zero', () => {
    const s = statistics([], range, DEFAULT_CALENDAR);
    expect(s.total).toEqual({
      received: 0,
      open: 0,
      overdue: 0,
      decided: 0,
      decidedOnTime: 0,
      decidedLate: 0,
      onTimeRate: null,
      averageWorkingDaysToDecide: null,
      forwarded: 0,
      forwardedInTime: 0,
      forwardingCompliance: null,
    });
    expect([s.byDepartment, s.byItem, s.openByState, s.overdue]).toEqual([[], [], [], []]);
  });

  it('counts a decision the calendar cannot measure as decided, without an average of working days', () => {
    const far = facts('F', { state: 'approved', receivedAt: '2100-01-04T09:00:00+08:00', decidedOn: '2100-01-05' });
    const s = statistics([far], { from: '2100-01-01', to: '2100-01-10', today: '2100-01-11' }, DEFAULT_CALENDAR);
    expect(s.total).toMatchObject({ decided: 1, averageWorkingDaysToDecide: null });
  });

  it('still lists an overdue case when the calendar cannot count how late it is', () => {
    const s = statistics(
      [facts('A', { promisedBy: '2099-12-30' })],
      { from: '2100-01-01', to: '2100-01-10', today: '2100-01-11' },
      DEFAULT_CALENDAR,
    );
    expect(s.overdue).toEqual([expect.objectContaining({ caseNumber: 'A', promisedBy: '2099-12-30' })]);
    expect(s.overdue[0]).not.toHaveProperty('workingDaysOverdue');
  });
});

describe('statistics: order and what appears', () => {
  const range = { from: '2026-03-01', to: '2026-03-15', today: '2026-03-16' };
  const later = '2026-03-16T09:00:00+08:00';
  const before = '2026-02-20T09:00:00+08:00';
  const housing = { department: '住建局', itemCode: 'ZJ-1', itemName: '房屋登记' };
  const police = { department: '公安局', itemName: '户口迁移' };
  const tax = { department: '税务局', itemCode: 'SW-1', itemName: '税务登记' };
  // In an order no list should keep: departments, items, states and overdue cases all come unsorted.
  const cases: CaseFacts[] = [
    // 住建局: one open and overdue from before the range, one decided in it, one due today (not overdue), one after it.
    facts('Z1', { ...housing, receivedAt: before, promisedBy: '2026-03-09' }),
    facts('Z2', { ...housing, receivedAt: before, state: 'approved', decidedOn: '2026-03-05' }),
    facts('Z4', { ...housing, receivedAt: before, promisedBy: '2026-03-16' }),
    facts('Z3', { ...housing, receivedAt: later }),
    // 税务局: received before the range, forwarded and decided in it (on its last day); then one after it.
    facts('T1', { ...tax, receivedAt: before, state: 'approved', forwardedOn: '2026-03-02', decidedOn: '2026-03-15' }),
    facts('T2', { ...tax, receivedAt: later }),
    // 公安局: received on the range's last day (registered) and on its first day (overdue); then one after it.
    facts('P3', { ...police, itemCode: 'GA-2', state: 'registered', receivedAt: '2026-03-15T09:00:00+08:00', promisedBy: '2026-03-09' }),
    facts('P1', { ...police, itemCode: 'GA-1', receivedAt: '2026-03-01T09:00:00+08:00', promisedBy: '2026-03-05' }),
    facts('P2', { ...police, itemCode: 'GA-1', receivedAt: later }),
    // 国土局 has nothing in the range: it does not appear.
    facts('G1', { department: '国土局', itemCode: 'GT-1', itemName: '土地登记', receivedAt: later }),
  ];

  it('sorts departments, items, states and overdue cases, and leaves out those with nothing in the range', () => {
    const s = statistics(cases, range, DEFAULT_CALENDAR);
    expect(s.byDepartment.map((d) => [d.department, d.received, d.open, d.decided, d.forwarded])).toEqual([
      ['住建局', 0, 2, 1, 0],
      ['公安局', 2, 2, 0, 0],
      ['税务局', 0, 0, 1, 1],
    ]);
    expect(s.byItem.map((i) => [i.department, i.itemCode, i.received, i.open, i.decided, i.forwarded])).toEqual([
      ['住建局', 'ZJ-1', 0, 2, 1, 0],
      ['公安局', 'GA-1', 1, 1, 0, 0],
      ['公安局', 'GA-2', 1, 1, 0, 0],
      ['税务局', 'SW-1', 0, 0, 1, 1],
    ]);
    expect(s.openByState).toEqual([
      { department: '住建局', state: 'pending_acceptance', count: 2 },
      { department: '公安局', state: 'pending_acceptance', count: 1 },
      { department: '公安局', state: 'registered', count: 1 },
    ]);
    // By promised day, then case number; Z4 is due today, not overdue.
    expect(s.overdue.map((o) => [o.caseNumber, o.promisedBy])).toEqual([
      ['P1', '2026-03-05'],
      ['P3', '2026-03-09'],
      ['Z1', '2026-03-09'],
    ]);
    expect(s.total).toMatchObject({ received: 2, open: 4, overdue: 3, decided: 2, forwarded: 1 });
  });
});

describe('paused working days', () => {
  it('counts a pause only inside the span asked about, from its start or the span’s, to its end or the span’s', () => {
    const pause = (startedAt: string, endedAt?: string) => ({ kind: 'testing', reason: '检测', startedAt, endedAt });
    // Monday 2 to Friday 6 March 2026: 4 working days; the pause ran on to 20 March.
    expect(
      pausedWorkingDays(DEFAULT_CALENDAR, [pause('2026-03-02T09:00:00+08:00', '2026-03-20T09:00:00+08:00')], '2026-03-02', '2026-03-06'),
    ).toBe(4);
    // Begun before the span (26 February): counted from the span's start.
    expect(
      pausedWorkingDays(DEFAULT_CALENDAR, [pause('2026-02-26T09:00:00+08:00', '2026-03-04T09:00:00+08:00')], '2026-03-02', '2026-03-06'),
    ).toBe(2);
    // Still running: up to the span's end.
    expect(pausedWorkingDays(DEFAULT_CALENDAR, [pause('2026-03-03T09:00:00+08:00')], '2026-03-02', '2026-03-06')).toBe(3);
  });
});
