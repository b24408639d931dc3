import { randomUUID } from 'node:crypto';
import { centreCalendar } from '../repositories/calendar-repository';
import { assertCanSee, type CaseRecord } from '../domain/case';
import { notFound } from '../domain/errors';
import { assertQueryCode } from '../domain/progress';
import { rateCase, ratingStats, ticketFor, type RatingChannel, type RatingLevel } from '../domain/rating';
import { parseTicketDays } from '../domain/ticket';
import { optionalSetting } from '../adapters/env';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { listRatings, saveRating } from '../repositories/rating-repository';

async function rate(record: CaseRecord, input: { level: RatingLevel; channel: RatingChannel; comment: string }, now: Date) {
  const rating = rateCase(record, input, now);
  const ticket = ticketFor(rating, randomUUID(), await centreCalendar(record.centre), parseTicketDays(optionalSetting('ticketDays', '')).rectification);
  await saveRating(rating, ticket);
  const { centre: _c, ...view } = rating;
  return { status: 201, body: { ...view, ...(ticket ? { ticketId: ticket.ticketId } : {}) } };
}

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
});
