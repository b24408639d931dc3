/**
 * Working-day calendar (工作日): limits under the Administrative Licensing Law are counted in working
 * days — weekends and statutory holidays excluded, make-up working days (调休上班) included. The
 * holiday schedule is data per year, published by the State Council each winter; a centre can
 * replace it. Dates are China-local calendar days written `YYYY-MM-DD`.
 */
import published from 'chinese-days/dist/chinese-days.json';
import { PROVISIONAL_YEARS, statutoryHolidays } from './provisional-calendar';

export interface HolidaySchedule {
  year: number;
  /** 法定节假日及调休放假: days off that would otherwise be working days, and the weekend days inside them. */
  holidays: string[];
  /** 调休上班: weekend days that are working days. */
  workdays: string[];
  source: string;
}

/**
 * The official years (each State Council schedule, shipped or loaded by the centre). A year not among
 * them is counted on its provisional calendar (statutory holidays and weekends, see provisional-calendar.ts).
 */
export interface WorkingCalendar {
  years: ReadonlyMap<number, HolidaySchedule>;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const PUBLISHED_SOURCE = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知（npm chinese-days 数据）`;

/**
 * The State Council schedules published so far, from the maintained `chinese-days` dataset (a new
 * official year arrives with a package update). Its holidays include the weekend days inside each run.
 */
export const SHIPPED_SCHEDULES: readonly HolidaySchedule[] = (() => {
  const years = new Map<number, HolidaySchedule>();
  const yearOf = (day: string) => {
    const year = Number(day.slice(0, 4));
    let schedule = years.get(year);
    if (!schedule) {
      schedule = { year, holidays: [], workdays: [], source: PUBLISHED_SOURCE(year) };
      years.set(year, schedule);
    }
    return schedule;
  };
  for (const day of Object.keys(published.holidays)) yearOf(day).holidays.push(day);
  for (const day of Object.keys(published.workdays)) yearOf(day).workdays.push(day);
  return [...years.values()].map((s) => ({ ...s, holidays: s.holidays.sort(), workdays: s.workdays.sort() })).sort((a, b) => a.year - b.year);
})();

function shippedYear(year: number): HolidaySchedule {
  const schedule = SHIPPED_SCHEDULES.find((s) => s.year === year);
  if (!schedule) throw new Error(`The chinese-days dataset has no ${year} schedule.`);
  return schedule;
}

/** 国办发明电〔2024〕12号 */
export const CN_2025: HolidaySchedule = shippedYear(2025);
/** 国办发明电〔2025〕7号 */
export const CN_2026: HolidaySchedule = shippedYear(2026);

export function buildCalendar(schedules: readonly HolidaySchedule[]): WorkingCalendar {
  return {
    years: new Map(schedules.map((s) => [s.year, s])),
    holidays: new Set(schedules.flatMap((s) => s.holidays)),
    workdays: new Set(schedules.flatMap((s) => s.workdays)),
  };
}

export const DEFAULT_CALENDAR = buildCalendar(SHIPPED_SCHEDULES);

/** The provisional schedule of a year (statutory holidays only, no 调休), computed once per year. */
const provisionalYears = new Map<number, HolidaySchedule>();
export function provisionalSchedule(year: number): HolidaySchedule {
  let schedule = provisionalYears.get(year);
  if (!schedule) {
    if (year < PROVISIONAL_YEARS.from || year > PROVISIONAL_YEARS.to) throw new CalendarGapError(year);
    schedule = {
      year,
      holidays: statutoryHolidays(year).map((h) => h.day),
      workdays: [],
      source: `暂定：《全国年节及纪念日放假办法》法定节假日（${year}年安排未公布，不含调休）`,
    };
    provisionalYears.set(year, schedule);
  }
  return schedule;
}

/** Whether `year` is counted on its provisional calendar (its official schedule is not loaded). */
export function isProvisionalYear(calendar: WorkingCalendar, year: number): boolean {
  return !calendar.years.has(year);
}

/** The provisional years a count from `from` to `to` (YYYY-MM-DD, either order) runs through, ascending. */
export function provisionalYearsBetween(calendar: WorkingCalendar, from: string, to: string): number[] {
  const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((x, y) => x - y) as [number, number];
  const years: number[] = [];
  for (let y = a; y <= b; y++) if (isProvisionalYear(calendar, y)) years.push(y);
  return years;
}

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
    super(`Working days in ${year} cannot be counted: no schedule is loaded and no provisional calendar exists for that year.`);
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
  const year = date.getUTCFullYear();
  if (calendar.years.has(year)) {
    if (calendar.workdays.has(day)) return true;
    if (calendar.holidays.has(day)) return false;
  } else if (provisionalSchedule(year).holidays.includes(day)) {
    return false;
  }
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
