/**
 * Which waiting ticket a window calls next (叫号顺序): among the categories the window serves (any
 * window serving a category serves its tickets: 办件均衡), the priority lane (绿色通道) first, then
 * bookings whose slot has started (by slot start), then everyone else by the time they joined the
 * queue. A ticket transferred to a window waits for that window only.
 */
import type { QueueTicket } from './model';

type Waiting = Pick<QueueTicket, 'ticketId' | 'status' | 'category' | 'priority' | 'slotStart' | 'queuedAt' | 'window'>;

/** 0 priority, 1 started booking, 2 the rest. */
function laneOf(ticket: Waiting, now: Date): 0 | 1 | 2 {
  if (ticket.priority) return 0;
  if (ticket.slotStart && Date.parse(ticket.slotStart) <= now.getTime()) return 1;
  return 2;
}

/** The waiting tickets a window may call, in the order it calls them. */
export function callingOrder<T extends Waiting>(
  tickets: readonly T[],
  window: { windowId: string; categories: readonly string[] },
  now: Date,
): T[] {
  const served = new Set(window.categories);
  return tickets
    .filter((t) => t.status === 'waiting' && (t.window ? t.window === window.windowId : served.has(t.category)))
    .map((t) => ({ t, lane: laneOf(t, now), at: t.priority || !t.slotStart || laneOf(t, now) === 2 ? t.queuedAt : t.slotStart }))
    .sort((a, b) => a.lane - b.lane || a.at.localeCompare(b.at) || a.t.ticketId.localeCompare(b.t.ticketId))
    .map((x) => x.t);
}

/**
 * The order a window tries its first candidates in when it claims one (叫号 under contention). Alone, it
 * takes them in calling order. Once another window has taken a ticket from under it, the windows pressing
 * at this same moment would all go for the same next ticket and lose to each other again, one round trip
 * each: it tries the rest in a random order instead. Those tickets are all being called at this moment, so
 * which window each goes to is the hall's choice, and none waits longer for it.
 */
export function claimOrder<T>(candidates: readonly T[], contended: boolean, random: () => number = Math.random): T[] {
  const order = [...candidates];
  if (!contended) return order;
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
