import * as z from 'zod/mini';
import '../../domain/zod-locale';
import { caseNumber, type RouteContract } from './shared';

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const comment = z._default(z.string().check(z.trim(), z.maxLength(1000)), '');
const note = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

const RatingView = z.object({
  caseNumber: z.string(),
  level: z.int(),
  label: z.string(),
  channel: z.string(),
  comment: z.string(),
  ratedAt: z.string(),
  department: z.string(),
  itemCode: z.string(),
  ticketId: z.optional(z.string()),
});

const TicketView = z.object({
  ticketId: z.string(),
  caseNumber: z.string(),
  department: z.string(),
  itemCode: z.string(),
  level: z.int(),
  comment: z.string(),
  openedAt: z.string(),
  dueBy: z.optional(z.string()),
  status: z.enum(['open', 'resolved']),
  followUps: z.array(z.object({ at: z.string(), by: z.string(), note: z.string() })),
  resolution: z.optional(z.object({ at: z.string(), by: z.string(), result: z.string() })),
});

const ticketId = z.object({ ticketId: z.uuid() });

/** 好差评 and 差评整改. */
export const RATING_CONTRACT = {
  'POST /cases/{caseNumber}/rating': {
    path: z.object({ caseNumber }),
    body: z.strictObject({ level, channel: z._default(z.enum(['window', 'online', 'mobile', 'phone']), 'window'), comment }),
    status: 201,
    response: RatingView,
  },
  'POST /public/rating': {
    body: z.strictObject({ caseNumber, queryCode: z.string().check(z.trim(), z.minLength(8), z.maxLength(8)), level, comment }),
    status: 201,
    response: RatingView,
  },
  'GET /ratings/stats': {
    query: z.strictObject({ by: z._default(z.enum(['department', 'item']), 'department'), department: z.optional(z.string().check(z.minLength(1), z.maxLength(100))) }),
    status: 200,
    response: z.object({
      stats: z.array(
        z.object({
          department: z.string(),
          itemCode: z.optional(z.string()),
          count: z.int(),
          average: z.number(),
          goodShare: z.number(),
          byLevel: z.record(z.string(), z.int()),
        }),
      ),
    }),
  },
  'GET /tickets': {
    query: z.strictObject({ department: z.optional(z.string().check(z.minLength(1), z.maxLength(100))), status: z.optional(z.enum(['open', 'resolved'])) }),
    status: 200,
    response: z.object({ tickets: z.array(TicketView) }),
  },
  'POST /tickets/{ticketId}/follow-up': { path: ticketId, body: z.strictObject({ note }), status: 200, response: TicketView },
  'POST /tickets/{ticketId}/resolve': { path: ticketId, body: z.strictObject({ result: note }), status: 200, response: TicketView },
} satisfies Record<string, RouteContract>;
