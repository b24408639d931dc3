/**
 * What the hall screen (大屏) shows: the number each window is calling, the last calls of the day, and
 * who waits per category with the longest wait. The push channel sends the same board after each call.
 */
import { WINDOW_KIND_LABELS, type Category, type HallWindow, type QueueTicket } from './model';
import { isOpenAt } from './hours';
import { waitMinutes } from './queue-ticket';
import type { WorkingCalendar } from '../calendar';

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

export function board(
  input: { centre: string; centreName: string; categories: readonly Category[]; windows: readonly HallWindow[]; tickets: readonly QueueTicket[]; calendar: WorkingCalendar },
  now: Date,
): Board {
  const calls = input.tickets
    .flatMap((t) => t.calls.map((c) => ({ ticket: t, call: c })))
    .sort((a, b) => b.call.at.localeCompare(a.call.at));
  const calling = input.windows.flatMap((w) => {
    const last = calls.find((c) => c.call.windowId === w.windowId);
    const active = last && (last.ticket.status === 'called' || last.ticket.status === 'serving') && last.ticket.windowId === w.windowId;
    return active ? [{ ticketId: last.ticket.ticketId, number: last.ticket.number, windowId: w.windowId, windowName: w.name, at: last.call.at, kind: last.call.kind }] : [];
  });
  calling.sort((a, b) => b.at.localeCompare(a.at));
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
    recent: calls.slice(0, RECENT_CALLS).map((c) => ({ number: c.ticket.number, windowName: c.call.windowName, at: c.call.at })),
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
