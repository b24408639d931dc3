import * as z from 'zod/mini';
import '#domain/zod-locale';
import { day, type RouteContract } from './shared';

const YearView = z.object({
  year: z.int(),
  source: z.string(),
  holidays: z.int(),
  workdays: z.int(),
  loadedAt: z.optional(z.string()),
  /** The account that loaded the year (its subject), and the person's name as the screens show it. */
  loadedBy: z.optional(z.string()),
  loadedByName: z.optional(z.string()),
});

/** The working-day calendar (工作日历) of the caller's centre. */
export const CALENDAR_CONTRACT = {
  'GET /calendar': { status: 200, response: z.object({ years: z.array(YearView) }) },
  'PUT /calendar/{year}': {
    path: z.object({ year: z.coerce.number().check(z.int(), z.minimum(2020), z.maximum(2100)) }),
    body: z.strictObject({
      holidays: z.array(day).check(z.maxLength(60)),
      workdays: z.array(day).check(z.maxLength(20)),
      source: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    }),
    status: 200,
    response: z.extend(YearView, {
      /** The open cases counted again on the loaded year, and each deadline that moved. */
      deadlines: z.object({
        checked: z.int(),
        changed: z.array(z.object({ caseNumber: z.string(), from: z.string(), to: z.string(), provisional: z.boolean() })),
      }),
    }),
  },
} satisfies Record<string, RouteContract>;
