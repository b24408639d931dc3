import { randomUUID } from 'node:crypto';
import { centreCalendar } from '#repositories/calendar-repository';
import { requireStaff } from '#domain/access-policy';
import { APPLICANT, auditLine } from '#domain/audit-trail';
import { actorOf, type Actor } from '#domain/case/actor';
import type { CaseRecord } from '#domain/case/records';
import type { Principal } from '#domain/principal';
import { AppError } from '#domain/errors';
import { assertQueryCode } from '#domain/progress';
import { rateCase, ratingStats, ratingTransition, ticketFor, type RatingChannel, type RatingLevel } from '#domain/rating';
import { parseTicketDays } from '#domain/ticket';
import { optionalSetting } from '#config/settings';
import { httpHandler } from '#http/handler';
import { RATINGS_ROUTES } from '#manifest';
import { RATING_CONTRACT } from '#http/contracts/ratings';
import { appendAfterArchive, getCase, saveTransition } from '#repositories/case-repository';
import { alreadyRated, getRating, listRatings, ratingPuts } from '#repositories/rating-repository';
import { caseFor } from '#services/case-access';

/**
 * 好差评 on record: the rating, its ticket and a line of the case's history (actor, channel, level) are
 * written together. An archived case stays frozen: the line is appended after its last one and the
 * archiver puts it in an addendum package linked to the original (CaseRated).
 */
async function rate(
  caseNumber: string,
  read: () => Promise<CaseRecord>,
  input: { level: RatingLevel; channel: RatingChannel; comment: string },
  actorFor: (record: CaseRecord) => Actor,
  by: Principal,
  now: Date,
) {
  for (let attempt = 1; ; attempt++) {
    const record = await read();
    if (await getRating(caseNumber)) throw alreadyRated(caseNumber);
    const actor = actorFor(record);
    const rated = { ...rateCase(record, input, now), ratedBy: actor };
    // Staff entering it for the applicant (window pad, phone) are named; the applicant with the query code is not.
    const rating = by === APPLICANT ? rated : { ...rated, enteredBy: { subject: by.subject, name: by.name, role: by.role } };
    const ticket = ticketFor(
      rating,
      randomUUID(),
      await centreCalendar(record.centre),
      parseTicketDays(optionalSetting('ticketDays', '')).rectification,
    );
    const line = ratingTransition(record, rating, actor, now);
    const trail = (subject: 'rating' | 'ticket', subjectId: string, action: string, details: Record<string, unknown>) =>
      auditLine({ subject, subjectId, action, centre: record.centre, details }, by, now, randomUUID());
    const audit = [
      trail('rating', record.caseNumber, 'rated', { level: rating.level, channel: rating.channel, comment: rating.comment }),
      ...(ticket
        ? [trail('ticket', ticket.ticketId, 'ticket_opened', { kind: ticket.kind, department: ticket.department, level: rating.level })]
        : []),
    ];
    try {
      if (record.archived) await appendAfterArchive(line.audit, ratingPuts(rating, ticket, audit));
      else await saveTransition(record, line, ratingPuts(rating, ticket, audit));
    } catch (error) {
      // Changed meanwhile (the workflow closed or archived it, or someone rated it): read again.
      const retry =
        error instanceof AppError
          ? error.code === 'case_changed' || error.code === 'archived'
          : Boolean(error && (error as { name?: string }).name === 'TransactionCanceledException');
      if (retry && attempt < 4) continue;
      throw error;
    }
    const { centre: _c, ...view } = rating;
    return { status: 201, body: { ...view, ...(ticket ? { ticketId: ticket.ticketId } : {}) } };
  }
}

export const handler = httpHandler(RATINGS_ROUTES, RATING_CONTRACT, {
  'POST /cases/{caseNumber}/rating': async ({ path, body, principal, now }) => {
    const read = () => caseFor(path.caseNumber, principal, 'case.rate', true);
    const channel = principal.role === 'county_system' ? 'online' : body.channel;
    return rate(path.caseNumber, read, { level: body.level, channel, comment: body.comment }, () => actorOf(principal), principal, now);
  },

  'POST /public/rating': async ({ body, now }) => {
    const read = async () => assertQueryCode(await getCase(body.caseNumber, true), body.queryCode);
    // The applicant, known only by the query code: named as the case names them (masked).
    const applicant = (record: CaseRecord): Actor => ({ subject: 'query-code', name: record.applicant.name, role: 'applicant' });
    return rate(body.caseNumber, read, { level: body.level, channel: 'query', comment: body.comment }, applicant, APPLICANT, now);
  },

  'GET /ratings/stats': async ({ query, principal }) => ({
    body: { stats: ratingStats(await listRatings(requireStaff(principal).centre, query.department), query.by) },
  }),
});
