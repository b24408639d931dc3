/**
 * Queue tickets (取号 · 叫号): the kiosk and the 咨询 desk take numbers, windows call, recall, skip,
 * transfer and finish them, and cases registered while a ticket is served are linked to it. Every step
 * is conditional on what was read, so two windows never get one ticket and no number is issued twice.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { requireStaff } from '#domain/access-policy';
import { auditLine } from '#domain/audit-trail';
import { chinaDay, type WorkingCalendar } from '#domain/calendar';
import { AppError, badRequest, conflict, notFound } from '#domain/errors';
import { checkInBooking } from '#domain/hall/bookings';
import { callingOrder, claimOrder } from '#domain/hall/calling-order';
import { chinaInstant, isOpenAt } from '#domain/hall/hours';
import type { Booking, Category, HallWindow, PriorityReason, QueueTicket, TicketSource } from '#domain/hall/model';
import { queueTicketId, ticketNumber } from '#domain/hall/numbering';
import { callTicket, finishTicket, linkCase, newTicket, recallTicket, skipTicket, transferTicket } from '#domain/hall/queue-ticket';
import { assertAtWindow, categoriesAtCall, windowAfterTicket, windowAtCall, windowAtRecall } from '#domain/hall/windows';
import { isValidCitizenId, maskIdNumber } from '#domain/identity';
import type { Principal } from '#domain/principal';
import { centreCalendar } from '#repositories/calendar-repository';
import { getCase } from '#repositories/case-repository';
import {
  checkInItems,
  createTicket,
  getBooking,
  getQueueTicket,
  getWindow,
  listCategoriesWarm,
  listHall,
  listQueueTickets,
  reserveTicketNumber,
  saveTicketStep,
  saveWindow,
} from '#repositories/hall-repository';
import { pushAfter } from './board';
import { categoryNotFound, categoryOf, ownTicket, ownWindow, publicCategories, ticketView, windowNotFound, windowView } from './common';

/** Attempts at the day's counter before the kiosk is told to try again (each loses only to another number given out). */
const NUMBER_ATTEMPTS = 30;
/**
 * How long a take or a call keeps trying against others before it answers 503 hall_busy ("press again"):
 * well inside the HTTP functions' 10 s timeout, so a slow moment gives the clerk an answer, not a timeout.
 */
const CONTENTION_BUDGET_MS = 6_000;
const withinBudget = (started: number) => performance.now() - started < CONTENTION_BUDGET_MS;

interface TakeInput {
  source: TicketSource;
  priority?: PriorityReason;
  idNumber?: string;
  booking?: Booking;
}

function assertOpen(category: Category, calendar: WorkingCalendar, now: Date) {
  if (!isOpenAt(category.hours, calendar, now)) {
    throw conflict('category_closed', `${category.name} is not taking numbers now (outside its hours, or not a working day).`, {
      category: category.code,
    });
  }
}

/** The next number of the category's day (reserved atomically), then the ticket under it. */
async function issueNumber(centre: string, category: Category, input: TakeInput, now: Date): Promise<QueueTicket> {
  const day = chinaDay(now);
  if (input.idNumber && !isValidCitizenId(input.idNumber))
    throw badRequest('invalid_id_number', 'The identity number is not a valid 居民身份证号码 (check digit).', {});
  const started = performance.now();
  for (let attempt = 1; attempt <= NUMBER_ATTEMPTS && withinBudget(started); attempt++) {
    const number = ticketNumber(category.letter, await reserveTicketNumber(centre, day, category.code));
    const ticketId = queueTicketId(centre, day, number);
    const booking = input.booking;
    const ticket = newTicket(
      {
        centre,
        ticketId,
        day,
        number,
        category: category.code,
        source: input.source,
        ...(input.priority ? { priority: input.priority } : {}),
        ...(booking
          ? {
              bookingCode: booking.bookingCode,
              slotStart: chinaInstant(booking.day, booking.slot).toISOString(),
              idNumberMasked: booking.idNumberMasked,
            }
          : {}),
        ...(input.idNumber ? { idNumberMasked: maskIdNumber(input.idNumber) } : {}),
      },
      now,
    );
    const extra = booking ? checkInItems(checkInBooking(booking, ticketId, now)) : [];
    if (await createTicket(ticket, extra)) return ticket;
    await sleep(5 + Math.floor(Math.random() * 20 * Math.min(attempt, 5)));
  }
  throw new AppError(503, 'hall_busy', 'Many numbers are being taken at this moment; please try again.', { category: category.code });
}

/**
 * The ticket as its holder sees it; a waiting one with the people ahead of it, counted in `waiting` when
 * the caller has just read them (the board drawn after the step), else in a fresh read.
 */
async function answer(centre: string, ticket: QueueTicket, now: Date, waitingRead?: QueueTicket[]) {
  const [categories, waiting] = await Promise.all([
    listCategoriesWarm(centre),
    ticket.status !== 'waiting' ? [] : (waitingRead ?? listQueueTickets(centre, ticket.day, 'waiting')),
  ]);
  const known = ticket.status !== 'waiting' || waiting.some((t) => t.ticketId === ticket.ticketId) ? waiting : [...waiting, ticket];
  return ticketView(ticket, categories, now, known);
}

/** 取号 at the kiosk: by category, or checking a booking in by its code. */
export async function takeAtKiosk(centre: string, body: { category: string; idNumber?: string } | { bookingCode: string }, now: Date) {
  const [categories, calendar] = await Promise.all([publicCategories(centre), centreCalendar(centre)]);
  if ('bookingCode' in body) {
    const booking = await getBooking(body.bookingCode);
    const category = booking?.centre === centre ? categories.find((c) => c.code === booking.category) : undefined;
    if (!booking || !category)
      throw notFound('booking_not_found', `There is no booking ${body.bookingCode} at this centre.`, { bookingCode: body.bookingCode });
    checkInBooking(booking, 'check', now);
    const ticket = await issueNumber(centre, category, { source: 'booking', booking }, now);
    return answer(centre, ticket, now, await pushAfter(centre, now));
  }
  const category = categories.find((c) => c.code === body.category);
  if (!category) throw categoryNotFound(body.category);
  assertOpen(category, calendar, now);
  const ticket = await issueNumber(centre, category, { source: 'kiosk', ...(body.idNumber ? { idNumber: body.idNumber } : {}) }, now);
  // The hall screen's waiting counts change with every number taken.
  return answer(centre, ticket, now, await pushAfter(centre, now));
}

/**
 * The 咨询 desk issues a number for someone, in the priority lane (绿色通道) where due. Unlike the kiosk it
 * is not bound to the category's hours: staff may still serve someone who arrived at closing time.
 */
export async function issueAtDesk(
  principal: Principal,
  body: { category: string; priority?: PriorityReason; idNumber?: string },
  now: Date,
) {
  const { centre } = requireStaff(principal);
  const category = await categoryOf(centre, body.category);
  const ticket = await issueNumber(
    centre,
    category,
    { source: 'desk', ...(body.priority ? { priority: body.priority } : {}), ...(body.idNumber ? { idNumber: body.idNumber } : {}) },
    now,
  );
  return answer(centre, ticket, now, await pushAfter(centre, now));
}

export async function listDayTickets(
  principal: Principal,
  query: { day?: string; status?: QueueTicket['status']; category?: string; caseNumber?: string },
  now: Date,
) {
  const { centre } = requireStaff(principal);
  const record = query.caseNumber ? await getCase(query.caseNumber) : undefined;
  // A case of another centre (or none) is simply on no ticket of this hall.
  if (query.caseNumber && record?.centre !== centre) return [];
  const day = record ? chinaDay(new Date(record.receivedAt)) : (query.day ?? chinaDay(now));
  const [{ categories }, tickets] = await Promise.all([listHall(centre), listQueueTickets(centre, day)]);
  const waiting = tickets.filter((t) => t.status === 'waiting');
  return tickets
    .filter(
      (t) =>
        (!query.status || t.status === query.status) &&
        (!query.category || t.category === query.category) &&
        (!query.caseNumber || t.caseNumbers.includes(query.caseNumber)),
    )
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
    .map((t) => ticketView(t, categories, now, waiting));
}

export async function ticketOf(principal: Principal, ticketId: string, now: Date) {
  const ticket = await ownTicket(principal, ticketId);
  return answer(ticket.centre, ticket, now);
}

/** Attempts at a call before giving up: each is lost only to another window taking the same ticket. */
const CALL_ATTEMPTS = 20;

/**
 * 叫号: the window's next ticket. The window must be held by the caller and free (the ticket served
 * before finished, skipped or transferred). A tidal switch waiting on the window applies now.
 */
export async function callNext(principal: Principal, windowId: string, now: Date) {
  const { centre } = requireStaff(principal);
  const [categories, calendar] = await Promise.all([listCategoriesWarm(centre), centreCalendar(centre)]);
  const started = performance.now();
  let contended = false;
  for (let attempt = 1; attempt <= CALL_ATTEMPTS && withinBudget(started); attempt++) {
    const window = await getWindow(centre, windowId);
    if (!window) throw windowNotFound(windowId);
    assertAtWindow(window, principal);
    if (window.servingTicketId) {
      throw conflict(
        'window_serving',
        `Window ${window.name} is serving ${window.servingTicketId.split('-').pop()}; finish, skip or transfer it first.`,
        { ticketId: window.servingTicketId },
      );
    }
    const scope = { windowId, categories: categoriesAtCall(window) };
    const candidates = callingOrder(await listQueueTickets(centre, chinaDay(now), 'waiting'), scope, now);
    if (candidates.length === 0) {
      // Nobody waits: a pending tidal switch still applies at this press.
      if (window.pendingSwitch) {
        const switched = windowAtCall(window, undefined, now);
        const outcome = await saveTicketStepWindowOnly(window, switched);
        if (outcome === 'window_changed') continue;
        return { window: windowView(switched, calendar, now) };
      }
      return { window: windowView(window, calendar, now) };
    }
    let lost = false;
    let tries = claimOrder(candidates.slice(0, 5), contended);
    for (let listed = tries.shift(); listed; listed = tries.shift()) {
      // Contended, the list (read from the index) may be behind other windows' calls: one consistent read of
      // the ticket costs far less than a transaction bound to fail on it.
      const candidate = contended ? await getQueueTicket(listed.ticketId) : listed;
      if (!candidate || callingOrder([candidate], scope, now).length === 0) continue;
      const called = callTicket(candidate, window, principal, now);
      const windowAfter = windowAtCall(window, called, now);
      const outcome = await saveTicketStep({ before: candidate, after: called }, { before: window, after: windowAfter });
      if (outcome === 'saved') {
        await pushAfter(centre, now);
        return { ticket: ticketView(called, categories, now), window: windowView(windowAfter, calendar, now) };
      }
      if (outcome === 'window_changed') {
        lost = true;
        break;
      }
      // Another window took it: others are calling now too.
      if (!contended) {
        contended = true;
        tries = claimOrder(tries, true);
      }
    }
    if (!lost) await sleep(Math.floor(Math.random() * 10 * attempt));
  }
  throw new AppError(503, 'hall_busy', 'Many windows are calling at this moment; press call again.', { windowId });
}

async function saveTicketStepWindowOnly(before: HallWindow, after: HallWindow) {
  try {
    await saveWindow(after, before.version);
    return 'saved' as const;
  } catch (error) {
    if (error instanceof AppError && error.code === 'window_changed') return 'window_changed' as const;
    throw error;
  }
}

type Step = 'recall' | 'skip' | 'transfer' | 'finish';

/** A step on the ticket the caller's window holds; the window is freed when the ticket leaves it. */
async function stepAtWindow(
  principal: Principal,
  ticketId: string,
  step: Step,
  now: Date,
  transfer?: { category?: string; windowId?: string; reason: string },
) {
  const ticket = await ownTicket(principal, ticketId);
  if (!ticket.windowId)
    throw conflict('ticket_state', `Ticket ${ticket.number} is ${ticket.status}; it is at no window.`, { ticketId, status: ticket.status });
  const window = await ownWindow(principal, ticket.windowId);
  assertAtWindow(window, principal);
  let after: QueueTicket;
  if (step === 'recall') after = recallTicket(ticket, window, principal, now);
  else if (step === 'skip') after = skipTicket(ticket, window, now);
  else if (step === 'finish') after = finishTicket(ticket, window, now);
  else {
    const to = { category: transfer!.category ?? ticket.category, ...(transfer!.windowId ? { windowId: transfer!.windowId } : {}) };
    await categoryOf(ticket.centre, to.category);
    if (to.windowId && !(await getWindow(ticket.centre, to.windowId))) throw windowNotFound(to.windowId);
    after = transferTicket(ticket, window, to, transfer!.reason, principal, now);
  }
  const windowAfter =
    step === 'recall'
      ? windowAtRecall(window, ticket, now)
      : windowAfterTicket(window, ticket.ticketId, step === 'finish' ? 'finished' : 'released', now);
  const audit =
    step === 'transfer'
      ? [
          auditLine(
            {
              subject: 'hall_window',
              subjectId: `${ticket.centre}.${window.windowId}`,
              action: 'ticket_transferred',
              centre: ticket.centre,
              details: { ticketId, number: ticket.number, ...transfer },
            },
            principal,
            now,
            randomUUID(),
          ),
        ]
      : [];
  const outcome = await saveTicketStep({ before: ticket, after }, { before: window, after: windowAfter }, audit);
  if (outcome !== 'saved')
    throw conflict('queue_ticket_changed', `Ticket ${ticket.number} or its window changed meanwhile; reload and try again.`, { ticketId });
  return answer(ticket.centre, after, now, step === 'finish' ? undefined : await pushAfter(ticket.centre, now));
}

export const recall = (p: Principal, id: string, now: Date) => stepAtWindow(p, id, 'recall', now);
export const skip = (p: Principal, id: string, now: Date) => stepAtWindow(p, id, 'skip', now);
export const finish = (p: Principal, id: string, now: Date) => stepAtWindow(p, id, 'finish', now);
export const transfer = (p: Principal, id: string, body: { category?: string; windowId?: string; reason: string }, now: Date) => {
  if (!body.category && !body.windowId)
    throw badRequest('transfer_target_required', 'Name another category or a window to transfer the ticket to.');
  return stepAtWindow(p, id, 'transfer', now, body);
};

/** A case registered while the ticket was served: the ticket lists it (the case's wait is the ticket's). */
export async function linkCaseToTicket(principal: Principal, ticketId: string, caseNumber: string, now: Date) {
  const ticket = await ownTicket(principal, ticketId);
  const record = await getCase(caseNumber);
  if (!record || record.centre !== ticket.centre)
    throw conflict('case_not_found', `There is no case ${caseNumber} in your centre.`, { caseNumber });
  if (!ticket.windowId) throw conflict('ticket_state', `Ticket ${ticket.number} has not been called.`, { ticketId });
  const window = await ownWindow(principal, ticket.windowId);
  assertAtWindow(window, principal);
  const after = linkCase(ticket, window, caseNumber);
  if (after !== ticket) {
    const outcome = await saveTicketStep({ before: ticket, after });
    if (outcome !== 'saved')
      throw conflict('queue_ticket_changed', `Ticket ${ticket.number} changed meanwhile; reload and try again.`, { ticketId });
  }
  return answer(ticket.centre, after, now);
}
