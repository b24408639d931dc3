/**
 * 评价器: when the clerk finishes a ticket, the window's pad asks the applicant for the national five-level
 * rating (一次一评). It is stored as 好差评 (channel window_pad) of each case registered while the ticket
 * was served — or of the service alone when none was — listed with the centre's ratings, and a 4 or 5
 * opens the rectification ticket (差评整改) as any bad rating does.
 */
import { randomUUID } from 'node:crypto';
import { optionalSetting } from '#adapters/env';
import { auditLine } from '#domain/audit-trail';
import { conflict } from '#domain/errors';
import { rateTicket } from '#domain/hall/queue-ticket';
import { windowAfterRating } from '#domain/hall/windows';
import { assertAtWindow } from '#domain/hall/windows';
import type { Principal } from '#domain/principal';
import { RATING_LABELS, ticketFor, type Rating, type RatingLevel } from '#domain/rating';
import { parseTicketDays } from '#domain/ticket';
import { centreCalendar } from '#repositories/calendar-repository';
import { getCase } from '#repositories/case-repository';
import { listHall, savePadRating } from '#repositories/hall-repository';
import { centreName, ownTicket, ownWindow, ticketView } from './common';

export async function rateAtPad(principal: Principal, ticketId: string, body: { level: RatingLevel; comment: string }, now: Date) {
  for (let attempt = 1; attempt <= 4; attempt++) {
    const ticket = await ownTicket(principal, ticketId);
    if (!ticket.windowId) throw conflict('ticket_state', `Ticket ${ticket.number} was never served at a window.`, { ticketId });
    const window = await ownWindow(principal, ticket.windowId);
    assertAtWindow(window, principal);
    const after = rateTicket(ticket, window, body.level, now);
    const { categories } = await listHall(ticket.centre);
    const category = categories.find((c) => c.code === ticket.category);
    const cases = (await Promise.all(ticket.caseNumbers.map((n) => getCase(n)))).filter((c) => c !== undefined);
    const base = {
      level: body.level,
      label: RATING_LABELS[body.level],
      channel: 'window_pad' as const,
      comment: body.comment.trim(),
      ratedAt: now.toISOString(),
      centre: ticket.centre,
      enteredBy: { subject: principal.subject, name: principal.name, role: principal.role },
    };
    const ratings: Rating[] = cases.length
      ? cases.map((c) => ({ ...base, caseNumber: c.caseNumber, department: c.department, itemCode: c.itemCode }))
      : [{ ...base, caseNumber: '', department: category?.departments[0] ?? centreName(), itemCode: category?.itemCodes[0] ?? '' }];
    const calendar = await centreCalendar(ticket.centre);
    const first = ratings[0]!;
    const rectification = ticketFor(
      { ...first, comment: first.comment || `评价器${first.label}：号票 ${ticket.number}（${window.name}）` },
      randomUUID(),
      calendar,
      parseTicketDays(optionalSetting('ticketDays', '')).rectification,
    );
    const audit = [
      ...ratings.map((r) =>
        auditLine({ subject: 'rating', subjectId: r.caseNumber || ticket.ticketId, action: 'rated', centre: ticket.centre, details: { level: r.level, channel: r.channel, ticketId, window: window.name } }, principal, now, randomUUID()),
      ),
      ...(rectification
        ? [auditLine({ subject: 'ticket', subjectId: rectification.ticketId, action: 'ticket_opened', centre: ticket.centre, details: { kind: 'rectification', department: rectification.department, level: body.level, queueTicket: ticketId } }, principal, now, randomUUID())]
        : []),
    ];
    const windowStep = window.awaitingRatingTicketId === ticketId ? { before: window, after: windowAfterRating(window, now) } : undefined;
    const outcome = await savePadRating({ before: ticket, after }, windowStep, ratings, rectification, audit);
    if (outcome !== 'saved') continue;
    return {
      ticket: ticketView(after, categories, now),
      label: RATING_LABELS[body.level],
      ratings: ratings.map((r) => ({ caseNumber: r.caseNumber, level: r.level, label: r.label, ...(rectification && r === first ? { ticketId: rectification.ticketId } : {}) })),
    };
  }
  throw conflict('queue_ticket_changed', 'The ticket changed meanwhile; rate again.', { ticketId });
}
