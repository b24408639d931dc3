/** The hall's set-up and shifts: categories and windows (supervisors), sign-in and AB-post takeover (clerks), tidal switches. */
import { requireStaff } from '#domain/access-policy';
import { chinaDay } from '#domain/calendar';
import { badRequest, conflict } from '#domain/errors';
import { checkHours } from '#domain/hall/hours';
import type { Category, OpeningHours } from '#domain/hall/model';
import { saveWindow as savedWindow, signIn, signOut, tidalSwitch, type WindowInput } from '#domain/hall/windows';
import type { Principal } from '#domain/principal';
import { centreCalendar } from '#repositories/calendar-repository';
import { getQueueTicket, getWindow, listHall, listQueueTickets, saveCategory, saveWindow } from '#repositories/hall-repository';
import { categoryView, hallAudit, ownWindow, ticketView, windowView } from './common';

export async function hallConfig(principal: Principal, now: Date) {
  const { centre } = requireStaff(principal);
  const [hall, calendar] = await Promise.all([listHall(centre), centreCalendar(centre)]);
  return { centre, categories: hall.categories.map(categoryView), windows: hall.windows.map((w) => windowView(w, calendar, now)) };
}

export interface CategoryInput {
  letter: string;
  name: string;
  itemCodes: string[];
  departments: string[];
  booking?: { slotMinutes: number; capacity: number };
  hours: OpeningHours;
}

export async function putCategory(principal: Principal, code: string, input: CategoryInput, now: Date) {
  const { centre } = requireStaff(principal);
  checkHours(input.hours);
  const { categories } = await listHall(centre);
  const sameLetter = categories.find((c) => c.letter === input.letter && c.code !== code);
  if (sameLetter) throw conflict('category_letter_taken', `The letter ${input.letter} already starts the numbers of ${sameLetter.name}.`, { category: sameLetter.code });
  const category: Category = {
    centre,
    code,
    letter: input.letter,
    name: input.name,
    itemCodes: [...new Set(input.itemCodes)],
    departments: [...new Set(input.departments)],
    ...(input.booking ? { booking: input.booking } : {}),
    hours: input.hours,
    updatedAt: now.toISOString(),
    updatedBy: principal.name,
  };
  const before = categories.find((c) => c.code === code);
  await saveCategory(category, hallAudit('hall_category', centre, code, before ? 'category_changed' : 'category_created', { ...categoryView(category) }, principal, now));
  return categoryView(category);
}

async function assertCategories(centre: string, codes: readonly string[]) {
  const { categories } = await listHall(centre);
  const unknown = codes.filter((c) => !categories.some((k) => k.code === c));
  if (unknown.length) throw badRequest('unknown_category', `No business category ${unknown.join(', ')} in this centre; set it up first.`, { categories: unknown });
}

export async function putWindow(principal: Principal, windowId: string, input: WindowInput, now: Date) {
  const { centre } = requireStaff(principal);
  checkHours(input.hours);
  await assertCategories(centre, input.categories);
  const before = await getWindow(centre, windowId);
  const after = savedWindow(before, input, { centre, windowId }, now);
  await saveWindow(after, before?.version, hallAudit('hall_window', centre, windowId, before ? 'window_changed' : 'window_created', { ...input }, principal, now));
  return windowView(after, await centreCalendar(centre), now);
}

export async function switchTidal(principal: Principal, windowId: string, input: { categories: string[]; reason: string }, now: Date) {
  const before = await ownWindow(principal, windowId);
  await assertCategories(before.centre, input.categories);
  const after = tidalSwitch(before, input.categories, input.reason, principal.name, now);
  await saveWindow(after, before.version, hallAudit('hall_window', before.centre, windowId, 'tidal_switch', { from: before.categories, to: input.categories, reason: input.reason }, principal, now));
  return windowView(after, await centreCalendar(before.centre), now);
}

export async function signInAtWindow(principal: Principal, windowId: string, input: { post: 'A' | 'B'; takeOverReason?: string }, now: Date) {
  const before = await ownWindow(principal, windowId);
  const after = signIn(before, principal, input, now);
  if (after !== before) {
    const tookOver = after.shift?.tookOverFrom;
    const audit = hallAudit('hall_window', before.centre, windowId, tookOver ? 'taken_over' : 'signed_in', { post: input.post, ...(tookOver ? { from: tookOver.name, reason: tookOver.reason } : {}) }, principal, now);
    await saveWindow(after, before.version, audit);
  }
  return windowView(after, await centreCalendar(before.centre), now);
}

export async function signOutOfWindow(principal: Principal, windowId: string, now: Date) {
  const before = await ownWindow(principal, windowId);
  const after = signOut(before, principal, now);
  await saveWindow(after, before.version, hallAudit('hall_window', before.centre, windowId, 'signed_out', {}, principal, now));
  return windowView(after, await centreCalendar(before.centre), now);
}

export async function windowNow(principal: Principal, windowId: string, now: Date) {
  const window = await ownWindow(principal, windowId);
  const [calendar, hall, waiting] = await Promise.all([centreCalendar(window.centre), listHall(window.centre), listQueueTickets(window.centre, chinaDay(now), 'waiting')]);
  const [serving, awaiting] = await Promise.all([
    window.servingTicketId ? getQueueTicket(window.servingTicketId) : undefined,
    window.awaitingRatingTicketId ? getQueueTicket(window.awaitingRatingTicketId) : undefined,
  ]);
  const served = new Set(window.categories);
  return {
    window: windowView(window, calendar, now),
    ...(serving ? { serving: ticketView(serving, hall.categories, now) } : {}),
    ...(awaiting ? { awaitingRating: ticketView(awaiting, hall.categories, now) } : {}),
    waiting: waiting.filter((t) => t.status === 'waiting' && (t.window ? t.window === window.windowId : served.has(t.category))).length,
  };
}
