/**
 * A queue ticket's life: taken (kiosk, desk, booking check-in) → called at a window → served →
 * finished and rated; or skipped (过号: back into the queue once, dropped at the second skip), or
 * transferred (转移) to another category or window with the reason. Each step returns the new ticket;
 * the repository saves it under a version condition, so two windows never both win one step.
 */
import { conflict, badRequest } from '#domain/errors';
import type { Actor } from './windows';
import type { HallWindow, QueueTicket } from './model';

/** What a new ticket is given; the rest starts as every ticket's does. */
export type NewTicket = Pick<QueueTicket, 'centre' | 'ticketId' | 'day' | 'number' | 'category' | 'source' | 'priority' | 'bookingCode' | 'slotStart' | 'idNumberMasked'>;

export function newTicket(input: NewTicket, at: Date): QueueTicket {
  const takenAt = at.toISOString();
  return {
    ...input,
    takenAt,
    queuedAt: takenAt,
    status: 'waiting',
    skips: 0,
    calls: [],
    transfers: [],
    caseNumbers: [],
    version: 1,
  };
}

const wrongState = (ticket: QueueTicket, action: string) =>
  conflict('ticket_state', `Ticket ${ticket.number} is ${ticket.status}; it cannot be ${action} now.`, { ticketId: ticket.ticketId, status: ticket.status });

/** The ticket at this window, called or being served by it. */
function atWindow(ticket: QueueTicket, window: HallWindow, action: string): void {
  if (ticket.status !== 'called' && ticket.status !== 'serving') throw wrongState(ticket, action);
  if (ticket.windowId !== window.windowId) {
    throw conflict('ticket_at_other_window', `Ticket ${ticket.number} is at window ${ticket.windowId ?? '—'}, not at ${window.name}.`, { ticketId: ticket.ticketId });
  }
}

export function callTicket(ticket: QueueTicket, window: HallWindow, clerk: Actor, at: Date): QueueTicket {
  if (ticket.status !== 'waiting') throw wrongState(ticket, 'called');
  const when = at.toISOString();
  return {
    ...ticket,
    status: 'called',
    calledAt: ticket.calledAt ?? when,
    windowId: window.windowId,
    clerk: { subject: clerk.subject, name: clerk.name },
    calls: [...ticket.calls, { windowId: window.windowId, windowName: window.name, at: when, by: clerk.name, kind: 'call' }],
    version: ticket.version + 1,
  };
}

export function recallTicket(ticket: QueueTicket, window: HallWindow, clerk: Actor, at: Date): QueueTicket {
  atWindow(ticket, window, 'called again');
  return {
    ...ticket,
    calls: [...ticket.calls, { windowId: window.windowId, windowName: window.name, at: at.toISOString(), by: clerk.name, kind: 'recall' }],
    version: ticket.version + 1,
  };
}

/** 过号: the first skip sends it back into the queue (its place by the time of the skip); the second drops it. */
export function skipTicket(ticket: QueueTicket, window: HallWindow, at: Date): QueueTicket {
  atWindow(ticket, window, 'skipped');
  const when = at.toISOString();
  const { windowId: _w, clerk: _c, ...rest } = ticket;
  if (ticket.skips >= 1) return { ...ticket, status: 'dropped', droppedAt: when, skips: ticket.skips + 1, version: ticket.version + 1 };
  return { ...rest, status: 'waiting', skips: 1, queuedAt: when, version: ticket.version + 1 };
}

export function transferTicket(
  ticket: QueueTicket,
  window: HallWindow,
  to: { category: string; windowId?: string },
  reason: string,
  clerk: Actor,
  at: Date,
): QueueTicket {
  atWindow(ticket, window, 'transferred');
  if (to.category === ticket.category && !to.windowId) throw badRequest('transfer_target_required', 'Name another category or a window to transfer the ticket to.');
  if (to.windowId === window.windowId) throw badRequest('transfer_to_same_window', 'The ticket is already at this window.');
  const when = at.toISOString();
  const { windowId: _w, clerk: _c, window: _target, ...rest } = ticket;
  return {
    ...rest,
    status: 'waiting',
    category: to.category,
    ...(to.windowId ? { window: to.windowId } : {}),
    // A transferred applicant has waited already: they keep their first place in time.
    queuedAt: ticket.takenAt,
    transfers: [...ticket.transfers, { at: when, by: clerk.name, fromCategory: ticket.category, toCategory: to.category, ...(to.windowId ? { toWindow: to.windowId } : {}), reason }],
    version: ticket.version + 1,
  };
}

/** The applicant came to the window: the clerk serves (implicit at the first case linked or at finish). */
export function serveTicket(ticket: QueueTicket, window: HallWindow): QueueTicket {
  atWindow(ticket, window, 'served');
  return ticket.status === 'serving' ? ticket : { ...ticket, status: 'serving', version: ticket.version + 1 };
}

export function finishTicket(ticket: QueueTicket, window: HallWindow, at: Date): QueueTicket {
  atWindow(ticket, window, 'finished');
  return { ...ticket, status: 'finished', finishedAt: at.toISOString(), version: ticket.version + 1 };
}

/** A case registered while the ticket is served (or just after it finished, at the same window). */
export function linkCase(ticket: QueueTicket, window: HallWindow, caseNumber: string): QueueTicket {
  if (ticket.status === 'finished') {
    if (ticket.windowId !== window.windowId) atWindow(ticket, window, 'linked to a case');
  } else {
    atWindow(ticket, window, 'linked to a case');
  }
  if (ticket.caseNumbers.includes(caseNumber)) return ticket;
  return { ...ticket, status: ticket.status === 'called' ? 'serving' : ticket.status, caseNumbers: [...ticket.caseNumbers, caseNumber], version: ticket.version + 1 };
}

/** 一次一评: a finished ticket is rated once, on the pad of the window that served it. */
export function rateTicket(ticket: QueueTicket, window: HallWindow, level: number, at: Date): QueueTicket {
  if (ticket.status !== 'finished') throw wrongState(ticket, 'rated');
  if (ticket.windowId !== window.windowId) {
    throw conflict('ticket_at_other_window', `Ticket ${ticket.number} was served at window ${ticket.windowId ?? '—'}, not at ${window.name}.`, { ticketId: ticket.ticketId });
  }
  if (ticket.rating) throw conflict('ticket_already_rated', `Ticket ${ticket.number} has already been rated; each service is rated once.`, { ticketId: ticket.ticketId });
  return { ...ticket, rating: { level, at: at.toISOString() }, version: ticket.version + 1 };
}

/** Minutes from taking the number to the first call, or until `now` while it has not been called. */
export function waitMinutes(ticket: Pick<QueueTicket, 'takenAt' | 'calledAt'>, now: Date): number {
  const end = ticket.calledAt ? Date.parse(ticket.calledAt) : now.getTime();
  return Math.max(0, Math.round((end - Date.parse(ticket.takenAt)) / 6_000) / 10);
}

/** Minutes from the first call to finishing, when it finished. */
export function serviceMinutes(ticket: Pick<QueueTicket, 'calledAt' | 'finishedAt'>): number | undefined {
  if (!ticket.calledAt || !ticket.finishedAt) return undefined;
  return Math.max(0, Math.round((Date.parse(ticket.finishedAt) - Date.parse(ticket.calledAt)) / 6_000) / 10);
}
