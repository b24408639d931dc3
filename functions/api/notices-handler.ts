import type { CaseRecord } from '#domain/case/records';
import { notFound } from '#domain/errors';
import type { Principal } from '#domain/principal';
import type { NoticeRecord } from '#domain/notices';
import { httpHandler } from '#http/handler';
import { NOTICES_ROUTES } from '#manifest';
import { NOTICE_CONTRACT } from '#http/contracts/notices-contract';
import { getNotice, listNotices } from '#repositories/notice-repository';
import { caseFor } from '#services/case-access';
import { openIssuedNotice, type IssuedNotice } from '#services/notice-service';

const isIssued = (n: NoticeRecord): n is IssuedNotice => n.status === 'issued' && !!n.objectKey && !!n.sha256 && n.size !== undefined;

/** An ASCII file name, and the Chinese one for clients that read RFC 6266 filename*. */
function disposition(notice: IssuedNotice): string {
  const name = `${notice.title}-${notice.number}.pdf`;
  return `inline; filename="${notice.number}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const handler = httpHandler(NOTICES_ROUTES, NOTICE_CONTRACT, {
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
      throw notFound('notice_not_found', `Case ${record.caseNumber} has no notice ${path.noticeId} (yet).`, {
        caseNumber: record.caseNumber,
        noticeId: path.noticeId,
      });
    }
    return pdfResponse(record, notice, principal, now);
  },

  // 补打: the applicant lost the receipt, and with it the query code for 办件进度查询.
  'GET /cases/{caseNumber}/receipt': async ({ path, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'case.reprint_receipt');
    const receipt = (await listNotices(record.caseNumber))
      .filter(isIssued)
      .filter((n) => n.kind === 'intake_receipt')
      .at(-1);
    if (!receipt) {
      throw notFound(
        'receipt_not_found',
        `Case ${record.caseNumber} has no 材料接收告知单 (yet): an application sent back for correction gets one when it is complete.`,
        {
          caseNumber: record.caseNumber,
        },
      );
    }
    return pdfResponse(record, receipt, principal, now);
  },
});

/** The notice's PDF as the response, opened (checked and recorded) by the notice service. */
async function pdfResponse(record: CaseRecord, notice: IssuedNotice, principal: Principal, now: Date) {
  const pdf = await openIssuedNotice(record, notice, principal, now);
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
