import * as z from 'zod/mini';
import '#domain/zod-locale';
import { text, type RouteContract } from './shared';

const identity = {
  kind: z.enum(['person', 'legal_person']),
  idNumber: z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18)),
};
const reason = text(500);

const CreditFlagView = z.object({
  active: z.boolean(),
  reason: z.string(),
  source: z.string(),
  flaggedAt: z.string(),
  clearedAt: z.optional(z.string()),
  clearReason: z.optional(z.string()),
});

/** An applicant's record across cases (材料复用, credit flags), found by identity number in the body. */
export const APPLICANT_CONTRACT = {
  'POST /applicants/lookup': {
    body: z.strictObject(identity),
    status: 200,
    response: z.object({
      reusableMaterials: z.array(
        z.object({ code: z.string(), name: z.string(), sha256: z.string(), size: z.number(), contentType: z.string(), caseNumber: z.string(), verifiedAt: z.string() }),
      ),
      creditFlag: z.optional(CreditFlagView),
      /** 容缺承诺未履行: cases whose deferred materials this applicant did not bring by their due day. */
      missedCommitments: z.array(
        z.object({
          caseNumber: z.string(),
          itemCode: z.string(),
          itemName: z.string(),
          materials: z.array(z.object({ code: z.string(), name: z.string(), dueDate: z.string() })),
          recordedAt: z.string(),
        }),
      ),
    }),
  },
  'POST /credit-flags': {
    body: z.strictObject({ ...identity, reason, source: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) }),
    status: 201,
    response: CreditFlagView,
  },
  'POST /credit-flags/clear': { body: z.strictObject({ ...identity, reason }), status: 200, response: CreditFlagView },
} satisfies Record<string, RouteContract>;
