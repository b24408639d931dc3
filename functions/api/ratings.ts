import { randomUUID } from 'node:crypto';
import { centreCalendar } from '../repositories/calendar-repository';
import { requireStaff } from '../domain/access-policy';
import type { CaseRecord } from '../domain/case';
import { assertQueryCode } from '../domain/progress';
import { rateCase, ratingStats, ticketFor, type RatingChannel, type RatingLevel } from '../domain/rating';
import { parseTicketDays } from '../domain/ticket';
import { optionalSetting } from '../adapters/env';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { listRatings, saveRating } from '../repositories/rating-repository';
import { caseFor } from '../workflow/case-access';

async function rate(record: CaseRecord, input: { level: RatingLevel; channel: RatingChannel; comment: string }, now: Date) {
  const rating = rateCase(record, input, now);
  const ticket = ticketFor(rating, randomUUID(), await centreCalendar(record.centre), parseTicketDays(optionalSetting('ticketDays', '')).rectification);
  await saveRating(rating, ticket);
  const { centre: _c, ...view } = rating;
  return { status: 201, body: { ...view, ...(ticket ? { ticketId: ticket.ticketId } : {}) } };
}

export const handler = httpHandler({
  'POST /cases/{caseNumber}/rating': async ({ path, body, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'case.rate', true);
    return rate(record, { level: body.level, channel: principal.role === 'county_system' ? 'online' : body.channel, comment: body.comment }, now);
  },

  'POST /public/rating': async ({ body, now }) => {
    const record = assertQueryCode(await getCase(body.caseNumber, true), body.queryCode);
    return rate(record, { level: body.level, channel: 'query', comment: body.comment }, now);
  },

  'GET /ratings/stats': async ({ query, principal }) => ({ body: { stats: ratingStats(await listRatings(requireStaff(principal).centre, query.department), query.by) } }),
});
