import * as z from 'zod';
import { CASE_STATES } from '../domain/case';
import { ITEM_TYPES, ServiceItemInputSchema } from '../domain/item';
import { ACCEPTED_CONTENT_TYPES, MAX_MATERIAL_BYTES } from '../domain/upload';

/**
 * Request and response schemas of every route, keyed by API Gateway route key. Handlers validate
 * with them and /openapi.json is generated from them, so the contract and the code cannot drift.
 */
const caseNumber = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'Not a case number.');
const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'A SHA-256 fingerprint is 64 hexadecimal characters.');

const Actor = z.object({ subject: z.string(), name: z.string(), role: z.string(), department: z.string().optional() });

export const ItemResponse = ServiceItemInputSchema.and(
  z.object({ version: z.number().int(), createdAt: z.string(), createdBy: z.string() }),
);

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
  channel: z.enum(['window', 'online', 'county_system']),
  materials: z.array(
    z.object({ code: z.string(), name: z.string(), objectKey: z.string(), sha256: z.string(), size: z.number(), contentType: z.string() }),
  ),
  state: z.enum(CASE_STATES),
  version: z.number().int(),
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

export interface RouteContract {
  body?: z.ZodType;
  query?: z.ZodType;
  path?: z.ZodType;
  status: number;
  response: z.ZodType;
}

export const CONTRACT = {
  'GET /health': { status: 200, response: z.object({ status: z.literal('ok'), time: z.string() }) },
  'GET /openapi.json': { status: 200, response: z.object({ openapi: z.string() }).passthrough() },
  'POST /items': { body: ServiceItemInputSchema, status: 201, response: ItemResponse },
  'GET /items': {
    query: z.object({ department: z.string().min(1).max(100).optional() }).strict(),
    status: 200,
    response: z.object({ items: z.array(ItemResponse) }),
  },
  'GET /items/{itemCode}': {
    path: z.object({ itemCode: z.string().min(1).max(64) }),
    status: 200,
    response: ItemResponse,
  },
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
        channel: z.enum(['window', 'online', 'county_system']).default('window'),
        materials: z.array(z.object({ code: z.string().min(1).max(64), uploadId: z.string().uuid() }).strict()).max(100).default([]),
      })
      .strict(),
    status: 201,
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

export type RouteKey = keyof typeof CONTRACT;
