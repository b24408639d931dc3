import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildCalendar,
  CalendarGapError,
  chinaDay,
  CN_2025,
  CN_2026,
  DEFAULT_CALENDAR,
  isWorkingDay,
  parseDay,
  provisionalSchedule,
  unlessGap,
  workingDaysBetween,
} from '#domain/calendar';

const cal = DEFAULT_CALENDAR;

describe('working days on the 2025–2026 State Council schedules', () => {
  it.each([
    ['2025-01-01', false, 'New Year'],
    ['2025-01-26', true, 'Sunday made a working day before Spring Festival'],
    ['2025-01-28', false, 'Spring Festival eve'],
    ['2025-02-04', false, 'last day of Spring Festival'],
    ['2025-02-08', true, 'Saturday made a working day'],
    ['2025-10-08', false, 'National Day and Mid-Autumn'],
    ['2025-10-11', true, 'Saturday made a working day'],
    ['2026-01-04', true, 'Sunday made a working day after New Year'],
    ['2026-02-14', true, 'Saturday before Spring Festival'],
    ['2026-02-23', false, 'last day of Spring Festival 2026'],
    ['2026-02-24', true, 'back to work'],
    ['2026-02-28', true, 'Saturday made a working day'],
    ['2026-05-09', true, 'Saturday made a working day after Labour Day'],
    ['2026-06-19', false, 'Dragon Boat'],
    ['2026-09-20', true, 'Sunday made a working day before National Day'],
    ['2026-10-07', false, 'National Day'],
    ['2026-11-24', true, 'an ordinary Tuesday'],
    ['2026-11-28', false, 'an ordinary Saturday'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(isWorkingDay(cal, day)).toBe(expected);
  });

  it('has 248 working days in 2025 and in 2026 (261 weekdays, minus weekday holidays, plus make-up days)', () => {
    // 2025: 261 − 18 + 5; 2026: 261 − 19 + 6. Counting starts after 12-31 of the year before,
    // which has no schedule loaded for 2024, so count from Jan 1 and add it back.
    expect(workingDaysBetween(cal, '2025-01-01', '2025-12-31') + (isWorkingDay(cal, '2025-01-01') ? 1 : 0)).toBe(248);
    expect(workingDaysBetween(cal, '2025-12-31', '2026-12-31')).toBe(248);
  });

  it('does not count the acceptance day, counts make-up Saturdays, skips holidays', () => {
    // Accepted Friday 2026-02-13: Sat 14 is a make-up working day (1), then 15–23 off, 24 (2), 25 (3).
    expect(addWorkingDays(cal, '2026-02-13', 3)).toBe('2026-02-25');
    expect(addWorkingDays(cal, '2026-11-24', 0)).toBe('2026-11-24');
    expect(addWorkingDays(cal, '2026-11-24', 5)).toBe('2026-12-01');
  });

  it('crosses the year end', () => {
    // Mon 2025-12-29 + 5: Tue 30, Wed 31, (Jan 1–3 off), Sun Jan 4 is a working day, Mon 5, Tue 6.
    expect(addWorkingDays(cal, '2025-12-29', 5)).toBe('2026-01-06');
  });

  it('is the inverse of workingDaysBetween', () => {
    for (const start of ['2025-01-20', '2025-09-26', '2026-02-10', '2026-09-18']) {
      for (const n of [0, 1, 5, 20, 45]) {
        expect(workingDaysBetween(cal, start, addWorkingDays(cal, start, n))).toBe(n);
      }
    }
  });

  it('counts a year whose schedule is not loaded on its provisional calendar, and refuses past 2099', () => {
    // Mon 12-28 + 10: 12-29..31 (3), 2027-01-01 元旦 off, 01-04..08 (8), 01-11, 01-12.
    expect(addWorkingDays(cal, '2026-12-28', 10)).toBe('2027-01-12');
    const only2025 = buildCalendar([CN_2025]);
    expect(isWorkingDay(only2025, '2026-03-02')).toBe(true); // a Monday
    expect(isWorkingDay(only2025, '2026-02-16')).toBe(false); // 除夕 2026
    expect(isWorkingDay(only2025, '2026-02-14')).toBe(false); // a Saturday: no guessed 调休
    expect(() => addWorkingDays(cal, '2099-12-28', 10)).toThrow(CalendarGapError);
  });

  it('lets a centre replace a year', () => {
    const local = buildCalendar([CN_2025, { ...CN_2026, holidays: [...CN_2026.holidays, '2026-11-24'] }]);
    expect(isWorkingDay(local, '2026-11-24')).toBe(false);
  });

  it('takes the China-local day of an instant', () => {
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(chinaDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay(cal, '2026-02-30')).toThrow();
    expect(() => addWorkingDays(cal, '2026-1-5', 1)).toThrow();
  });
});

describe('a centre loading a year', () => {
  it('replaces or adds years on top of the shipped schedules', async () => {
    const { calendarWith } = await import('#domain/calendar');
    const y2027 = { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'], source: 'test' };
    const cal27 = calendarWith([y2027]);
    expect(isWorkingDay(cal27, '2027-01-01')).toBe(false);
    expect(isWorkingDay(cal27, '2027-01-02')).toBe(true);
    expect(isWorkingDay(cal27, '2026-10-01')).toBe(false); // shipped 2026 still there
    expect(addWorkingDays(cal27, '2026-12-30', 2)).toBe('2027-01-02');
  });

  it('lists every problem of a schedule before it is loaded', async () => {
    const { scheduleProblems } = await import('#domain/calendar');
    expect(
      scheduleProblems({
        year: 2027,
        holidays: ['2027-02-06', '2027-02-06', '2026-12-31', '2027-13-01'],
        workdays: ['2027-02-03'],
        source: 's',
      }),
    ).toEqual([
      '2027-02-06 is listed twice.',
      '2026-12-31 is not in 2027.',
      '2027-13-01 is not a date (YYYY-MM-DD).',
      '2027-02-03 is a weekday; only weekends can be make-up working days.',
    ]);
    expect(scheduleProblems(CN_2026)).toEqual([]);
    expect(scheduleProblems(CN_2025)).toEqual([]);
  });
});

describe('days, gaps and provisional years at their edges', () => {
  it('reads only a whole YYYY-MM-DD day that exists, saying which was wrong', () => {
    expect(parseDay('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(() => parseDay('x2026-03-01')).toThrow('Not a YYYY-MM-DD date: x2026-03-01');
    expect(() => parseDay('2026-03-01x')).toThrow('Not a YYYY-MM-DD date: 2026-03-01x');
    expect(() => parseDay('2026-3-1')).toThrow('Not a YYYY-MM-DD date: 2026-3-1');
    expect(() => parseDay('2026-02-29')).toThrow('Not a calendar date: 2026-02-29');
  });

  it('counts whole days from 0 on, and refuses a negative or a fractional count', () => {
    expect(addWorkingDays(DEFAULT_CALENDAR, '2026-03-02', 0)).toBe('2026-03-02');
    expect(() => addWorkingDays(DEFAULT_CALENDAR, '2026-03-02', -1)).toThrow('days must be a whole number ≥ 0, not -1');
    expect(() => addWorkingDays(DEFAULT_CALENDAR, '2026-03-02', 1.5)).toThrow('days must be a whole number ≥ 0, not 1.5');
  });

  it('a year beyond any calendar is a named gap that unlessGap turns into no answer; other errors still surface', () => {
    const gap = (() => {
      try {
        provisionalSchedule(2100);
      } catch (error) {
        return error;
      }
    })();
    expect(gap).toBeInstanceOf(CalendarGapError);
    expect(gap).toMatchObject({
      name: 'CalendarGapError',
      year: 2100,
      message: 'Working days in 2100 cannot be counted: no schedule is loaded and no provisional calendar exists for that year.',
    });
    expect(unlessGap(() => provisionalSchedule(2100))).toBeUndefined();
    expect(() => unlessGap(() => parseDay('not a day'))).toThrow('Not a YYYY-MM-DD date: not a day');
  });

  it('has provisional calendars from 2004 to 2099: statutory holidays, no make-up days, and a source that says so', () => {
    expect(() => provisionalSchedule(2003)).toThrow(CalendarGapError);
    expect(provisionalSchedule(2004).year).toBe(2004);
    expect(provisionalSchedule(2099).year).toBe(2099);
    const y2030 = provisionalSchedule(2030);
    expect(y2030.workdays).toEqual([]);
    expect(y2030.holidays).toContain('2030-10-01');
    expect(y2030.source).toBe('暂定：《全国年节及纪念日放假办法》法定节假日（2030年安排未公布，不含调休）');
  });
});
