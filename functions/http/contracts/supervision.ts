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
          level: z.enum(['green', 'yellow', 'red']),
          promisedBy: z.string(),
          workingDaysLeft: z.int(),
          department: z.string(),
          itemCode: z.string(),
          forwardingLate: z.boolean(),
          stepsOverdue: z._default(
            z.array(
              z.object({ step: z.string(), department: z.optional(z.string()), since: z.string(), limitDays: z.int(), workingDays: z.int() }),
            ),
            [],
          ),
          assignee: z.optional(z.object({ subject: z.string(), name: z.string() })),
          since: z.string(),
          checkedAt: z.string(),
        }),
      ),
    }),
  },
} satisfies Record<string, RouteContract>;
