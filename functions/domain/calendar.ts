/**
 * Working-day calendar (工作日): limits under the Administrative Licensing Law are counted in working
 * days — weekends and statutory holidays excluded, make-up working days (调休上班) included. The
 * holiday schedule is data per year, published by the State Council each winter; a centre can
 * replace it. Dates are China-local calendar days written `YYYY-MM-DD`.
 */
import chineseDays from 'chinese-days';
import { formatDay, parseDay } from './days';
import { PROVISIONAL_YEARS, statutoryHolidays } from './provisional-calendar';

// The plain day helpers live in days.ts, so that a module needing only them does not load chinese-days.
export { chinaDay, formatDay, parseDay } from './days';

// Node loads the package's CommonJS build (no named exports); see provisional-calendar.ts.
const { getHolidaysInRange, isWorkday } = chineseDays;

export interface HolidaySchedule {
  year: number;
  /** 法定节假日及调休放假: days off that would otherwise be working days, and the weekend days inside them. */
  holidays: string[];
  /** 调休上班: weekend days that are working days. */
  workdays: string[];
  source: string;
}

/**
 * The official years (each State Council schedule, shipped or loaded by the centre). A year without one
 * is counted on its provisional calendar (statutory holidays and weekends, see provisional-calendar.ts).
 */
export interface WorkingCalendar {
  /** The official schedule of `year`, or undefined when the year is counted provisionally. */
  official(year: number): HolidaySchedule | undefined;
}

const PUBLISHED_SOURCE = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知（npm chinese-days 数据）`;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A State Council schedule published so far, from the maintained `chinese-days` dataset (a new official
 * year arrives with a package update); undefined for a year it does not hold. Its holidays include the
 * weekend days inside each run. Read year by year through the package's functions, when a count first
 * reaches the year (a few milliseconds), rather than parsing every year's JSON when a function starts.
 */
const shipped = new Map<number, HolidaySchedule | undefined>();
export function shippedSchedule(year: number): HolidaySchedule | undefined {
  if (!Number.isInteger(year) || year < PROVISIONAL_YEARS.from || year > PROVISIONAL_YEARS.to) return undefined;
  if (!shipped.has(year)) {
    const holidays = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false);
    const workdays: string[] = [];
    for (let date = new Date(Date.UTC(year, 0, 1)); date.getUTCFullYear() === year; date = new Date(date.getTime() + 86_400_000)) {
      const weekday = date.getUTCDay();
      const day = `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
      if ((weekday === 0 || weekday === 6) && isWorkday(day)) workdays.push(day);
    }
    const published = holidays.length > 0 || workdays.length > 0;
    shipped.set(year, published ? { year, holidays: holidays.sort(), workdays, source: PUBLISHED_SOURCE(year) } : undefined);
  }
  return shipped.get(year);
}

/** Every shipped year, ascending: from the first (2004) to the last the package holds. */
export function shippedSchedules(): HolidaySchedule[] {
  const schedules: HolidaySchedule[] = [];
  for (let year = PROVISIONAL_YEARS.from, s = shippedSchedule(year); s; s = shippedSchedule(++year)) schedules.push(s);
  return schedules;
}

function shippedYear(year: number): HolidaySchedule {
  const schedule = shippedSchedule(year);
  if (!schedule) throw new Error(`The chinese-days dataset has no ${year} schedule.`);
  return schedule;
}

// Pure: a bundle that never names them does not read these years when the function starts.
/** 国办发明电〔2024〕12号 */
export const CN_2025: HolidaySchedule = /* @__PURE__ */ shippedYear(2025);
/** 国办发明电〔2025〕7号 */
export const CN_2026: HolidaySchedule = /* @__PURE__ */ shippedYear(2026);

/** A calendar of exactly these official years (no shipped ones). */
export function buildCalendar(schedules: readonly HolidaySchedule[]): WorkingCalendar {
  const years = new Map(schedules.map((s) => [s.year, s]));
  return { official: (year) => years.get(year) };
}

/** The shipped schedules, with `overrides` (the years a centre loaded) in place of theirs. */
export function calendarWith(overrides: readonly HolidaySchedule[]): WorkingCalendar {
  const years = new Map(overrides.map((s) => [s.year, s]));
  return { official: (year) => years.get(year) ?? shippedSchedule(year) };
}

export const DEFAULT_CALENDAR: WorkingCalendar = calendarWith([]);

/** A schedule's days as sets, made once per schedule. */
const daySets = new WeakMap<HolidaySchedule, { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> }>();
function setsOf(schedule: HolidaySchedule) {
  let sets = daySets.get(schedule);
  if (!sets) {
    sets = { holidays: new Set(schedule.holidays), workdays: new Set(schedule.workdays) };
    daySets.set(schedule, sets);
  }
  return sets;
}

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
  return !calendar.official(year);
}

/** The provisional years a count from `from` to `to` (YYYY-MM-DD, either order) runs through, ascending. */
export function provisionalYearsBetween(calendar: WorkingCalendar, from: string, to: string): number[] {
  const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((x, y) => x - y) as [number, number];
  const years: number[] = [];
  for (let y = a; y <= b; y++) if (isProvisionalYear(calendar, y)) years.push(y);
  return years;
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
  const official = calendar.official(year);
  if (official) {
    const { holidays, workdays } = setsOf(official);
    if (workdays.has(day)) return true;
    if (holidays.has(day)) return false;
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
      if (kind === 'make-up working day' && weekday !== 0 && weekday !== 6)
        problems.push(`${day} is a weekday; only weekends can be make-up working days.`);
    }
  }
  return problems;
}
