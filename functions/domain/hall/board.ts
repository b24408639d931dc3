/**
 * What the hall screen (大屏) shows: the number each window is calling, the last calls of the day, and
 * who waits per category with the longest wait. The push channel sends the same board after each call.
 */
import { WINDOW_KIND_LABELS, type Category, type HallWindow, type QueueTicket } from './model';
import { isOpenAt } from './hours';
import { waitMinutes } from './queue-ticket';
import type { WorkingCalendar } from '#domain/calendar';

export const RECENT_CALLS = 10;

export interface Board {
  centre: string;
  centreName: string;
  at: string;
  calling: { ticketId: string; number: string; windowId: string; windowName: string; at: string; kind: 'call' | 'recall' }[];
  recent: { number: string; windowName: string; at: string }[];
  waiting: { category: string; letter: string; name: string; count: number; longestWaitMinutes: number }[];
  windows: { windowId: string; name: string; kindLabel: string; open: boolean; serving?: string }[];
}

/**
 * `tickets`: those waiting and those at a window now (the screen never reads the day's finished ones);
 * the last calls come from each window's last call.
 */
export function board(
  input: { centre: string; centreName: string; categories: readonly Category[]; windows: readonly HallWindow[]; tickets: readonly QueueTicket[]; calendar: WorkingCalendar },
  now: Date,
): Board {
  const calling = input.windows.flatMap((w) => {
    const ticket = input.tickets.find((t) => t.ticketId === w.servingTicketId && (t.status === 'called' || t.status === 'serving'));
    const call = ticket?.calls.filter((c) => c.windowId === w.windowId).at(-1);
    return ticket && call ? [{ ticketId: ticket.ticketId, number: ticket.number, windowId: w.windowId, windowName: w.name, at: call.at, kind: call.kind }] : [];
  });
  calling.sort((a, b) => b.at.localeCompare(a.at));
  const recent = input.windows
    .flatMap((w) => (w.lastCall ? [{ number: w.lastCall.number, windowName: w.name, at: w.lastCall.at }] : []))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, RECENT_CALLS);
  const waiting = input.categories.map((c) => {
    const queue = input.tickets.filter((t) => t.status === 'waiting' && t.category === c.code);
    return {
      category: c.code,
      letter: c.letter,
      name: c.name,
      count: queue.length,
      longestWaitMinutes: queue.reduce((m, t) => Math.max(m, waitMinutes(t, now)), 0),
    };
  });
  const numberOf = new Map(input.tickets.map((t) => [t.ticketId, t.number]));
  return {
    centre: input.centre,
    centreName: input.centreName,
    at: now.toISOString(),
    calling,
    recent,
    waiting,
    windows: input.windows.map((w) => ({
      windowId: w.windowId,
      name: w.name,
      kindLabel: WINDOW_KIND_LABELS[w.kind],
      open: isOpenAt(w.hours, input.calendar, now),
      ...(w.servingTicketId && numberOf.get(w.servingTicketId) ? { serving: numberOf.get(w.servingTicketId)! } : {}),
    })),
  };
}
