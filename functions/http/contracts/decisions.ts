import * as z from 'zod/mini';
import '#domain/zod-locale';
import { code, ReviewFields } from './case-fields';
import { CaseView, SPECIAL_PROCEDURE_KIND_LIST } from './case-view';
import { ResultDocumentInput } from './delivery-view';
import { caseNumber, day, line, text, type RouteContract } from './shared';

/** Materials brought after intake: 补正 and 容缺补交. */
export const SUPPLEMENT_CONTRACT = {
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
} satisfies Record<string, RouteContract>;

/** The back office's steps: 受理 / 不予受理 / 补正 review, special procedures, extension, AB岗, 联办, 上报, the decision. */
export const DECISION_CONTRACT = {
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
    body: z.strictObject({
      authority: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/, '请填写上级机关的系统标识（字母、数字、点、横线或下划线）')),
      opinion: text(2000),
    }),
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
} satisfies Record<string, RouteContract>;
