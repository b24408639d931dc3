/**
 * The legal clock of a case (行政许可法 第32、42、45、82条), on the centre's working-day calendar:
 * deadline = addWorkingDays(受理 day, promised days + extension) + working days paused in 特别程序.
 * Items whose limit is in natural days (自然日, GB/T 39046 时限单位) count calendar days instead.
 */
import {
  addWorkingDays,
  CalendarGapError,
  chinaDay,
  formatDay,
  isWorkingDay,
  parseDay,
  provisionalYearsBetween,
  unlessGap,
  workingDaysBetween,
  type WorkingCalendar,
} from './calendar';
import type { CaseRecord, Pause } from './case/records';
import type { ItemType, LimitUnit } from './item';

const DAY_MS = 86_400_000;
const plusDays = (day: string, n: number) => formatDay(new Date(parseDay(day).getTime() + n * DAY_MS));

/**
 * The last day of a limit of `days` counted from `start` (the start day itself not counted). Working
 * days: see addWorkingDays. Natural days: `days` calendar days later, and when that day is a day off
 * (a weekend or statutory holiday) the period ends on the next working day (民法典 第二百零三条).
 */
export function addLimit(calendar: WorkingCalendar, start: string, days: number, unit: LimitUnit = 'working_day'): string {
  if (unit === 'working_day') return addWorkingDays(calendar, start, days);
  if (!Number.isInteger(days) || days < 0) throw new Error(`days must be a whole number ≥ 0, not ${days}`);
  let end = plusDays(start, days);
  if (days > 0) while (!isWorkingDay(calendar, end)) end = plusDays(end, 1);
  return end;
}

/** Days of a limit's unit after `from` up to and including `to` (0 when `to` is not after `from`). */
export function limitDaysBetween(calendar: WorkingCalendar, from: string, to: string, unit: LimitUnit = 'working_day'): number {
  if (unit === 'working_day') return workingDaysBetween(calendar, from, to);
  return Math.max(0, Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS));
}

/** 第32条: a correction must be asked for on the spot or within five (working) days, else the application counts as accepted. */
export const ACCEPTANCE_REVIEW_DAYS = 5;

/**
 * 补正 asked by the back office: the day to bring it lies within the statutory decision period
 * (第42条: 20 working days) from the request, so a correction cannot park a case for months.
 */
export const CORRECTION_WINDOW_DAYS = 20;

/** The latest due day a correction may be given on `today`; 4 weeks where the calendar does not reach (20 working days). */
export function latestCorrectionDue(calendar: WorkingCalendar, today: string): string {
  return unlessGap(() => addWorkingDays(calendar, today, CORRECTION_WINDOW_DAYS)) ?? formatDay(new Date(parseDay(today).getTime() + 28 * 86_400_000));
}

/** 第42条: the head of the body may extend by 10 working days; joint handling (联办) by 15. */
export const STATUTORY_EXTENSION_DAYS: Record<ItemType, number> = { immediate: 10, promised: 10, reported: 10, joint: 15 };

type ReceiptFacts = Pick<CaseRecord, 'receivedAt' | 'correction' | 'supplementRequest'>;

/**
 * The China-local day the application was complete: receipt, or the day the correction asked for
 * (at the window, or by the back office within its 5 days) was brought.
 */
export function completeOn(record: ReceiptFacts): string {
  return chinaDay(new Date(record.supplementRequest?.suppliedAt ?? record.correction?.resolvedAt ?? record.receivedAt));
}

/** The last day on which the back office may still ask for a correction (or must decide on acceptance). */
export function reviewDueOn(calendar: WorkingCalendar, record: ReceiptFacts): string {
  return addWorkingDays(calendar, completeOn(record), ACCEPTANCE_REVIEW_DAYS);
}

/** Whether the 5-working-day review period has passed by `today` (the application then counts as accepted from receipt). */
export function reviewPeriodPassed(calendar: WorkingCalendar, record: ReceiptFacts, today: string): boolean {
  return workingDaysBetween(calendar, completeOn(record), today) > ACCEPTANCE_REVIEW_DAYS;
}

/** The 受理 day: today, or — reviewed too late — the day the complete application was received. */
export function acceptanceDay(
  calendar: WorkingCalendar,
  record: ReceiptFacts,
  today: string,
): { acceptedOn: string; deemed: boolean } {
  return reviewPeriodPassed(calendar, record, today) ? { acceptedOn: completeOn(record), deemed: true } : { acceptedOn: today, deemed: false };
}

/**
 * Working days a special procedure stopped the clock: the working days after the day it started, up to
 * and including the day it ended (started and ended the same day: none).
 */
export function pausedDays(calendar: WorkingCalendar, pause: Pick<Pause, 'startedAt'>, endedAt: string, unit: LimitUnit = 'working_day'): number {
  return limitDaysBetween(calendar, chinaDay(new Date(pause.startedAt)), chinaDay(new Date(endedAt)), unit);
}

export function totalPausedDays(pauses: readonly Pause[] | undefined): number {
  return (pauses ?? []).reduce((sum, p) => sum + (p.pausedWorkingDays ?? 0), 0);
}

type ClockFacts = Pick<CaseRecord, 'promisedDays' | 'limitUnit' | 'acceptance' | 'extension' | 'pauses' | 'promisedBy'>;

/**
 * The last day of the limit. Before 受理 it is the provisional date given at intake. Undefined only
 * when no calendar reaches that far (no loaded schedule and no provisional one): nobody is told a wrong date.
 */
export function deadlineOf(calendar: WorkingCalendar, record: ClockFacts): string | undefined {
  if (!record.acceptance) return record.promisedBy;
  const days = record.promisedDays + (record.extension?.days ?? 0) + totalPausedDays(record.pauses);
  try {
    return addLimit(calendar, record.acceptance.acceptedOn, days, record.limitUnit);
  } catch (error) {
    if (error instanceof CalendarGapError) return undefined;
    throw error;
  }
}

/** A case's deadline and whether it was counted on a provisional year (its official schedule not loaded). */
export interface CaseClock {
  promisedBy: string | undefined;
  /** Counted through a year whose State Council schedule is not loaded: 以国务院公布的节假日安排为准. */
  provisional: true | undefined;
}

function clockOf(calendar: WorkingCalendar, start: string, promisedBy: string | undefined): CaseClock {
  return { promisedBy, provisional: promisedBy && provisionalYearsBetween(calendar, start, promisedBy).length > 0 ? true : undefined };
}

/** The deadline of a case from its 受理 day (or, before 受理, the one given at intake, re-counted on `calendar`). */
export function caseClock(calendar: WorkingCalendar, record: ClockFacts & ReceiptFacts): CaseClock {
  if (!record.acceptance) return record.promisedBy ? intakeClock(calendar, completeOn(record), record.promisedDays, record.limitUnit) : { promisedBy: undefined, provisional: undefined };
  return clockOf(calendar, record.acceptance.acceptedOn, deadlineOf(calendar, record));
}

/** The date promised at intake: the limit counted from the day the application is complete. */
export function intakeClock(calendar: WorkingCalendar, today: string, promisedDays: number, unit?: LimitUnit): CaseClock {
  try {
    return clockOf(calendar, today, addLimit(calendar, today, promisedDays, unit));
  } catch (error) {
    if (error instanceof CalendarGapError) return clockOf(calendar, today, undefined);
    throw error;
  }
}
