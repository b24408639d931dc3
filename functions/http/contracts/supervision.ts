import * as z from 'zod/mini';
import '#domain/zod-locale';
import { day, line, type RouteContract } from './shared';

const share = z.nullable(z.number());
const Figures = {
  /** Received (收件) within the range. */
  received: z.int(),
  open: z.int(),
  overdue: z.int(),
  decided: z.int(),
  decidedOnTime: z.int(),
  decidedLate: z.int(),
  onTimeRate: share,
  averageWorkingDaysToDecide: share,
  forwarded: z.int(),
  forwardedInTime: z.int(),
  forwardingCompliance: share,
};
const name = line(100);

/** 电子监察 views. */
export const SUPERVISION_CONTRACT = {
  'GET /supervision/statistics': {
    query: z.strictObject({
      from: day,
      to: day,
      department: z.optional(name),
      itemCode: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    }),
    status: 200,
    response: z.object({
      from: z.string(),
      to: z.string(),
      today: z.string(),
      openByState: z.array(z.object({ department: z.string(), state: z.string(), count: z.int() })),
      overdue: z.array(
        z.object({
          caseNumber: z.string(),
          department: z.string(),
          itemCode: z.string(),
          itemName: z.string(),
          state: z.string(),
          promisedBy: z.string(),
          /** promisedBy counted on a year whose holidays are not yet published. */
          provisional: z.optional(z.boolean()),
          workingDaysOverdue: z.optional(z.int()),
        }),
      ),
      total: z.object(Figures),
      byDepartment: z.array(z.object({ department: z.string(), ...Figures })),
      byItem: z.array(z.object({ department: z.string(), itemCode: z.string(), itemName: z.string(), ...Figures })),
    }),
  },
  'GET /supervision/warnings': {
    query: z.strictObject({
      level: z.optional(z.enum(['yellow', 'red'])),
      department: z.optional(name),
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
              z.object({
                step: z.string(),
                department: z.optional(z.string()),
                since: z.string(),
                limitDays: z.int(),
                workingDays: z.int(),
              }),
            ),
            [],
          ),
          assignee: z.optional(z.object({ subject: z.string(), name: z.string() })),
          /** 容缺 materials past their due day, not brought (容缺承诺未履行). */
          deferralsOverdue: z.optional(z.array(z.object({ code: z.string(), name: z.string(), dueDate: z.string() }))),
          since: z.string(),
          checkedAt: z.string(),
        }),
      ),
      /** Cases whose workflow failed a step, until it is back on track (the reconciler restarts it). */
      stalled: z.array(
        z.object({
          caseNumber: z.string(),
          department: z.string(),
          itemCode: z.string(),
          state: z.string(),
          at: z.string(),
          error: z.string(),
          cause: z.string(),
          run: z.int(),
        }),
      ),
    }),
  },
} satisfies Record<string, RouteContract>;
