import * as z from 'zod/mini';
import '#domain/zod-locale';
import { CASE_STATES, WAIT_STEPS } from '#domain/case/lifecycle';
import { SPECIAL_PROCEDURE_KINDS } from '#domain/case/records';
import { ITEM_TYPES, LIMIT_UNITS } from '#domain/item';
import { DELIVERY_VIEW } from './delivery-view';
import { Actor } from './shared';

/** A case as the API shows it, and one line of its history. */
const Problem = z.object({ code: z.string(), name: z.string(), problem: z.string() });
export const SPECIAL_PROCEDURE_KIND_LIST = Object.keys(SPECIAL_PROCEDURE_KINDS) as [
  keyof typeof SPECIAL_PROCEDURE_KINDS,
  ...(keyof typeof SPECIAL_PROCEDURE_KINDS)[],
];

export const CaseView = z.object({
  caseNumber: z.string(),
  centre: z.string(),
  itemCode: z.string(),
  itemVersion: z.int(),
  itemName: z.string(),
  itemType: z.enum(ITEM_TYPES),
  department: z.string(),
  promisedDays: z.int(),
  applicant: z.object({
    kind: z.enum(['person', 'legal_person']),
    name: z.string(),
    idNumberMasked: z.string(),
    phone: z.optional(z.string()),
  }),
  agent: z.optional(
    z.object({
      kind: z.enum(['proxy', 'centre_helper']),
      name: z.string(),
      idNumberMasked: z.string(),
      reason: z.string(),
      authorisation: z.object({
        document: z.optional(z.looseObject({ code: z.string(), sha256: z.string() })),
        note: z.optional(z.string()),
      }),
    }),
  ),
  channel: z.enum(['window', 'online', 'county_system']),
  materials: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      objectKey: z.string(),
      sha256: z.string(),
      size: z.number(),
      contentType: z.string(),
      reusedFrom: z.optional(z.object({ caseNumber: z.string(), verifiedAt: z.string() })),
    }),
  ),
  state: z.enum(CASE_STATES),
  version: z.int(),
  promisedBy: z.optional(z.string()),
  /** promisedBy counted on a provisional year (以国务院公布的节假日安排为准). */
  provisional: z.optional(z.boolean()),
  limitUnit: z.optional(z.enum(LIMIT_UNITS)),
  correction: z.optional(
    z.object({
      requestedAt: z.string(),
      problems: z.array(Problem),
      resolvedAt: z.optional(z.string()),
    }),
  ),
  deferred: z.optional(
    z.object({
      materials: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          dueDate: z.optional(z.string()),
          broughtAt: z.optional(z.string()),
          broughtBy: z.optional(Actor),
          late: z.optional(z.boolean()),
        }),
      ),
      dueDate: z.string(),
      commitment: z.string(),
      /** The item's rule for a missed due day: terminate (终止办理) or wait. */
      onLapse: z.optional(z.enum(['terminate', 'wait'])),
      /** 容缺承诺未履行, recorded when a due day passed with the material outstanding. */
      missed: z.optional(
        z.object({ recordedAt: z.string(), materials: z.array(z.object({ code: z.string(), name: z.string(), dueDate: z.string() })) }),
      ),
    }),
  ),
  termination: z.optional(z.object({ reason: z.string(), terminatedAt: z.string(), recordedBy: Actor })),
  decidedAtWindow: z.optional(z.boolean()),
  forwarding: z.optional(z.object({ minutes: z.number(), limitMinutes: z.number(), late: z.boolean() })),
  withdrawal: z.optional(z.object({ reason: z.string(), withdrawnAt: z.string(), recordedBy: Actor })),
  receivedAt: z.string(),
  submittedBy: Actor,
  forwardedAt: z.optional(z.string()),
  decision: z.optional(z.object({ outcome: z.enum(['approve', 'deny']), opinion: z.string(), decidedAt: z.string(), decidedBy: Actor })),
  resultReadyAt: z.optional(z.string()),
  ...DELIVERY_VIEW,
  closedAt: z.optional(z.string()),
  coDepartments: z.optional(z.array(z.string())),
  acceptance: z.optional(z.object({ acceptedOn: z.string(), acceptedAt: z.string(), deemed: z.boolean(), acceptedBy: Actor })),
  refusal: z.optional(z.object({ reason: z.string(), legalBasis: z.string(), refusedAt: z.string(), refusedBy: Actor })),
  supplementRequest: z.optional(
    z.object({
      problems: z.array(Problem),
      dueDate: z.string(),
      requestedAt: z.string(),
      requestedBy: Actor,
      suppliedAt: z.optional(z.string()),
    }),
  ),
  pauses: z.optional(
    z.array(
      z.object({
        kind: z.enum(SPECIAL_PROCEDURE_KIND_LIST),
        reason: z.string(),
        startedAt: z.string(),
        startedBy: Actor,
        expectedDays: z.optional(z.int()),
        endedAt: z.optional(z.string()),
        endedBy: z.optional(Actor),
        outcome: z.optional(z.string()),
        pausedWorkingDays: z.optional(z.int()),
        startedOn: z.optional(z.string()),
        endedOn: z.optional(z.string()),
        /** The promised deadline when the procedure started, and after it ended. */
        deadlineBefore: z.optional(z.string()),
        deadlineAfter: z.optional(z.string()),
      }),
    ),
  ),
  extension: z.optional(z.object({ days: z.int(), reason: z.string(), approvedBy: z.string(), recordedBy: Actor, at: z.string() })),
  assignee: z.optional(z.object({ subject: z.string(), name: z.string(), since: z.string(), assignedBy: Actor })),
  coOpinions: z.optional(
    z.array(
      z.object({
        department: z.string(),
        since: z.string(),
        outcome: z.optional(z.enum(['approve', 'deny'])),
        opinion: z.optional(z.string()),
        at: z.optional(z.string()),
        by: z.optional(Actor),
      }),
    ),
  ),
  report: z.optional(z.object({ authority: z.string(), opinion: z.string(), reportedAt: z.string(), reportedBy: Actor })),
  flags: z.optional(z.array(z.string())),
  /** 已归档: the case file is in the archive (GET /archive/cases/{caseNumber}); the case no longer changes. */
  archived: z.optional(z.object({ at: z.string(), packageKey: z.string(), manifestSha256: z.string() })),
  waitingFor: z.optional(z.enum(WAIT_STEPS)),
  waitingSince: z.optional(z.string()),
});

export const AuditLine = z.object({
  seq: z.int(),
  at: z.string(),
  action: z.string(),
  fromState: z.nullable(z.string()),
  toState: z.string(),
  result: z.string(),
  actor: Actor,
  details: z.record(z.string(), z.unknown()),
});
