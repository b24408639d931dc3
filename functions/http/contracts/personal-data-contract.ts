import * as z from 'zod/mini';
import '#domain/zod-locale';
import { caseNumber, type RouteContract } from './shared';


/** The full identity behind a case's masked values, for those whose work needs it. */
export const PERSONAL_DATA_CONTRACT = {
  'GET /cases/{caseNumber}/personal-data': {
    path: z.object({ caseNumber }),
    status: 200,
    response: z.object({
      caseNumber: z.string(),
      applicant: z.object({ kind: z.enum(['person', 'legal_person']), name: z.string(), idNumber: z.string(), phone: z.optional(z.string()) }),
      agent: z.optional(z.object({ name: z.string(), idNumber: z.string() })),
      /** The full courier address, for the mailing label (邮寄送达). */
      delivery: z.optional(z.object({ address: z.looseObject({ recipient: z.string(), phone: z.string(), city: z.string(), street: z.string() }) })),
    }),
  },
} satisfies Record<string, RouteContract>;
