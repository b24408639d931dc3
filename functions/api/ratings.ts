import { randomUUID } from 'node:crypto';
import { centreCalendar } from '../repositories/calendar-repository';
import { APPLICANT, auditLine } from '../domain/audit-trail';
import { assertCanSee, type CaseRecord } from '../domain/case';
import type { Principal } from '../domain/principal';
import { notFound } from '../domain/errors';
import { assertQueryCode } from '../domain/progress';
import { rateCase, ratingStats, ticketFor, type RatingChannel, type RatingLevel } from '../domain/rating';
import { parseTicketDays } from '../domain/ticket';
import { optionalSetting } from '../adapters/env';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { listRatings, saveRating } from '../repositories/rating-repository';

/** `by`: the staff member or county system entering the rating, or APPLICANT when the applicant rated with the query code. */
async function rate(record: CaseRecord, input: { level: RatingLevel; channel: RatingChannel; comment: string }, by: Principal, now: Date) {
  const rated = rateCase(record, input, now);
  const rating = by === APPLICANT ? rated : { ...rated, enteredBy: { subject: by.subject, name: by.name, role: by.role } };
  const ticket = ticketFor(rating, randomUUID(), await centreCalendar(record.centre), parseTicketDays(optionalSetting('ticketDays', '')).rectification);
  const line = (subject: 'rating' | 'ticket', subjectId: string, action: string, details: Record<string, unknown>) =>
    auditLine({ subject, subjectId, action, centre: record.centre, details }, by, now, randomUUID());
  await saveRating(rating, ticket, [
    line('rating', record.caseNumber, 'rated', { level: rating.level, channel: rating.channel, comment: rating.comment }),
    ...(ticket ? [line('ticket', ticket.ticketId, 'ticket_opened', { kind: ticket.kind, department: ticket.department, level: rating.level })] : []),
  ]);
  const { centre: _c, ...view } = rating;
  return { status: 201, body: { ...view, ...(ticket ? { ticketId: ticket.ticketId } : {}) } };
}

export const handler = httpHandler({
  'POST /cases/{caseNumber}/rating': async ({ path, body, principal, now }) => {
    const record = await getCase(path.caseNumber, true);
    if (!record) throw notFound('case_not_found', `There is no case ${path.caseNumber}.`, { caseNumber: path.caseNumber });
    assertCanSee(principal, record);
    return rate(record, { level: body.level, channel: principal.role === 'county_system' ? 'online' : body.channel, comment: body.comment }, principal, now);
  },

  'POST /public/rating': async ({ body, now }) => {
    const record = assertQueryCode(await getCase(body.caseNumber, true), body.queryCode);
    return rate(record, { level: body.level, channel: 'query', comment: body.comment }, APPLICANT, now);
  },

  'GET /ratings/stats': async ({ query, principal }) => ({ body: { stats: ratingStats(await listRatings(principal.centre!, query.department), query.by) } }),
});
