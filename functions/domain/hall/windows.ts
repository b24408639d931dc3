/**
 * Windows and shifts: a clerk signs in at a window (上岗); another clerk signing in at a held window is a
 * B post taking it over (AB岗顶岗), which needs a reason and is recorded; a supervisor's tidal switch
 * (潮汐窗口) waits on the window and applies at its next call, so the ticket being served is not disturbed.
 */
import { badRequest, conflict } from '#domain/errors';
import type { HallWindow, OpeningHours, WindowKind } from './model';

export interface Actor {
  subject: string;
  name: string;
}

export interface WindowInput {
  name: string;
  kind: WindowKind;
  categories: string[];
  hours: OpeningHours;
  temporary: boolean;
}

export function saveWindow(before: HallWindow | undefined, input: WindowInput, ids: { centre: string; windowId: string }, at: Date): HallWindow {
  const base = before ?? { ...ids, version: 0 };
  return {
    ...(before ?? {}),
    ...base,
    ...input,
    categories: [...new Set(input.categories)],
    version: base.version + 1,
    updatedAt: at.toISOString(),
  } as HallWindow;
}

export function signIn(window: HallWindow, clerk: Actor, input: { post: 'A' | 'B'; takeOverReason?: string }, at: Date): HallWindow {
  const holder = window.shift;
  if (holder && holder.subject === clerk.subject) return window;
  if (holder) {
    if (input.post !== 'B' || !input.takeOverReason) {
      throw conflict('window_taken', `${holder.name} is signed in at ${window.name}. A B post taking over says so (post B) with the reason.`, {
        windowId: window.windowId,
        holder: holder.name,
      });
    }
  }
  return {
    ...window,
    shift: {
      subject: clerk.subject,
      name: clerk.name,
      post: input.post,
      since: at.toISOString(),
      ...(holder && input.takeOverReason ? { tookOverFrom: { subject: holder.subject, name: holder.name, reason: input.takeOverReason } } : {}),
    },
    version: window.version + 1,
    updatedAt: at.toISOString(),
  };
}

export function signOut(window: HallWindow, clerk: Actor, at: Date): HallWindow {
  assertAtWindow(window, clerk);
  if (window.servingTicketId) {
    throw conflict('window_serving', `Finish, skip or transfer the ticket being served at ${window.name} before signing out.`, { ticketId: window.servingTicketId });
  }
  const { shift: _s, ...rest } = window;
  return { ...rest, version: window.version + 1, updatedAt: at.toISOString() };
}

/** Only the clerk signed in at the window works its queue. */
export function assertAtWindow(window: HallWindow, clerk: Actor): void {
  if (window.shift?.subject !== clerk.subject) {
    // 409, not 403: the clerk may work windows; this one is simply not theirs at the moment.
    throw conflict('not_signed_in_at_window', `Sign in at ${window.name} first: ${window.shift ? `${window.shift.name} holds it now` : 'nobody holds it'}.`, {
      windowId: window.windowId,
    });
  }
}

export function tidalSwitch(window: HallWindow, categories: string[], reason: string, by: string, at: Date): HallWindow {
  if (categories.length === 0) throw badRequest('tidal_categories_required', 'Name at least one category for the window to serve.');
  return { ...window, pendingSwitch: { categories: [...new Set(categories)], reason, by, at: at.toISOString() }, version: window.version + 1, updatedAt: at.toISOString() };
}

/** At a call: the tidal switch, if any, takes effect; the ticket called becomes the one served. */
export function windowAtCall(window: HallWindow, ticket: { ticketId: string; number: string } | undefined, at: Date): HallWindow {
  const { pendingSwitch, awaitingRatingTicketId: _a, ...rest } = window;
  return {
    ...rest,
    categories: pendingSwitch ? pendingSwitch.categories : window.categories,
    ...(ticket ? { servingTicketId: ticket.ticketId, lastCall: { ticketId: ticket.ticketId, number: ticket.number, at: at.toISOString(), kind: 'call' as const } } : {}),
    version: window.version + 1,
    updatedAt: at.toISOString(),
  };
}

/** The categories a call looks at: the tidal switch applies from this call on. */
export const categoriesAtCall = (window: HallWindow): string[] => window.pendingSwitch?.categories ?? window.categories;

export function windowAfterTicket(window: HallWindow, ticketId: string, outcome: 'finished' | 'released', at: Date): HallWindow {
  const { servingTicketId: _s, awaitingRatingTicketId: _a, ...rest } = window;
  return {
    ...rest,
    ...(outcome === 'finished' ? { awaitingRatingTicketId: ticketId } : {}),
    version: window.version + 1,
    updatedAt: at.toISOString(),
  };
}

/** 重呼: the screen shows the number again. */
export function windowAtRecall(window: HallWindow, ticket: { ticketId: string; number: string }, at: Date): HallWindow {
  return { ...window, lastCall: { ticketId: ticket.ticketId, number: ticket.number, at: at.toISOString(), kind: 'recall' }, version: window.version + 1, updatedAt: at.toISOString() };
}

export function windowAfterRating(window: HallWindow, at: Date): HallWindow {
  const { awaitingRatingTicketId: _a, ...rest } = window;
  return { ...rest, version: window.version + 1, updatedAt: at.toISOString() };
}
