import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, DEFAULT_CALENDAR, formatDay, isWorkingDay, parseDay, workingDaysBetween } from '#domain/calendar';
import type { Pause } from '#domain/case/records';
import {
  ACCEPTANCE_REVIEW_DAYS,
  acceptanceDay,
  addLimit,
  latestCorrectionDue,
  completeOn,
  deadlineOf,
  pausedDays,
  reviewDueOn,
  reviewPeriodPassed,
  STATUTORY_EXTENSION_DAYS,
  totalPausedDays,
} from '#domain/deadline';
import { APPROVER } from './fixtures';

const cal = DEFAULT_CALENDAR;
/** An instant at `hour` o'clock China time (UTC+8) on a China-local day. */
const china = (day: string, hour = 10) => new Date(parseDay(day).getTime() + (hour - 8) * 3_600_000).toISOString();
const received = (day: string, hour = 10) => ({ receivedAt: china(day, hour) });
const acceptance = (acceptedOn: string) => ({ acceptedOn, acceptedAt: china(acceptedOn), deemed: false, acceptedBy: APPROVER });
const pause = (pausedWorkingDays?: number): Pause => ({
  kind: 'expert_review',
  reason: '专家评审',
  startedAt: china('2026-03-03'),
  startedBy: APPROVER,
  ...(pausedWorkingDays === undefined ? {} : { endedAt: china('2026-03-04'), pausedWorkingDays }),
});

describe('the law’s numbers', () => {
  it('five working days to ask for a correction (第32条); extensions of 10, joint handling 15 (第42条)', () => {
    expect(ACCEPTANCE_REVIEW_DAYS).toBe(5);
    expect(STATUTORY_EXTENSION_DAYS).toEqual({ immediate: 10, promised: 10, reported: 10, joint: 15 });
  });
});

describe('completeOn: the day the application was complete', () => {
  it('is the China-local day of receipt: 00:30 in Beijing is the next day in UTC terms', () => {
    expect(completeOn({ receivedAt: '2026-03-01T16:30:00Z' })).toBe('2026-03-02');
    expect(completeOn({ receivedAt: '2026-03-02T15:59:59Z' })).toBe('2026-03-02');
  });

  it('is the day a window correction was resolved, when there was one', () => {
    const correction = { requestedAt: china('2026-03-02'), problems: [], resolvedAt: china('2026-03-05', 16) };
    expect(completeOn({ receivedAt: china('2026-03-02'), correction })).toBe('2026-03-05');
    expect(completeOn({ receivedAt: china('2026-03-02'), correction: { ...correction, resolvedAt: undefined } })).toBe('2026-03-02');
  });
});

describe('the 5-working-day review period (第32条)', () => {
  it.each([
    // received, last day to ask for a correction, why
    ['2026-03-02', '2026-03-09', 'an ordinary week: Mon → next Mon'],
    ['2025-12-25', '2026-01-04', 'across the year end: Dec 26, 29, 30, 31, then Sunday Jan 4 is a make-up working day'],
    ['2026-02-11', '2026-02-25', 'Spring Festival 2026: Feb 12, 13, Saturday 14 (make-up), then 15–23 off, 24, 25'],
    ['2026-09-28', '2026-10-10', 'National Day 2026: Sep 29, 30, then Oct 1–7 off, 8, 9, Saturday 10 (make-up)'],
    ['2025-09-26', '2025-10-10', 'National Day 2025: Sunday Sep 28 (make-up), 29, 30, then Oct 1–8 off, 9, 10'],
    ['2026-03-07', '2026-03-13', 'received on a Saturday (online): the first working day after it is day 1'],
  ])('received %s: the last day is %s (%s)', (day, last) => {
    expect(reviewDueOn(cal, received(day))).toBe(last);
    expect(reviewPeriodPassed(cal, received(day), last)).toBe(false);
    expect(reviewPeriodPassed(cal, received(day), day)).toBe(false);
    const next = addWorkingDays(cal, last, 1);
    expect(reviewPeriodPassed(cal, received(day), next)).toBe(true);
  });

  it('days off after the last day do not end it early, the next working day does', () => {
    // Received Thu 2025-12-25: last day Sunday 2026-01-04 (make-up); Jan 1–3 are off.
    expect(reviewPeriodPassed(cal, received('2025-12-25'), '2026-01-03')).toBe(false);
    expect(reviewPeriodPassed(cal, received('2025-12-25'), '2026-01-05')).toBe(true);
    // Received Wed 2026-09-30: Oct 1–7 off; Oct 8, 9, Saturday 10 (make-up), 12, 13.
    expect(reviewDueOn(cal, received('2026-09-30'))).toBe('2026-10-13');
    expect(reviewPeriodPassed(cal, received('2026-09-30'), '2026-10-07')).toBe(false);
  });

  it('acceptanceDay: in time, the clock starts today; too late, it is deemed to start on the day of receipt', () => {
    expect(acceptanceDay(cal, received('2026-02-11'), '2026-02-25')).toEqual({ acceptedOn: '2026-02-25', deemed: false });
    expect(acceptanceDay(cal, received('2026-02-11'), '2026-02-26')).toEqual({ acceptedOn: '2026-02-11', deemed: true });
    expect(acceptanceDay(cal, received('2026-02-11'), '2026-02-11')).toEqual({ acceptedOn: '2026-02-11', deemed: false });
    const corrected = {
      ...received('2026-02-11'),
      correction: { requestedAt: china('2026-02-11'), problems: [], resolvedAt: china('2026-02-24') },
    };
    // Complete Tue Feb 24: 25, 26, 27, Saturday 28 (make-up), Mon Mar 2.
    expect(acceptanceDay(cal, corrected, '2026-03-03')).toEqual({ acceptedOn: '2026-02-24', deemed: true });
    expect(acceptanceDay(cal, corrected, '2026-03-02')).toEqual({ acceptedOn: '2026-03-02', deemed: false });
  });
});

describe('pausedDays: working days a special procedure stopped the clock', () => {
  const from = (startedAt: string) => ({ startedAt });

  it('none when it starts and ends the same day, whatever the hours', () => {
    expect(pausedDays(cal, from(china('2026-03-03', 8)), china('2026-03-03', 23))).toBe(0);
  });

  it('counts the working days after the start day up to the end day', () => {
    expect(pausedDays(cal, from(china('2026-03-03')), china('2026-03-05'))).toBe(2);
    expect(pausedDays(cal, from(china('2026-03-06')), china('2026-03-09'))).toBe(1); // Fri → Mon
    expect(pausedDays(cal, from(china('2026-09-30')), china('2026-10-09'))).toBe(2); // National Day off
    expect(pausedDays(cal, from(china('2026-02-13')), china('2026-02-24'))).toBe(2); // make-up Sat 14 and Tue 24
    expect(pausedDays(cal, from(china('2025-12-30')), china('2026-01-05'))).toBe(3); // Dec 31, Sunday Jan 4, Jan 5
  });

  it('uses China-local days: begun 00:30 Saturday Oct 10 (a make-up day) China time, ended Monday Oct 12', () => {
    expect(pausedDays(cal, from('2026-10-09T16:30:00Z'), '2026-10-12T02:00:00Z')).toBe(1);
    expect(pausedDays(cal, from('2026-10-09T15:30:00Z'), '2026-10-12T02:00:00Z')).toBe(2);
  });

  it('totalPausedDays adds the ended procedures and ignores one still open', () => {
    expect(totalPausedDays(undefined)).toBe(0);
    expect(totalPausedDays([])).toBe(0);
    expect(totalPausedDays([pause(2), pause(0), pause(3), pause()])).toBe(5);
  });
});

describe('deadlineOf', () => {
  const facts = (
    acceptedOn: string | undefined,
    promisedDays: number,
    extra: { extension?: number; pauses?: Pause[]; promisedBy?: string } = {},
  ) => ({
    promisedDays,
    promisedBy: extra.promisedBy,
    acceptance: acceptedOn ? acceptance(acceptedOn) : undefined,
    pauses: extra.pauses,
    extension:
      extra.extension === undefined
        ? undefined
        : { days: extra.extension, reason: 'r', approvedBy: '局长', recordedBy: APPROVER, at: china('2026-01-01') },
  });

  it('before acceptance is the provisional date given at intake', () => {
    expect(deadlineOf(cal, facts(undefined, 5, { promisedBy: '2026-03-09' }))).toBe('2026-03-09');
    expect(deadlineOf(cal, facts(undefined, 5))).toBeUndefined();
  });

  type Extra = { extension?: number; pauses?: Pause[] };
  it.each<[string, number, Extra, string, string]>([
    ['2026-03-02', 5, {}, '2026-03-09', 'an ordinary week'],
    ['2025-12-29', 5, {}, '2026-01-06', 'across the year end with the Sunday make-up day'],
    ['2026-02-13', 5, {}, '2026-02-27', 'across Spring Festival 2026'],
    ['2026-02-13', 5, { extension: 1 }, '2026-02-28', 'extended onto the make-up Saturday'],
    ['2026-09-30', 3, {}, '2026-10-10', 'National Day 2026, ending on the make-up Saturday'],
    ['2026-03-02', 0, {}, '2026-03-02', '即办: the same day'],
    [
      '2025-12-29',
      5,
      { extension: 10, pauses: [pause(2), pause(3)] },
      '2026-01-27',
      '5 promised + 10 extended + 2 + 3 paused = 20 working days',
    ],
    [
      '2026-03-02',
      5,
      { pauses: [pause(2), pause(0), pause(1)], extension: 10 },
      '2026-03-26',
      'several pauses, one of them the same day, and an extension',
    ],
    ['2026-03-02', 5, { pauses: [pause(2), pause()] }, '2026-03-11', 'a procedure still open adds nothing yet'],
  ])('accepted %s with %i promised days %o: %s (%s)', (acceptedOn, days, extra, expected) => {
    expect(deadlineOf(cal, facts(acceptedOn, days, extra))).toBe(expected);
  });

  it('counts from the day of receipt when the acceptance is deemed', () => {
    expect(deadlineOf(cal, { ...facts('2026-02-11', 5), acceptance: { ...acceptance('2026-02-11'), deemed: true } })).toBe('2026-02-25');
  });

  it('counts into an unpublished year provisionally, and gives no date past any calendar', () => {
    // Mon 2026-12-28 + 20: 12-29..31 (3), 元旦 off, 01-04..08 (8), 01-11..15 (13), 01-18..22 (18), 01-25, 01-26.
    expect(deadlineOf(cal, facts('2026-12-28', 20))).toBe('2027-01-26');
    expect(deadlineOf(cal, facts('2099-12-28', 20))).toBeUndefined();
    expect(deadlineOf(cal, facts('2026-12-28', 2))).toBe('2026-12-30');
  });

  const day = fc.integer({ min: 0, max: 620 }).map((n) => formatDay(new Date(parseDay('2025-01-01').getTime() + n * 86_400_000)));
  const clock = fc.record({
    acceptedOn: day,
    promisedDays: fc.integer({ min: 0, max: 20 }),
    extension: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
    pauses: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
  });

  it('property: never earlier than the promised days from acceptance, exactly the sum of working days after it, on a working day', () => {
    fc.assert(
      fc.property(clock, ({ acceptedOn, promisedDays, extension, pauses }) => {
        const deadline = deadlineOf(cal, facts(acceptedOn, promisedDays, { extension, pauses: pauses.map((p) => pause(p)) }))!;
        const total = promisedDays + (extension ?? 0) + pauses.reduce((a, b) => a + b, 0);
        expect(deadline >= addWorkingDays(cal, acceptedOn, promisedDays)).toBe(true);
        expect(workingDaysBetween(cal, acceptedOn, deadline)).toBe(total);
        if (total > 0) expect(isWorkingDay(cal, deadline)).toBe(true);
      }),
      { seed: 32, numRuns: 500 },
    );
  });

  it('property: every further working day paused or extended moves the deadline later', () => {
    fc.assert(
      fc.property(clock, fc.integer({ min: 1, max: 5 }), ({ acceptedOn, promisedDays, extension, pauses }, more) => {
        const base = deadlineOf(cal, facts(acceptedOn, promisedDays, { extension, pauses: pauses.map((p) => pause(p)) }))!;
        const paused = deadlineOf(cal, facts(acceptedOn, promisedDays, { extension, pauses: [...pauses, more].map((p) => pause(p)) }))!;
        const sameDay = deadlineOf(cal, facts(acceptedOn, promisedDays, { extension, pauses: [...pauses, 0].map((p) => pause(p)) }))!;
        expect(paused > base).toBe(true);
        expect(sameDay).toBe(base);
        if (extension === undefined)
          expect(deadlineOf(cal, facts(acceptedOn, promisedDays, { extension: more, pauses: pauses.map((p) => pause(p)) }))! > base).toBe(
            true,
          );
      }),
      { seed: 45, numRuns: 500 },
    );
  });
});

describe('natural-day limits at their edges', () => {
  it('takes whole days from 0, ending a limit of 0 on its start even on a day off', () => {
    // Saturday 7 March 2026 + 0 natural days is Saturday 7 March: nothing to count, nothing to move.
    expect(addLimit(DEFAULT_CALENDAR, '2026-03-07', 0, 'natural_day')).toBe('2026-03-07');
    // + 1 is Sunday 8 March, a day off: the period ends on Monday 9 March.
    expect(addLimit(DEFAULT_CALENDAR, '2026-03-07', 1, 'natural_day')).toBe('2026-03-09');
    expect(() => addLimit(DEFAULT_CALENDAR, '2026-03-02', -1, 'natural_day')).toThrow('days must be a whole number ≥ 0, not -1');
    expect(() => addLimit(DEFAULT_CALENDAR, '2026-03-02', 2.5, 'natural_day')).toThrow('days must be a whole number ≥ 0, not 2.5');
  });

  it('gives a correction four weeks where the calendar does not reach 20 working days', () => {
    expect(latestCorrectionDue(DEFAULT_CALENDAR, '2099-12-20')).toBe('2100-01-17');
  });
});
