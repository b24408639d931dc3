import { randomUUID } from 'node:crypto';
import { chinaDay } from '../domain/calendar';
import { centreCalendar } from '../repositories/calendar-repository';
import { assertCanSee, type CaseRecord } from '../domain/case';
import { badRequest, conflict, forbidden, notFound } from '../domain/errors';
import type { Principal } from '../domain/principal';
import { assertQueryCode } from '../domain/progress';
import { rateCase, ratingStats, ticketFor, type RatingChannel, type RatingLevel, type RectificationTicket } from '../domain/rating';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { getTicket, listRatings, listTickets, saveRating, updateTicket } from '../repositories/rating-repository';

async function rate(record: CaseRecord, input: { level: RatingLevel; channel: RatingChannel; comment: string }, now: Date) {
  const rating = rateCase(record, input, now);
  const ticket = ticketFor(rating, randomUUID(), chinaDay(now), await centreCalendar(record.centre));
  await saveRating(rating, ticket);
  const { centre: _c, ...view } = rating;
  return { status: 201, body: { ...view, ...(ticket ? { ticketId: ticket.ticketId } : {}) } };
}

/** Approvers work on their own department's tickets; supervisors on any of their centre. */
function departmentFor(principal: Principal, asked?: string): string {
  if (principal.role === 'approver') {
    if (asked && asked !== principal.department) throw forbidden('other_department', `You may only see the tickets of ${principal.department}.`);
    return principal.department!;
  }
  if (!asked) throw badRequest('department_required', 'Name the department (?department=…).');
  return asked;
}

async function ownTicket(principal: Principal, ticketId: string): Promise<RectificationTicket> {
  const ticket = await getTicket(ticketId);
  if (!ticket || ticket.centre !== principal.centre) throw notFound('ticket_not_found', `There is no ticket ${ticketId}.`);
  departmentFor(principal, ticket.department);
  return ticket;
}

const view = ({ centre: _c, ...ticket }: RectificationTicket) => ticket;

export const handler = httpHandler({
  'POST /cases/{caseNumber}/rating': async ({ path, body, principal, now }) => {
    const record = await getCase(path.caseNumber, true);
    if (!record) throw notFound('case_not_found', `There is no case ${path.caseNumber}.`, { caseNumber: path.caseNumber });
    assertCanSee(principal, record);
    return rate(record, { level: body.level, channel: principal.role === 'county_system' ? 'online' : body.channel, comment: body.comment }, now);
  },

  'POST /public/rating': async ({ body, now }) => {
    const record = assertQueryCode(await getCase(body.caseNumber, true), body.queryCode);
    return rate(record, { level: body.level, channel: 'query', comment: body.comment }, now);
  },

  'GET /ratings/stats': async ({ query, principal }) => ({ body: { stats: ratingStats(await listRatings(principal.centre!, query.department), query.by) } }),

  'GET /tickets': async ({ query, principal }) => {
    const tickets = await listTickets(principal.centre!, departmentFor(principal, query.department));
    return { body: { tickets: tickets.filter((t) => !query.status || t.status === query.status).map(view) } };
  },

  'POST /tickets/{ticketId}/follow-up': async ({ path, body, principal, now }) => {
    const ticket = await ownTicket(principal, path.ticketId);
    if (ticket.status !== 'open') throw conflict('ticket_resolved', 'This ticket is resolved; it takes no more follow-ups.');
    const after = { ...ticket, followUps: [...ticket.followUps, { at: now.toISOString(), by: principal.name, note: body.note }] };
    await updateTicket(ticket, after);
    return { body: view(after) };
  },

  'POST /tickets/{ticketId}/resolve': async ({ path, body, principal, now }) => {
    const ticket = await ownTicket(principal, path.ticketId);
    if (ticket.status !== 'open') throw conflict('ticket_resolved', 'This ticket is already resolved.');
    const after: RectificationTicket = { ...ticket, status: 'resolved', resolution: { at: now.toISOString(), by: principal.name, result: body.result } };
    await updateTicket(ticket, after);
    return { body: view(after) };
  },
});
