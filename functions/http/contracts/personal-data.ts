import * as z from 'zod/mini';
import '../../domain/zod-locale';
import type { RouteContract } from './shared';

const caseNumber = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,80}$/, 'Not a case number.'));

/** The full identity behind a case's masked values, for those whose work needs it. */
export const PERSONAL_DATA_CONTRACT = {
  'GET /cases/{caseNumber}/personal-data': {
    path: z.object({ caseNumber }),
    status: 200,
    response: z.object({
      caseNumber: z.string(),
      applicant: z.object({ kind: z.enum(['person', 'legal_person']), name: z.string(), idNumber: z.string(), phone: z.optional(z.string()) }),
      agent: z.optional(z.object({ name: z.string(), idNumber: z.string() })),
    }),
  },
} satisfies Record<string, RouteContract>;
