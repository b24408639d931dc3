import * as z from 'zod/mini';
import '#domain/zod-locale';
import { caseNumber, type RouteContract } from './shared';

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const comment = z._default(z.string().check(z.trim(), z.maxLength(1000)), '');

const RatingView = z.object({
  caseNumber: z.string(),
  level: z.int(),
  label: z.string(),
  channel: z.string(),
  comment: z.string(),
  ratedAt: z.string(),
  department: z.string(),
  itemCode: z.string(),
  /** Who recorded it (staff at the window, or the applicant with the query code). */
  ratedBy: z.optional(z.object({ subject: z.string(), name: z.string(), role: z.string(), department: z.optional(z.string()) })),
  ticketId: z.optional(z.string()),
  /** Who entered the rating for the applicant; absent when the applicant rated with the query code. */
  enteredBy: z.optional(z.object({ subject: z.string(), name: z.string(), role: z.string() })),
});

/** 好差评 (a bad rating opens a rectification ticket: see tickets.ts). */
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
} satisfies Record<string, RouteContract>;
