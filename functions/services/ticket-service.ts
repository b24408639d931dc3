/**
 * Tickets (差评整改, 办不成事, 咨询) as application services: a centre's tickets are its own; an
 * approver works on their department's, a supervisor on any department of the centre.
 */
import { randomUUID } from 'node:crypto';
import { optionalSetting } from '#adapters/env';
import { auditLine } from '#domain/audit-trail';
import { assertOwnCentre, departmentScope, mayActOnCase, requireStaff } from '#domain/access-policy';
import { chinaDay } from '#domain/calendar';
import { notFound } from '#domain/errors';
import type { Principal } from '#domain/principal';
import { extendTicket, followUpTicket, openTicket, parseTicketDays, resolveTicket, ticketSubject, ticketView, type Ticket, type TicketKind } from '#domain/ticket';
import { centreCalendar } from '#repositories/calendar-repository';
import { getCase } from '#repositories/case-repository';
import { getCurrentItem, listCurrentItems } from '#repositories/item-repository';
import { createTicket, getTicket, listTickets, updateTicket } from '#repositories/ticket-repository';

/** A ticket of the caller's centre and (for approvers) department; 404 for another centre's. */
async function ownTicket(principal: Principal, ticketId: string): Promise<Ticket> {
  const ticket = assertOwnCentre(principal, await getTicket(ticketId), () => notFound('ticket_not_found', `There is no ticket ${ticketId}.`));
  departmentScope(principal, ticket.department, 'tickets');
  return ticket;
}

/** Saves the change with its audit line (who, in which role, when, what) and answers with the ticket as it now is. */
async function save(before: Ticket, after: Ticket, step: { principal: Principal; action: string; details: Record<string, unknown> }, now: Date) {
  await updateTicket(before, after, auditLine({ subject: 'ticket', subjectId: before.ticketId, action: step.action, centre: before.centre, details: step.details }, step.principal, now, randomUUID()));
  return ticketView(after, chinaDay(now), await centreCalendar(after.centre));
}

export interface TicketRequest {
  kind: Exclude<TicketKind, 'rectification'>;
  comment: string;
  channel: 'window' | 'phone' | 'online';
  department?: string;
  itemCode?: string;
  caseNumber?: string;
}

/** Staff open 办不成事 and 咨询 for the applicant in front of them or on the phone, about their own centre's cases and items. */
export async function openApplicantTicket(principal: Principal, body: TicketRequest, now: Date) {
  const { centre } = requireStaff(principal);
  const record = body.caseNumber ? await getCase(body.caseNumber) : undefined;
  const found = body.itemCode ? await getCurrentItem(body.itemCode) : undefined;
  const item = found?.centre === centre ? found : undefined;
  const departments = !record && !item ? new Set((await listCurrentItems(centre)).flatMap((i) => [i.department, ...i.coDepartments])) : new Set<string>();
  const visible = record && mayActOnCase(principal, 'case.read', record) ? record : undefined;
  const subject = ticketSubject(body, { case: visible, item, departments });
  const calendar = await centreCalendar(centre);
  const ticket = openTicket(
    {
      ticketId: randomUUID(),
      kind: body.kind,
      centre,
      ...subject,
      comment: body.comment,
      channel: body.channel,
      openedAt: now.toISOString(),
      openedBy: { name: principal.name, role: principal.role },
    },
    calendar,
    parseTicketDays(optionalSetting('ticketDays', ''))[body.kind],
  );
  await createTicket(
    ticket,
    auditLine({ subject: 'ticket', subjectId: ticket.ticketId, action: 'ticket_opened', centre, details: { kind: ticket.kind, department: ticket.department, comment: ticket.comment } }, principal, now, randomUUID()),
  );
  return ticketView(ticket, chinaDay(now), calendar);
}

export async function listDepartmentTickets(principal: Principal, query: { department?: string; status?: Ticket['status']; kind?: TicketKind }, now: Date) {
  const { centre } = requireStaff(principal);
  const [tickets, calendar] = await Promise.all([listTickets(centre, departmentScope(principal, query.department, 'tickets')!), centreCalendar(centre)]);
  const today = chinaDay(now);
  return tickets.filter((t) => (!query.status || t.status === query.status) && (!query.kind || t.kind === query.kind)).map((t) => ticketView(t, today, calendar));
}

export async function followUp(principal: Principal, ticketId: string, note: string, now: Date) {
  const ticket = await ownTicket(principal, ticketId);
  return save(ticket, followUpTicket(ticket, note, principal.name, now), { principal, action: 'ticket_followed_up', details: { note } }, now);
}

export async function extend(principal: Principal, ticketId: string, input: { days: number; reason: string }, now: Date) {
  const ticket = await ownTicket(principal, ticketId);
  return save(ticket, extendTicket(ticket, input, principal.name, now, await centreCalendar(ticket.centre)), { principal, action: 'ticket_extended', details: { ...input } }, now);
}

export async function resolve(principal: Principal, ticketId: string, result: string, now: Date) {
  const ticket = await ownTicket(principal, ticketId);
  return save(ticket, resolveTicket(ticket, result, principal.name, now), { principal, action: 'ticket_resolved', details: { result } }, now);
}
