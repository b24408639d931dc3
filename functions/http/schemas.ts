import * as z from 'zod/mini';
import '#domain/zod-locale';
import { CASE_STATES, WAIT_STEPS } from '#domain/case/lifecycle';
import { SPECIAL_PROCEDURE_KINDS } from '#domain/case/records';
import { ITEM_TYPES, LIMIT_UNITS } from '#domain/item';
import { APPLICANT_CONTRACT } from './contracts/applicants';
import { ARCHIVE_CONTRACT } from './contracts/archive';
import { AUDIT_TRAIL_CONTRACT } from './contracts/audit-trail';
import { CALENDAR_CONTRACT } from './contracts/calendar';
import { COUNTY_EVENT_CONTRACT } from './contracts/county-events';
import { DRAFT_CONTRACT } from './contracts/drafts';
import { PERSONAL_DATA_CONTRACT } from './contracts/personal-data-contract';
import { PROGRESS_CONTRACT } from './contracts/progress';
import { RATING_CONTRACT } from './contracts/ratings';
import { ITEM_CONTRACT } from './contracts/items';
import { NOTICE_CONTRACT } from './contracts/notices-contract';
import { SUPERVISION_CONTRACT } from './contracts/supervision';
import { TICKET_CONTRACT } from './contracts/tickets';
import { HALL_CONTRACT } from './contracts/hall';
import { DELIVERY_BODIES, DELIVERY_VIEW, DeliveryInput, NOTIFICATION_CONTRACT, ResultDocumentInput } from './contracts/delivery';
import { Actor, caseNumber, day, ItemResponse, line, printable, text } from './contracts/shared';
import { ACCEPTED_CONTENT_TYPES, MAX_MATERIAL_BYTES } from '#domain/upload';

/**
 * Request and response schemas of every route, keyed by API Gateway route key. Handlers validate
 * with them and /openapi.json is generated from them, so the contract and the code cannot drift.
 */
const sha256 = z.string().check(z.regex(/^[0-9a-fA-F]{64}$/, 'SHA-256 指纹应为 64 位十六进制字符'));


/** A catalog item's or a material's code. */
const code = z.string().check(z.minLength(1), z.maxLength(64));
/** 居民身份证号 / 统一社会信用代码: 18 characters, upper case. */
const idNumber = z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18));

/** What the clerk brings to formal review, at intake and at 补正. */
const ReviewFields = {
  /** Each material as a new scan (uploadId), or reused from an earlier case of the applicant (reuse.sha256, 材料复用). */
  materials: z._default(
    z.array(z.strictObject({ code: code, uploadId: z.optional(z.uuid()), reuse: z.optional(z.strictObject({ sha256 })) })).check(z.maxLength(100)),
    [],
  ),
  /** Materials the clerk found defective on paper, with the reason the applicant is told. */
  defects: z._default(z.array(z.strictObject({ code: code, reason: text(500) })).check(z.maxLength(100)), []),
  /** 容缺: materials brought later under the applicant's signed commitment (承诺书). */
  deferral: z.optional(
    z.strictObject({
      materials: z.array(code).check(z.minLength(1), z.maxLength(50)),
      commitment: text(2000),
      dueDate: z.optional(day),
    }),
  ),
  /** 即办: decide on the spot (authorised clerks, 即办件 only). */
  decideNow: z.optional(z.strictObject({ outcome: z.enum(['approve', 'deny']), opinion: text(2000) })),
};

const Problem = z.object({ code: z.string(), name: z.string(), problem: z.string() });
const SPECIAL_PROCEDURE_KIND_LIST = Object.keys(SPECIAL_PROCEDURE_KINDS) as [keyof typeof SPECIAL_PROCEDURE_KINDS, ...(keyof typeof SPECIAL_PROCEDURE_KINDS)[]];

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
      missed: z.optional(z.object({ recordedAt: z.string(), materials: z.array(z.object({ code: z.string(), name: z.string(), dueDate: z.string() })) })),
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
    z.object({ problems: z.array(Problem), dueDate: z.string(), requestedAt: z.string(), requestedBy: Actor, suppliedAt: z.optional(z.string()) }),
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

export const ErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export type { RouteContract } from './contracts/shared';
import type { RouteContract } from './contracts/shared';

export const CONTRACT = {
  'GET /health': {
    status: 200,
    // 503 with status "unavailable" while any engine is down.
    response: z.object({
      status: z.enum(['ok', 'unavailable']),
      time: z.string(),
      engines: z.record(z.string(), z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.optional(z.string()) })),
    }),
  },
  'GET /openapi.json': { status: 200, response: z.looseObject({ openapi: z.string() }) },
  ...ITEM_CONTRACT,
  ...DRAFT_CONTRACT,
  ...CALENDAR_CONTRACT,
  ...RATING_CONTRACT,
  ...TICKET_CONTRACT,
  ...PROGRESS_CONTRACT,
  ...SUPERVISION_CONTRACT,
  ...APPLICANT_CONTRACT,
  ...PERSONAL_DATA_CONTRACT,
  ...COUNTY_EVENT_CONTRACT,
  ...NOTICE_CONTRACT,
  ...ARCHIVE_CONTRACT,
  ...AUDIT_TRAIL_CONTRACT,
  ...NOTIFICATION_CONTRACT,
  ...HALL_CONTRACT,
  'POST /uploads': {
    body: z.strictObject({
      fileName: line(200),
      contentType: z.enum(ACCEPTED_CONTENT_TYPES),
      sha256,
      size: z.int().check(z.minimum(1), z.maximum(MAX_MATERIAL_BYTES)),
    }),
    status: 201,
    response: z.object({ uploadId: z.string(), uploadUrl: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: z.string() }),
  },
  'POST /uploads/{uploadId}/complete': {
    path: z.object({ uploadId: z.uuid() }),
    status: 200,
    response: z.object({ uploadId: z.string(), status: z.literal('verified'), sha256: z.string(), size: z.number(), contentType: z.string() }),
  },
  'POST /cases': {
    body: z.strictObject({
      itemCode: code,
      applicant: z.strictObject({
        kind: z.enum(['person', 'legal_person']),
        // Printed on every notice of the case.
        name: line(100).check(printable('申请人姓名（名称）')),
        idNumber,
        phone: z.optional(z.string().check(z.regex(/^1\d{10}$/, '手机号码应为以 1 开头的 11 位数字'))),
      }),
      /** 帮办代办: someone applying on the applicant's behalf, on recorded authority. */
      agent: z.optional(
        z.strictObject({
          kind: z.enum(['proxy', 'centre_helper']),
          name: line(100).check(printable('代办人姓名')),
          idNumber,
          reason: z.enum(['elderly', 'disabled', 'pregnant', 'ill', 'other']),
          authorisation: z.strictObject({
            uploadId: z.optional(z.uuid()),
            note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
          }),
        }),
      ),
      channel: z._default(z.enum(['window', 'online', 'county_system']), 'window'),
      /** 送达方式: how the applicant wants the result (courier only where the item allows it). */
      delivery: z._default(DeliveryInput, { method: 'pickup' }),
      ...ReviewFields,
    }),
    status: 201,
    // queryCode: for 办件进度查询 (POST /public/progress), handed to the applicant with the receipt.
    response: z.extend(CaseView, { queryCode: z.optional(z.string()) }),
  },
  'POST /cases/{caseNumber}/withdraw': {
    path: z.object({ caseNumber }),
    body: z.strictObject({
      reason: text(500),
      /** The clerk saw the applicant's (or the authorised agent's) signed request to withdraw. */
      applicantConfirmed: z.literal(true, { error: '撤回须有申请人签字的撤回申请（applicantConfirmed: true）' }),
    }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/supplement': {
    path: z.object({ caseNumber }),
    body: z.strictObject(ReviewFields),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/deferred-materials': {
    path: z.object({ caseNumber }),
    /** 容缺材料补交: each deferred material as a new scan. */
    body: z.strictObject({ materials: z.array(z.strictObject({ code, uploadId: z.uuid() })).check(z.minLength(1), z.maxLength(50)) }),
    status: 200,
    response: CaseView,
  },
  'GET /cases/{caseNumber}': {
    path: z.object({ caseNumber }),
    status: 200,
    response: z.extend(CaseView, { history: z.array(AuditLine) }),
  },
  'GET /cases/{caseNumber}/materials/{code}': {
    path: z.object({ caseNumber, code }),
    status: 200,
    response: z.object({ code: z.string(), name: z.string(), contentType: z.string(), sha256: z.string(), url: z.string(), expiresAt: z.string() }),
  },
  'GET /output-desk': {
    query: z.strictObject({ state: z.optional(z.enum(['approved', 'denied', 'not_accepted', 'result_ready', 'mailed'])) }),
    status: 200,
    response: z.object({ cases: z.array(CaseView), truncated: z.boolean() }),
  },
  'GET /queue': {
    query: z.strictObject({
      state: z.optional(z.enum(CASE_STATES)),
      department: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
      itemCode: z.optional(code),
      /** 电子监察 light: only cases near (yellow) or past (red) their promised deadline. */
      warning: z.optional(z.enum(['yellow', 'red'])),
      /** 联办: co_opinion lists the joint cases waiting for this department's opinion (its 待办), with the step deadline. */
      task: z.optional(z.enum(['co_opinion'])),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2000))),
    }),
    status: 200,
    response: z.object({
      department: z.string(),
      cases: z.array(
        z.extend(CaseView, {
          /** With task=co_opinion: this department's task, since when, its limit and the day it is due. */
          coOpinionTask: z.optional(z.object({ department: z.string(), since: z.string(), limitDays: z.int(), dueOn: z.optional(z.string()) })),
        }),
      ),
      nextCursor: z.optional(z.string()),
    }),
  },
  'POST /cases/{caseNumber}/review': {
    path: z.object({ caseNumber }),
    body: z.discriminatedUnion('outcome', [
      /** 受理 */
      z.strictObject({ outcome: z.literal('accept') }),
      /** 不予受理: the reason and its legal basis are printed on the notice. */
      z.strictObject({ outcome: z.literal('refuse'), reason: text(2000), legalBasis: text(500) }),
      /** 补正: every problem at once, and the day by which to bring it. */
      z.strictObject({
        outcome: z.literal('request_supplement'),
        problems: z.array(z.strictObject({ code, name: line(200), problem: text(500) })).check(z.minLength(1), z.maxLength(100)),
        dueDate: day,
      }),
    ]),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/special-procedures': {
    path: z.object({ caseNumber }),
    body: z.strictObject({
      kind: z.enum(SPECIAL_PROCEDURE_KIND_LIST),
      reason: text(2000),
      expectedDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
    }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/special-procedures/end': {
    path: z.object({ caseNumber }),
    body: z.strictObject({ outcome: text(2000) }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/extension': {
    path: z.object({ caseNumber }),
    body: z.strictObject({
      days: z.int().check(z.minimum(1), z.maximum(15)),
      reason: text(2000),
      /** The head of the body (本行政机关负责人) who approved it. */
      approvedBy: line(100),
    }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/assignee': {
    path: z.object({ caseNumber }),
    body: z.strictObject({ subject: line(200), name: line(100), reason: text(500) }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/co-opinion': {
    path: z.object({ caseNumber }),
    body: z.strictObject({ outcome: z.enum(['approve', 'deny']), opinion: text(2000) }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/report': {
    path: z.object({ caseNumber }),
    body: z.strictObject({ authority: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/, '请填写上级机关的系统标识（字母、数字、点、横线或下划线）')), opinion: text(2000) }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/higher-authority-decision': {
    path: z.object({ caseNumber }),
    // The authority's system may attach its result document; otherwise the output window registers it with the scan.
    body: z.strictObject({ outcome: z.enum(['approve', 'deny']), opinion: text(2000), result: z.optional(ResultDocumentInput) }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/decision': {
    path: z.object({ caseNumber }),
    /** The decision and its result (准予: the licence or 准予许可决定书; 不予: the 不予许可决定书), which the output window scans. */
    body: z.strictObject({ outcome: z.enum(['approve', 'deny']), opinion: text(2000), result: ResultDocumentInput }),
    status: 200,
    response: CaseView,
  },
  'POST /cases/{caseNumber}/result': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.result, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/handover': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.handover, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/dispatch': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.dispatch, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/receipt': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.receipt, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/delivery-method': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.deliveryMethod, status: 200, response: CaseView },
} satisfies Record<string, RouteContract>;

export { ItemResponse };
export type RouteKey = keyof typeof CONTRACT;
