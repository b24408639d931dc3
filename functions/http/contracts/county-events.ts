import * as z from 'zod';
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
  attempts: z.number().int(),
  status: z.enum(['open', 'replayed']),
  caseNumber: z.string().optional(),
  replayedAt: z.string().optional(),
  resubmittedBy: z.string().optional(),
  resubmittedAt: z.string().optional(),
});

/** County-system applications refused at intake, and their replay. */
export const COUNTY_EVENT_CONTRACT = {
  'GET /county-events/rejected': {
    query: z
      .object({ status: z.enum(['open', 'replayed']).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) })
      .strict(),
    status: 200,
    response: z.object({ rejections: z.array(RejectionView) }),
  },
  'POST /county-events/rejected/{rejectionId}/replay': {
    path: z.object({ rejectionId: z.string().regex(/^[0-9a-f]{32}$/, 'Not a rejection id.') }),
    status: 202,
    response: z.object({ rejectionId: z.string(), status: z.literal('resubmitted') }),
  },
} satisfies Record<string, RouteContract>;
