import { createHash } from 'node:crypto';
import { setting } from '#adapters/env';
import { readObjectViaUrl } from '#adapters/s3-urls';
import type { CaseRecord } from '#domain/case/records';
import { notFound } from '#domain/errors';
import type { Principal } from '#domain/principal';
import type { NoticeRecord } from '#domain/notices';
import { httpHandler } from '#http/handler';
import { logger } from '#logger';
import { recordPersonalDataAccess } from '#repositories/case-repository';
import { getNotice, listNotices } from '#repositories/notice-repository';
import { caseFor } from '#services/case-access';

type IssuedNotice = NoticeRecord & Required<Pick<NoticeRecord, 'objectKey' | 'sha256' | 'size'>>;

const isIssued = (n: NoticeRecord): n is IssuedNotice => n.status === 'issued' && !!n.objectKey && !!n.sha256 && n.size !== undefined;

/** An ASCII file name, and the Chinese one for clients that read RFC 6266 filename*. */
function disposition(notice: IssuedNotice): string {
  const name = `${notice.title}-${notice.number}.pdf`;
  return `inline; filename="${notice.number}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const handler = httpHandler({
  'GET /cases/{caseNumber}/notices': async ({ path, principal }) => {
    // Notices are part of the case file: whoever may read the case may read its notices, nobody else.
    const record = await caseFor(path.caseNumber, principal, 'case.read');
    // A notice being rendered right now is not listed until its PDF is stored.
    const notices = (await listNotices(record.caseNumber)).filter(isIssued);
    return {
      body: {
        caseNumber: record.caseNumber,
        notices: notices.map((n) => ({
          noticeId: n.noticeId,
          kind: n.kind,
          number: n.number,
          title: n.title,
          issuedAt: n.issuedAt,
          auditSeq: n.auditSeq,
          sha256: n.sha256,
          size: n.size,
          contentType: 'application/pdf' as const,
          href: `/cases/${record.caseNumber}/notices/${n.noticeId}`,
        })),
      },
    };
  },

  'GET /cases/{caseNumber}/notices/{noticeId}': async ({ path, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'case.read');
    const notice = await getNotice(record.caseNumber, path.noticeId);
    if (!notice || !isIssued(notice)) {
      throw notFound('notice_not_found', `Case ${record.caseNumber} has no notice ${path.noticeId} (yet).`, { caseNumber: record.caseNumber, noticeId: path.noticeId });
    }
    return pdfResponse(record, notice, principal, now);
  },

  // 补打: the applicant lost the receipt, and with it the query code for 办件进度查询.
  'GET /cases/{caseNumber}/receipt': async ({ path, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'case.reprint_receipt');
    const receipt = (await listNotices(record.caseNumber)).filter(isIssued).filter((n) => n.kind === 'intake_receipt').at(-1);
    if (!receipt) {
      throw notFound('receipt_not_found', `Case ${record.caseNumber} has no 材料接收告知单 (yet): an application sent back for correction gets one when it is complete.`, {
        caseNumber: record.caseNumber,
      });
    }
    return pdfResponse(record, receipt, principal, now);
  },
});

/**
 * The stored PDF, checked against its SHA-256. A notice names the applicant in full, so handing it
 * out is recorded in the case's personal-data access log like any other opening of the full identity.
 */
async function pdfResponse(record: CaseRecord, notice: IssuedNotice, principal: Principal, now: Date) {
  const chunks: Uint8Array[] = [];
  const read = await readObjectViaUrl(setting('materialsBucket'), notice.objectKey, (chunk) => chunks.push(chunk));
  if (!read) throw new Error(`The PDF of notice ${notice.number} is missing from storage (${notice.objectKey})`);
  const pdf = Buffer.concat(chunks);
  // Fixity: hand out only the document that was issued.
  if (createHash('sha256').update(pdf).digest('hex') !== notice.sha256) {
    logger.error('notice fixity check failed', { caseNumber: record.caseNumber, noticeId: notice.noticeId, objectKey: notice.objectKey });
    throw new Error(`The stored PDF of notice ${notice.number} does not match its SHA-256`);
  }
  await recordPersonalDataAccess({
    caseNumber: record.caseNumber,
    at: now.toISOString(),
    subject: principal.subject,
    name: principal.name,
    role: principal.role,
    ...(principal.department ? { department: principal.department } : {}),
    document: notice.number,
  });
  return {
    binary: pdf,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': disposition(notice),
      'cache-control': 'private, no-store',
      'x-content-sha256': notice.sha256,
    },
  };
}
