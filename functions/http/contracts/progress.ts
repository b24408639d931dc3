import * as z from 'zod/mini';
import '#domain/zod-locale';
import { caseNumber, type RouteContract } from './shared';

/** 办件进度查询, public. */
export const PROGRESS_CONTRACT = {
  'POST /public/progress': {
    body: z.strictObject({
      caseNumber,
      queryCode: z.string().check(z.trim(), z.minLength(8), z.maxLength(8)),
    }),
    status: 200,
    response: z.object({
      caseNumber: z.string(),
      itemName: z.string(),
      department: z.string(),
      applicant: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      receivedAt: z.string(),
      promisedBy: z.optional(z.string()),
      provisional: z.optional(z.boolean()),
      missing: z.optional(z.array(z.object({ name: z.string(), problem: z.string() }))),
      supplementDueDate: z.optional(z.string()),
      deferred: z.optional(z.object({ materials: z.array(z.string()), dueDate: z.string() })),
      readyForPickupSince: z.optional(z.string()),
      /** 出件: pickup or courier; the tracking number once mailed; who collected it (masked). */
      delivery: z.object({
        method: z.enum(['pickup', 'courier']),
        carrier: z.optional(z.string()),
        trackingNumber: z.optional(z.string()),
        sentOn: z.optional(z.string()),
        receivedOn: z.optional(z.string()),
        collectedAt: z.optional(z.string()),
        collectedBy: z.optional(z.string()),
      }),
      steps: z.array(z.object({ at: z.string(), step: z.string(), state: z.string() })),
    }),
  },
} satisfies Record<string, RouteContract>;
