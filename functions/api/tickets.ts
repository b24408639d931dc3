import { randomUUID } from 'node:crypto';
import { optionalSetting } from '../adapters/env';
import { auditLine } from '../domain/audit-trail';
import { chinaDay } from '../domain/calendar';
import { badRequest, forbidden, notFound } from '../domain/errors';
import type { Principal } from '../domain/principal';
import { extendTicket, followUpTicket, openTicket, parseTicketDays, resolveTicket, ticketSubject, ticketView, type Ticket } from '../domain/ticket';
import { httpHandler } from '../http/handler';
import { centreCalendar } from '../repositories/calendar-repository';
import { getCase } from '../repositories/case-repository';
import { getCurrentItem, listCurrentItems } from '../repositories/item-repository';
import { createTicket, getTicket, listTickets, updateTicket } from '../repositories/ticket-repository';

/** Approvers work on their own department's tickets; supervisors on any of their centre. */
function departmentFor(principal: Principal, asked?: string): string {
  if (principal.role === 'approver') {
    if (asked && asked !== principal.department) throw forbidden('other_department', `You may only see the tickets of ${principal.department}.`);
    return principal.department!;
  }
  if (!asked) throw badRequest('department_required', 'Name the department (?department=…).');
  return asked;
}

async function ownTicket(principal: Principal, ticketId: string): Promise<Ticket> {
  const ticket = await getTicket(ticketId);
  if (!ticket || ticket.centre !== principal.centre) throw notFound('ticket_not_found', `There is no ticket ${ticketId}.`);
  departmentFor(principal, ticket.department);
  return ticket;
}

/** Saves the change with its audit line (who, in which role, when, what) and answers with the ticket as it now is. */
async function save(before: Ticket, after: Ticket, step: { principal: Principal; action: string; details: Record<string, unknown> }, now: Date) {
  await updateTicket(before, after, auditLine({ subject: 'ticket', subjectId: before.ticketId, action: step.action, centre: before.centre, details: step.details }, step.principal, now, randomUUID()));
  return { body: ticketView(after, chinaDay(now), await centreCalendar(after.centre)) };
}

export const handler = httpHandler({
  // Staff open 办不成事 and 咨询 for the applicant in front of them or on the phone (see README).
  'POST /tickets': async ({ body, principal, now }) => {
    const centre = principal.centre!;
    const record = body.caseNumber ? await getCase(body.caseNumber) : undefined;
    const item = body.itemCode ? await getCurrentItem(body.itemCode) : undefined;
    const departments = !record && !item ? new Set((await listCurrentItems()).flatMap((i) => [i.department, ...i.coDepartments])) : new Set<string>();
    const subject = ticketSubject(body, { case: record?.centre === centre ? record : undefined, item, departments });
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
      auditLine({ subject: 'ticket', subjectId: ticket.ticketId, action: 'ticket_opened', details: { kind: ticket.kind, department: ticket.department, comment: ticket.comment } }, principal, now, randomUUID()),
    );
    return { status: 201, body: ticketView(ticket, chinaDay(now), calendar) };
  },

  'GET /tickets': async ({ query, principal, now }) => {
    const [tickets, calendar] = await Promise.all([listTickets(principal.centre!, departmentFor(principal, query.department)), centreCalendar(principal.centre!)]);
    const today = chinaDay(now);
    return {
      body: {
        tickets: tickets.filter((t) => (!query.status || t.status === query.status) && (!query.kind || t.kind === query.kind)).map((t) => ticketView(t, today, calendar)),
      },
    };
  },

  'POST /tickets/{ticketId}/follow-up': async ({ path, body, principal, now }) => {
    const ticket = await ownTicket(principal, path.ticketId);
    return save(ticket, followUpTicket(ticket, body.note, principal.name, now), { principal, action: 'ticket_followed_up', details: { note: body.note } }, now);
  },

  'POST /tickets/{ticketId}/extend': async ({ path, body, principal, now }) => {
    const ticket = await ownTicket(principal, path.ticketId);
    return save(ticket, extendTicket(ticket, body, principal.name, now, await centreCalendar(ticket.centre)), { principal, action: 'ticket_extended', details: { ...body } }, now);
  },

  'POST /tickets/{ticketId}/resolve': async ({ path, body, principal, now }) => {
    const ticket = await ownTicket(principal, path.ticketId);
    return save(ticket, resolveTicket(ticket, body.result, principal.name, now), { principal, action: 'ticket_resolved', details: { result: body.result } }, now);
  },
});
