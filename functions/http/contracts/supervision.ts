import * as z from 'zod/mini';
import '../../domain/zod-locale';
import type { RouteContract } from './shared';

/** 电子监察 views. */
export const SUPERVISION_CONTRACT = {
  'GET /supervision/warnings': {
    query: z.strictObject({
      level: z.optional(z.enum(['yellow', 'red'])),
      department: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    }),
    status: 200,
    response: z.object({
      warnings: z.array(
        z.object({
          caseNumber: z.string(),
          level: z.enum(['yellow', 'red']),
          promisedBy: z.string(),
          workingDaysLeft: z.int(),
          department: z.string(),
          itemCode: z.string(),
          forwardingLate: z.boolean(),
          since: z.string(),
          checkedAt: z.string(),
        }),
      ),
    }),
  },
} satisfies Record<string, RouteContract>;
