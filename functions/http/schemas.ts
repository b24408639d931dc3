import * as z from 'zod';
import { CASE_STATES } from '../domain/case';
import { ITEM_TYPES } from '../domain/item';
import { COUNTY_EVENT_CONTRACT } from './contracts/county-events';
import { DRAFT_CONTRACT } from './contracts/drafts';
import { ITEM_CONTRACT } from './contracts/items';
import { NOTICE_CONTRACT } from './contracts/notices';
import { ItemResponse } from './contracts/shared';
import { ACCEPTED_CONTENT_TYPES, MAX_MATERIAL_BYTES } from '../domain/upload';

/**
 * Request and response schemas of every route, keyed by API Gateway route key. Handlers validate
 * with them and /openapi.json is generated from them, so the contract and the code cannot drift.
 */
const caseNumber = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'Not a case number.');
const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'A SHA-256 fingerprint is 64 hexadecimal characters.');

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD.');

/** What the clerk brings to formal review, at intake and at 补正. */
const ReviewFields = {
  materials: z.array(z.object({ code: z.string().min(1).max(64), uploadId: z.string().uuid() }).strict()).max(100).default([]),
  /** Materials the clerk found defective on paper, with the reason the applicant is told. */
  defects: z.array(z.object({ code: z.string().min(1).max(64), reason: z.string().trim().min(1).max(500) }).strict()).max(100).default([]),
  /** 容缺: materials brought later under the applicant's signed commitment (承诺书). */
  deferral: z
    .object({
      materials: z.array(z.string().min(1).max(64)).min(1).max(50),
      commitment: z.string().trim().min(1).max(2000),
      dueDate: day.optional(),
    })
    .strict()
    .optional(),
  /** 即办: decide on the spot (authorised clerks, 即办件 only). */
  decideNow: z.object({ outcome: z.enum(['approve', 'deny']), opinion: z.string().trim().min(1).max(2000) }).strict().optional(),
};

const Actor = z.object({ subject: z.string(), name: z.string(), role: z.string(), department: z.string().optional() });

export const CaseView = z.object({
  caseNumber: z.string(),
  centre: z.string(),
  itemCode: z.string(),
  itemVersion: z.number().int(),
  itemName: z.string(),
  itemType: z.enum(ITEM_TYPES),
  department: z.string(),
  promisedDays: z.number().int(),
  applicant: z.object({
    kind: z.enum(['person', 'legal_person']),
    name: z.string(),
    idNumberMasked: z.string(),
    phone: z.string().optional(),
  }),
  agent: z
    .object({
      kind: z.enum(['proxy', 'centre_helper']),
      name: z.string(),
      idNumberMasked: z.string(),
      reason: z.string(),
      authorisation: z.object({ document: z.object({ code: z.string(), sha256: z.string() }).passthrough().optional(), note: z.string().optional() }),
    })
    .optional(),
  channel: z.enum(['window', 'online', 'county_system']),
  materials: z.array(
    z.object({ code: z.string(), name: z.string(), objectKey: z.string(), sha256: z.string(), size: z.number(), contentType: z.string() }),
  ),
  state: z.enum(CASE_STATES),
  version: z.number().int(),
  promisedBy: z.string().optional(),
  correction: z
    .object({
      requestedAt: z.string(),
      problems: z.array(z.object({ code: z.string(), name: z.string(), problem: z.string() })),
      resolvedAt: z.string().optional(),
    })
    .optional(),
  deferred: z
    .object({ materials: z.array(z.object({ code: z.string(), name: z.string() })), dueDate: z.string(), commitment: z.string() })
    .optional(),
  decidedAtWindow: z.boolean().optional(),
  receivedAt: z.string(),
  submittedBy: Actor,
  forwardedAt: z.string().optional(),
  decision: z
    .object({ outcome: z.enum(['approve', 'deny']), opinion: z.string(), decidedAt: z.string(), decidedBy: Actor })
    .optional(),
  resultReadyAt: z.string().optional(),
  handover: z.object({}).passthrough().optional(),
  closedAt: z.string().optional(),
  waitingFor: z.enum(['forward', 'result_ready']).optional(),
});

export const AuditLine = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  result: z.string(),
  actor: Actor,
  details: z.record(z.string(), z.unknown()),
});

export const ErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export type { RouteContract } from './contracts/shared';
import type { RouteContract } from './contracts/shared';

export const CONTRACT = {
  'GET /health': { status: 200, response: z.object({ status: z.literal('ok'), time: z.string() }) },
  'GET /openapi.json': { status: 200, response: z.object({ openapi: z.string() }).passthrough() },
  ...ITEM_CONTRACT,
  ...DRAFT_CONTRACT,
  ...COUNTY_EVENT_CONTRACT,
  ...NOTICE_CONTRACT,
  'POST /uploads': {
    body: z
      .object({
        fileName: z.string().trim().min(1).max(200),
        contentType: z.enum(ACCEPTED_CONTENT_TYPES),
        sha256,
        size: z.number().int().min(1).max(MAX_MATERIAL_BYTES),
      })
      .strict(),
    status: 201,
    response: z.object({ uploadId: z.string(), uploadUrl: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: z.string() }),
  },
  'POST /uploads/{uploadId}/complete': {
    path: z.object({ uploadId: z.string().uuid() }),
    status: 200,
    response: z.object({ uploadId: z.string(), status: z.literal('verified'), sha256: z.string(), size: z.number(), contentType: z.string() }),
  },
  'POST /cases': {
    body: z
      .object({
        itemCode: z.string().min(1).max(64),
        applicant: z
          .object({
            kind: z.enum(['person', 'legal_person']),
            name: z.string().trim().min(1).max(100),
            idNumber: z.string().trim().toUpperCase().min(18).max(18),
            phone: z.string().regex(/^1\d{10}$/, 'A mobile number has 11 digits starting with 1.').optional(),
          })
          .strict(),
        /** 帮办代办: someone applying on the applicant's behalf, on recorded authority. */
        agent: z
          .object({
            kind: z.enum(['proxy', 'centre_helper']),
            name: z.string().trim().min(1).max(100),
            idNumber: z.string().trim().toUpperCase().min(18).max(18),
            reason: z.enum(['elderly', 'disabled', 'pregnant', 'ill', 'other']),
            authorisation: z.object({ uploadId: z.string().uuid().optional(), note: z.string().trim().max(500).optional() }).strict(),
          })
          .strict()
          .optional(),
        channel: z.enum(['window', 'online', 'county_system']).default('window'),
        ...ReviewFields,
      })
      .strict(),
    status: 201,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/supplement': {
    path: z.object({ caseNumber }),
    body: z.object(ReviewFields).strict(),
    status: 200,
    response: CaseView,
  },
  'GET /cases/{caseNumber}': {
    path: z.object({ caseNumber }),
    status: 200,
    response: CaseView.extend({ history: z.array(AuditLine) }),
  },
  'GET /queue': {
    query: z
      .object({
        state: z.enum(CASE_STATES).optional(),
        department: z.string().min(1).max(100).optional(),
        limit: z.coerce.number().int().min(1).max(100).default(50),
        cursor: z.string().max(2000).optional(),
      })
      .strict(),
    status: 200,
    response: z.object({ department: z.string(), cases: z.array(CaseView), nextCursor: z.string().optional() }),
  },
  'POST /cases/{caseNumber}/decision': {
    path: z.object({ caseNumber }),
    body: z.object({ outcome: z.enum(['approve', 'deny']), opinion: z.string().trim().min(1).max(2000) }).strict(),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/handover': {
    path: z.object({ caseNumber }),
    body: z
      .object({
        recipientName: z.string().trim().min(1).max(100),
        recipientIsApplicant: z.boolean(),
        identityVerified: z.literal(true, { error: 'The recipient’s identity must be checked before hand-over.' }),
      })
      .strict(),
    status: 200,
    response: CaseView,
  },
} satisfies Record<string, RouteContract>;

export { ItemResponse };
export type RouteKey = keyof typeof CONTRACT;
