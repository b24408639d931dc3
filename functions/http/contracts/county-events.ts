import * as z from 'zod/mini';
import type { RouteContract } from './shared';

const RejectionView = z.object({
  rejectionId: z.string(),
  source: z.string(),
  applicationId: z.string(),
  event: z.object({ source: z.string(), detail: z.unknown(), time: z.string() }),
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
  rejectedAt: z.string(),
  attempts: z.int(),
  status: z.enum(['open', 'replayed']),
  caseNumber: z.optional(z.string()),
  replayedAt: z.optional(z.string()),
  resubmittedBy: z.optional(z.string()),
  resubmittedAt: z.optional(z.string()),
});

/** County-system applications refused at intake, and their replay. */
export const COUNTY_EVENT_CONTRACT = {
  'GET /county-events/rejected': {
    query: z.strictObject({
      status: z.optional(z.enum(['open', 'replayed'])),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
    }),
    status: 200,
    response: z.object({ rejections: z.array(RejectionView) }),
  },
  'POST /county-events/rejected/{rejectionId}/replay': {
    path: z.object({ rejectionId: z.string().check(z.regex(/^[0-9a-f]{32}$/, 'Not a rejection id.')) }),
    status: 202,
    response: z.object({ rejectionId: z.string(), status: z.literal('resubmitted') }),
  },
} satisfies Record<string, RouteContract>;
