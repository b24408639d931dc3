/** What the hall's services share: the caller's centre, windows and tickets of it, views, audit lines. */
import { randomUUID } from 'node:crypto';
import { optionalSetting } from '#config/settings';
import { requireStaff } from '#domain/access-policy';
import { auditLine, type AuditLine } from '#domain/audit-trail';
import { notFound } from '#domain/errors';
import { callingOrder } from '#domain/hall/calling-order';
import { isOpenAt } from '#domain/hall/hours';
import { WINDOW_KIND_LABELS, type Category, type HallWindow, type QueueTicket } from '#domain/hall/model';
import { waitMinutes } from '#domain/hall/queue-ticket';
import type { WorkingCalendar } from '#domain/calendar';
import type { Principal } from '#domain/principal';
import { getCategory, getQueueTicket, getWindow, listCategoriesWarm, listHall } from '#repositories/hall-repository';

export const centreName = () => optionalSetting('centreName', '政务服务中心');

export const windowNotFound = (windowId: string) =>
  notFound('window_not_found', `There is no window ${windowId} in your centre.`, { windowId });
export const ticketNotFound = (ticketId: string) =>
  notFound('queue_ticket_not_found', `There is no queue ticket ${ticketId}.`, { ticketId });
export const categoryNotFound = (category: string) =>
  notFound('category_not_found', `There is no business category ${category} in this centre.`, { category });

export async function ownWindow(principal: Principal, windowId: string): Promise<HallWindow> {
  const { centre } = requireStaff(principal);
  const window = await getWindow(centre, windowId);
  if (!window) throw windowNotFound(windowId);
  return window;
}

/** A ticket of the caller's centre; another centre's reads as missing. */
export async function ownTicket(principal: Principal, ticketId: string): Promise<QueueTicket> {
  const { centre } = requireStaff(principal);
  const ticket = await getQueueTicket(ticketId);
  if (!ticket || ticket.centre !== centre) throw ticketNotFound(ticketId);
  return ticket;
}

export async function categoryOf(centre: string, code: string): Promise<Category> {
  const category = await getCategory(centre, code);
  if (!category) throw categoryNotFound(code);
  return category;
}

const hallNotFound = (centre: string) => notFound('hall_not_found', `Centre ${centre} has no hall set up.`, { centre });

/** A public page's centre must have a hall; any other code reads as missing. */
export async function publicHall(centre: string) {
  const hall = await listHall(centre);
  if (hall.categories.length === 0) throw hallNotFound(centre);
  return hall;
}

/** The categories of a centre that has a hall, as a warm function keeps them (kiosks, calls, the board). */
export async function publicCategories(centre: string): Promise<Category[]> {
  const categories = await listCategoriesWarm(centre);
  if (categories.length === 0) throw hallNotFound(centre);
  return categories;
}

export function hallAudit(
  subject: 'hall_window' | 'hall_category',
  centre: string,
  id: string,
  action: string,
  details: Record<string, unknown>,
  by: Principal,
  now: Date,
): AuditLine {
  return auditLine({ subject, subjectId: `${centre}.${id}`, action, centre, details }, by, now, randomUUID());
}

export function windowView(window: HallWindow, calendar: WorkingCalendar, now: Date) {
  const { centre: _c, ...rest } = window;
  return { ...rest, kindLabel: WINDOW_KIND_LABELS[window.kind], openNow: isOpenAt(window.hours, calendar, now) };
}

export function ticketView(ticket: QueueTicket, categories: readonly Category[], now: Date, waiting?: readonly QueueTicket[]) {
  const { centre: _c, queuedAt: _q, ...rest } = ticket;
  const ahead =
    ticket.status === 'waiting' && waiting
      ? callingOrder(
          waiting.filter((t) => t.category === ticket.category && !t.window),
          { windowId: '', categories: [ticket.category] },
          now,
        ).findIndex((t) => t.ticketId === ticket.ticketId)
      : -1;
  return {
    ...rest,
    categoryName: categories.find((c) => c.code === ticket.category)?.name ?? ticket.category,
    waitMinutes: waitMinutes(ticket, now),
    ...(ahead >= 0 ? { ahead } : {}),
  };
}

export function categoryView(category: Category) {
  const { centre: _c, ...rest } = category;
  return rest;
}
