/**
 * Opening hours on the working-day calendar (营业时间): a window or category is open at an instant when
 * that China-local day is a working day of the centre's calendar and the time falls in one of the
 * weekday's periods. Booking slots are cut from the same periods.
 */
import { chinaDay, isWorkingDay, parseDay, type WorkingCalendar } from '#domain/calendar';
import { badRequest } from '#domain/errors';
import { WEEKDAYS, type OpeningHours, type Period, type Weekday } from './model';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Minutes since midnight of `HH:MM`. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function weekdayOf(day: string): Weekday {
  // getUTCDay: 0 Sunday … 6 Saturday.
  return WEEKDAYS[(parseDay(day).getUTCDay() + 6) % 7]!;
}

/** China-local `HH:MM` of an instant. */
export function chinaTime(at: Date): string {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  return timeOf(local.getUTCHours() * 60 + local.getUTCMinutes());
}

/** The instant a China-local day and time name. */
export function chinaInstant(day: string, time: string): Date {
  return new Date(parseDay(day).getTime() + minutesOf(time) * 60_000 - CHINA_OFFSET_MS);
}

/** Refuses hours a clerk could not mean: a period that ends before it starts, or periods that overlap. */
export function checkHours(hours: OpeningHours): void {
  for (const [weekday, periods] of Object.entries(hours) as [Weekday, Period[]][]) {
    const sorted = [...periods].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
    sorted.forEach((p, i) => {
      if (minutesOf(p.to) <= minutesOf(p.from)) throw badRequest('invalid_hours', `The period ${p.from}–${p.to} on ${weekday} ends before it starts.`, { weekday, period: p });
      const next = sorted[i + 1];
      if (next && minutesOf(next.from) < minutesOf(p.to)) {
        throw badRequest('invalid_hours', `The periods ${p.from}–${p.to} and ${next.from}–${next.to} on ${weekday} overlap.`, { weekday });
      }
    });
  }
}

/** The periods open on a day: none on a day off of the calendar (holiday, weekend not made up). */
export function periodsOn(hours: OpeningHours, calendar: WorkingCalendar, day: string): Period[] {
  if (!isWorkingDay(calendar, day)) return [];
  return [...(hours[weekdayOf(day)] ?? [])].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
}

/**
 * Open at this instant? A made-up working day (调休上班) on a weekend uses that weekend day's hours,
 * or, when it has none, Monday's: the centre works a normal day.
 */
export function isOpenAt(hours: OpeningHours, calendar: WorkingCalendar, at: Date): boolean {
  const day = chinaDay(at);
  const now = minutesOf(chinaTime(at));
  return openPeriods(hours, calendar, day).some((p) => minutesOf(p.from) <= now && now < minutesOf(p.to));
}

export function openPeriods(hours: OpeningHours, calendar: WorkingCalendar, day: string): Period[] {
  const periods = periodsOn(hours, calendar, day);
  if (periods.length > 0 || !isWorkingDay(calendar, day)) return periods;
  const weekday = weekdayOf(day);
  return weekday === 'sat' || weekday === 'sun' ? [...(hours.mon ?? [])] : [];
}

/** Booking slots of a day: each open period cut into `slotMinutes`, a last part shorter than a slot dropped. */
export function slotsOn(hours: OpeningHours, calendar: WorkingCalendar, day: string, slotMinutes: number): Period[] {
  const slots: Period[] = [];
  for (const p of openPeriods(hours, calendar, day)) {
    for (let start = minutesOf(p.from); start + slotMinutes <= minutesOf(p.to); start += slotMinutes) {
      slots.push({ from: timeOf(start), to: timeOf(start + slotMinutes) });
    }
  }
  return slots;
}
