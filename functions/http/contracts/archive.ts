import * as z from 'zod/mini';
import '#domain/zod-locale';
import { caseNumber, type RouteContract } from './shared';

const property = z.object({ status: z.enum(['pass', 'fail', 'unverified']), problems: z.array(z.string()) });

const Verification = z.object({
  caseNumber: z.string(),
  packageKey: z.string(),
  department: z.string(),
  checkedAt: z.string(),
  status: z.enum(['passed', 'failed']),
  properties: z.object({
    authenticity: property.check(z.meta({ description: '真实性: the manifest is the one recorded on the case' })),
    integrity: property.check(z.meta({ description: '完整性: every object present with its SHA-256' })),
    usability: property.check(z.meta({ description: '可用性: manifest and objects open as their types' })),
    security: property.check(z.meta({ description: '安全性: Object Lock COMPLIANCE until the retention date (unverified where storage does not report it)' })),
  }),
});

/** 归档: the archive package of a case, and the verification of packages. Supervisors only. */
export const ARCHIVE_CONTRACT = {
  'GET /archive/cases/{caseNumber}': {
    path: z.object({ caseNumber }),
    status: 200,
    response: z.object({
      caseNumber: z.string(),
      archived: z.object({ at: z.string(), packageKey: z.string(), manifestSha256: z.string() }),
      /** The manifest read now hashes to the value recorded on the case when it was archived. */
      manifestSha256Matches: z.boolean(),
      manifest: z.looseObject({ caseNumber: z.string(), objects: z.array(z.looseObject({})) }),
      manifestUrl: z.string(),
      objects: z.array(
        z.object({
          role: z.string().check(z.meta({ description: 'material, notice, result, delivery_proof, case_record or audit_trail' })),
          ref: z.string(),
          title: z.string(),
          key: z.string(),
          size: z.int(),
          contentType: z.string(),
          sha256: z.string(),
          url: z.string().check(z.meta({ description: 'Presigned GET URL of the archived object' })),
        }),
      ),
      urlsExpireAt: z.string(),
      /** 补充件: addendum packages (e.g. the rating given after archiving), each linked to this package, with its manifest URL. */
      addenda: z.array(
        z.object({
          packageKey: z.string(),
          manifestKey: z.string(),
          manifestSha256: z.string(),
          at: z.string(),
          seqs: z.array(z.int()),
          actions: z.array(z.string()),
          manifestUrl: z.string(),
        }),
      ),
      refusedChanges: z.array(
        z.object({ at: z.string(), action: z.string(), attemptedState: z.string(), actor: z.object({ subject: z.string(), name: z.string(), role: z.string() }) }),
      ),
      verification: z.optional(Verification),
    }),
  },
  'GET /archive/verifications': {
    query: z.strictObject({
      status: z.optional(z.enum(['passed', 'failed'])),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2000))),
    }),
    status: 200,
    response: z.object({ verifications: z.array(Verification), nextCursor: z.optional(z.string()) }),
  },
} satisfies Record<string, RouteContract>;
