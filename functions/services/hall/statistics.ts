/** Hall statistics for supervisors: over days per day, window, clerk or category, and who waits now. */
import { requireStaff } from '#domain/access-policy';
import { chinaDay, formatDay, parseDay } from '#domain/calendar';
import { badRequest } from '#domain/errors';
import { callingOrder } from '#domain/hall/calling-order';
import { hallStatistics, type StatsBy } from '#domain/hall/statistics';
import { waitMinutes } from '#domain/hall/queue-ticket';
import type { Principal } from '#domain/principal';
import { listBookings, listHall, listQueueTickets } from '#repositories/hall-repository';

/** The longest range one request reads (a day is one index partition of tickets and one of bookings). */
export const MAX_STATISTICS_DAYS = 62;

export async function statistics(principal: Principal, query: { from: string; to: string; by: StatsBy }) {
  const { centre } = requireStaff(principal);
  if (query.to < query.from) throw badRequest('invalid_range', `The range ends (${query.to}) before it starts (${query.from}).`, query);
  const days: string[] = [];
  for (let d = query.from; d <= query.to; d = formatDay(new Date(parseDay(d).getTime() + 86_400_000))) {
    days.push(d);
    if (days.length > MAX_STATISTICS_DAYS) throw badRequest('range_too_long', `Ask for at most ${MAX_STATISTICS_DAYS} days at a time.`, { max: MAX_STATISTICS_DAYS });
  }
  const [hall, perDay] = await Promise.all([listHall(centre), Promise.all(days.map(async (d) => [await listQueueTickets(centre, d), await listBookings(centre, d)] as const))]);
  const tickets = perDay.flatMap(([t]) => t);
  const bookings = perDay.flatMap(([, b]) => b);
  return { from: query.from, to: query.to, by: query.by, ...hallStatistics(tickets, bookings, query.by, hall) };
}

export async function liveStatistics(principal: Principal, now: Date) {
  const { centre } = requireStaff(principal);
  const [hall, waiting] = await Promise.all([listHall(centre), listQueueTickets(centre, chinaDay(now), 'waiting')]);
  const categories = hall.categories.map((c) => {
    const queue = callingOrder(waiting, { windowId: '', categories: [c.code] }, now);
    return {
      category: c.code,
      name: c.name,
      waiting: queue.length,
      longestWaitMinutes: queue.reduce((m, t) => Math.max(m, waitMinutes(t, now)), 0),
      windowsServing: hall.windows.filter((w) => w.shift && w.categories.includes(c.code)).length,
    };
  });
  return {
    at: now.toISOString(),
    categories,
    waiting: categories.reduce((n, c) => n + c.waiting, 0),
    longestWaitMinutes: categories.reduce((m, c) => Math.max(m, c.longestWaitMinutes), 0),
  };
}
