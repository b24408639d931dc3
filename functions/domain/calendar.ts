/**
 * Working-day calendar (工作日): limits under the Administrative Licensing Law are counted in working
 * days — weekends and statutory holidays excluded, make-up working days (调休上班) included. The
 * holiday schedule is data per year, published by the State Council each winter; a centre can
 * replace it. Dates are China-local calendar days written `YYYY-MM-DD`.
 */
export interface HolidaySchedule {
  year: number;
  /** 法定节假日及调休放假: days off that would otherwise be working days, and the weekend days inside them. */
  holidays: string[];
  /** 调休上班: weekend days that are working days. */
  workdays: string[];
  source: string;
}

export interface WorkingCalendar {
  years: ReadonlyMap<number, HolidaySchedule>;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let d = parseDay(from); d <= parseDay(to); d = new Date(d.getTime() + 86_400_000)) days.push(formatDay(d));
  return days;
};

/** 国办发明电〔2024〕12号 */
export const CN_2025: HolidaySchedule = {
  year: 2025,
  holidays: [
    '2025-01-01',
    ...range('2025-01-28', '2025-02-04'),
    ...range('2025-04-04', '2025-04-06'),
    ...range('2025-05-01', '2025-05-05'),
    ...range('2025-05-31', '2025-06-02'),
    ...range('2025-10-01', '2025-10-08'),
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
};

/** 国办发明电〔2025〕7号 */
export const CN_2026: HolidaySchedule = {
  year: 2026,
  holidays: [
    ...range('2026-01-01', '2026-01-03'),
    ...range('2026-02-15', '2026-02-23'),
    ...range('2026-04-04', '2026-04-06'),
    ...range('2026-05-01', '2026-05-05'),
    ...range('2026-06-19', '2026-06-21'),
    ...range('2026-09-25', '2026-09-27'),
    ...range('2026-10-01', '2026-10-07'),
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
};

export function buildCalendar(schedules: HolidaySchedule[]): WorkingCalendar {
  return {
    years: new Map(schedules.map((s) => [s.year, s])),
    holidays: new Set(schedules.flatMap((s) => s.holidays)),
    workdays: new Set(schedules.flatMap((s) => s.workdays)),
  };
}

export const DEFAULT_CALENDAR = buildCalendar([CN_2025, CN_2026]);

export function parseDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a YYYY-MM-DD date: ${day}`);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || formatDay(date) !== day) throw new Error(`Not a calendar date: ${day}`);
  return date;
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The China-local calendar day of an instant. */
export function chinaDay(at: Date): string {
  return formatDay(new Date(at.getTime() + 8 * 3_600_000));
}

export class CalendarGapError extends Error {
  constructor(readonly year: number) {
    super(`The holiday schedule for ${year} is not loaded; working days in ${year} cannot be counted.`);
    this.name = 'CalendarGapError';
  }
}

/** The count, or undefined when it runs into a year whose schedule is not loaded. */
export function unlessGap<T>(count: () => T): T | undefined {
  try {
    return count();
  } catch (error) {
    if (error instanceof CalendarGapError) return undefined;
    throw error;
  }
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  const date = parseDay(day);
  // Counting into a year without its schedule would silently ignore its holidays: refuse instead.
  if (!calendar.years.has(date.getUTCFullYear())) throw new CalendarGapError(date.getUTCFullYear());
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day on which a limit of `days` working days counted from `start` ends: the first working day
 * after `start` is day 1 (the day of acceptance itself is not counted). With `days` = 0, the start
 * day itself (即办: same day).
 */
export function addWorkingDays(calendar: WorkingCalendar, start: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`days must be a whole number ≥ 0, not ${days}`);
  let date = parseDay(start);
  for (let counted = 0; counted < days; ) {
    date = new Date(date.getTime() + 86_400_000);
    if (isWorkingDay(calendar, formatDay(date))) counted++;
  }
  return formatDay(date);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let date = parseDay(from); formatDay(date) < to; ) {
    date = new Date(date.getTime() + 86_400_000);
    if (isWorkingDay(calendar, formatDay(date))) count++;
  }
  return count;
}

/** The State Council schedules this release ships; a centre's own years replace them year by year. */
export const SHIPPED_SCHEDULES: readonly HolidaySchedule[] = [CN_2025, CN_2026];

export function calendarWith(overrides: HolidaySchedule[]): WorkingCalendar {
  const years = new Map(SHIPPED_SCHEDULES.map((s) => [s.year, s]));
  for (const o of overrides) years.set(o.year, o);
  return buildCalendar([...years.values()]);
}

/**
 * Checks a year's schedule before a centre loads it: every date in that year, none listed twice,
 * make-up working days only on weekends, holidays only on days that are otherwise working days
 * or the weekends inside a holiday run. Returns every problem found.
 */
export function scheduleProblems(schedule: HolidaySchedule): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [list, kind] of [
    [schedule.holidays, 'holiday'],
    [schedule.workdays, 'make-up working day'],
  ] as const) {
    for (const day of list) {
      let date: Date;
      try {
        date = parseDay(day);
      } catch {
        problems.push(`${day} is not a date (YYYY-MM-DD).`);
        continue;
      }
      if (date.getUTCFullYear() !== schedule.year) problems.push(`${day} is not in ${schedule.year}.`);
      if (seen.has(day)) problems.push(`${day} is listed twice.`);
      seen.add(day);
      const weekday = date.getUTCDay();
      if (kind === 'make-up working day' && weekday !== 0 && weekday !== 6) problems.push(`${day} is a weekday; only weekends can be make-up working days.`);
    }
  }
  return problems;
}
