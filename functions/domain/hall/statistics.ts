/**
 * Hall statistics for supervisors: per day, window, clerk or category — tickets, waits (average and
 * p90, in minutes), average service time, no-shows, bookings used and ratings; and live, who waits now.
 */
import { RATING_LABELS } from '#domain/rating';
import type { Booking, Category, HallWindow, QueueTicket } from './model';
import { serviceMinutes, waitMinutes } from './queue-ticket';

export type StatsBy = 'day' | 'window' | 'clerk' | 'category';

export interface StatsRow {
  key: string;
  label: string;
  tickets: number;
  served: number;
  dropped: number;
  averageWaitMinutes: number;
  p90WaitMinutes: number;
  averageServiceMinutes: number;
  noShows: number;
  bookingsUsed: number;
  ratings: number;
  averageRating?: number;
  goodShare?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const average = (values: number[]) => (values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : 0);

/** Nearest-rank percentile: the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function statsRow(key: string, label: string, tickets: readonly QueueTicket[], bookings: readonly Booking[]): StatsRow {
  const called = tickets.filter((t) => t.calledAt);
  const waits = called.map((t) => waitMinutes(t, new Date(t.calledAt!)));
  const services = tickets.map(serviceMinutes).filter((m): m is number => m !== undefined);
  const levels = tickets.flatMap((t) => (t.rating ? [t.rating.level] : []));
  return {
    key,
    label,
    tickets: tickets.length,
    served: tickets.filter((t) => t.status === 'finished').length,
    dropped: tickets.filter((t) => t.status === 'dropped').length,
    averageWaitMinutes: average(waits),
    p90WaitMinutes: percentile(waits, 90),
    averageServiceMinutes: average(services),
    noShows: bookings.filter((b) => b.status === 'no_show').length,
    bookingsUsed: bookings.filter((b) => b.status === 'checked_in').length,
    ratings: levels.length,
    ...(levels.length
      ? { averageRating: round1(levels.reduce((a, b) => a + b, 0) / levels.length), goodShare: round1((levels.filter((l) => l <= 3).length / levels.length) * 100) / 100 }
      : {}),
  };
}

/**
 * Rows by the chosen dimension. Tickets count where they were served (window, clerk) or, never called,
 * not at all for those dimensions; bookings count by day and category (they have no window).
 */
export function hallStatistics(
  tickets: readonly QueueTicket[],
  bookings: readonly Booking[],
  by: StatsBy,
  names: { windows: readonly Pick<HallWindow, 'windowId' | 'name'>[]; categories: readonly Pick<Category, 'code' | 'name'>[] },
): { rows: StatsRow[]; total: StatsRow } {
  const keyOf = (t: QueueTicket): string | undefined =>
    by === 'day' ? t.day : by === 'category' ? t.category : by === 'window' ? t.windowId : t.clerk?.subject;
  const groups = new Map<string, QueueTicket[]>();
  for (const t of tickets) {
    const key = keyOf(t);
    if (key) groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const bookingKey = (b: Booking) => (by === 'day' ? b.day : by === 'category' ? b.category : undefined);
  for (const b of bookings) {
    const key = bookingKey(b);
    if (key && !groups.has(key)) groups.set(key, []);
  }
  const label = (key: string, group: QueueTicket[]) =>
    by === 'window'
      ? (names.windows.find((w) => w.windowId === key)?.name ?? key)
      : by === 'category'
        ? (names.categories.find((c) => c.code === key)?.name ?? key)
        : by === 'clerk'
          ? (group[0]?.clerk?.name ?? key)
          : key;
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => statsRow(key, label(key, group), group, bookings.filter((b) => bookingKey(b) === key)));
  return { rows, total: statsRow('total', '合计', tickets, bookings) };
}

export const ratingLabel = (level: number): string => RATING_LABELS[level as keyof typeof RATING_LABELS] ?? String(level);
