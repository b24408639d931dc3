import * as z from 'zod/mini';
import '#domain/zod-locale';
import { AUDIT_SUBJECTS } from '#domain/audit-trail';
import type { RouteContract } from './shared';

const AuditLineView = z.object({
  at: z.string(),
  action: z.string(),
  actor: z.object({ subject: z.string(), name: z.string(), role: z.string(), department: z.optional(z.string()) }),
  centre: z.optional(z.string()),
  details: z.record(z.string(), z.unknown()),
});

/** Subjects named in a path: a credit flag is found by the identity number in a body instead. */
const PATH_SUBJECTS = AUDIT_SUBJECTS.filter((s) => s !== 'credit_flag') as [Exclude<(typeof AUDIT_SUBJECTS)[number], 'credit_flag'>, ...Exclude<(typeof AUDIT_SUBJECTS)[number], 'credit_flag'>[]];

/** The audit trail (审计记录): every change to a subject, oldest first, with actor, role and time. */
export const AUDIT_TRAIL_CONTRACT = {
  'GET /audit-trail/{subject}/{subjectId}': {
    path: z.object({ subject: z.enum(PATH_SUBJECTS), subjectId: z.string().check(z.minLength(1), z.maxLength(100)) }),
    status: 200,
    response: z.object({ subject: z.string(), subjectId: z.string(), lines: z.array(AuditLineView) }),
  },
  'POST /credit-flags/history': {
    body: z.strictObject({
      kind: z.enum(['person', 'legal_person']),
      idNumber: z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18)),
    }),
    status: 200,
    response: z.object({ lines: z.array(AuditLineView) }),
  },
} satisfies Record<string, RouteContract>;

