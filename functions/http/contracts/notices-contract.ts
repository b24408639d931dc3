import * as z from 'zod/mini';
import { caseNumber, type RouteContract } from './shared';

// The shape of noticeId() in functions/domain/notices.ts: audit seq (6 digits), a dash, the kind.
const noticeId = z.string().check(z.regex(/^\d{6}-[a-z_]{1,40}$/, 'Not a notice id.'));

export const NoticeView = z.object({
  noticeId: z.string(),
  kind: z.string().check(z.meta({ description: 'intake_receipt (材料接收告知单), correction (一次性补正告知书), deferred_acceptance (容缺受理通知书), …' })),
  number: z.string().check(z.meta({ description: 'Notice number, e.g. HZ-SJ-20261124-0001' })),
  title: z.string(),
  issuedAt: z.string().check(z.meta({ description: 'ISO 8601 instant of the event the notice answers; the date printed on it' })),
  auditSeq: z.int(),
  sha256: z.string(),
  size: z.int(),
  contentType: z.literal('application/pdf'),
  href: z.string().check(z.meta({ description: 'Path of the PDF' })),
});

/** Notices (文书) of a case: listed as JSON, each downloaded as a PDF. */
export const NOTICE_CONTRACT = {
  'GET /cases/{caseNumber}/notices': {
    path: z.object({ caseNumber }),
    status: 200,
    response: z.object({ caseNumber: z.string(), notices: z.array(NoticeView) }),
  },
  'GET /cases/{caseNumber}/notices/{noticeId}': {
    path: z.object({ caseNumber, noticeId }),
    status: 200,
    responseContentType: 'application/pdf',
    response: z.string().check(z.meta({ description: 'The notice as a PDF document', format: 'binary' })),
  },
  'GET /cases/{caseNumber}/receipt': {
    path: z.object({ caseNumber }),
    status: 200,
    responseContentType: 'application/pdf',
    response: z.string().check(z.meta({ description: 'The 材料接收告知单 as issued (with the query code and its QR code), to print again', format: 'binary' })),
  },
} satisfies Record<string, RouteContract>;
