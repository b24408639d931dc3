import { logger } from '#logger';
import { createHash } from 'node:crypto';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { optionalSetting, setting } from '#config/settings';
import { DEPARTMENT_PROFILES } from '#catalog/departments';
import { putObjectViaUrl, readObjectViaUrl } from '#adapters/s3-urls';
import { renderNoticePdf } from '#documents/pdf';
import { pngImage } from '#documents/png';
import type { AuditEntry } from '#domain/case/transition';
import type { CaseRecord } from '#domain/case/records';
import { chinaDate } from '#domain/case-number';
import type { MaterialSpec } from '#domain/item';
import { progressUrl, queryCodeFor } from '#domain/progress';
import {
  buildNotice,
  mayIssueNotices,
  NOTICE_KINDS,
  noticeId,
  noticeNumber,
  noticeObjectKey,
  noticesFor,
  type NoticeKind,
  type NoticeRecord,
} from '#domain/notices';
import { getCase } from '#repositories/case-repository';
import { getItemVersion } from '#repositories/item-repository';
import { getNotice, markIssued, recordIssuedNotice } from '#repositories/notice-repository';
import { openRecorded } from '#services/personal-data-service';
import { forEachAuditLine } from './audit-stream';

/** The renderer as it appears in the personal-data access log. */
const RENDERER = { subject: 'notice-renderer', name: 'OneWindow notice renderer', role: 'system' } as const;

/**
 * Issues the notices (文书) an audit line calls for — 材料接收告知单, 一次性补正告知书, 容缺受理通知书,
 * 领取通知, 送达回证 (with the recipient's signature image) … — as PDFs stored with the case. It reads the same stream as case-events, through its own event
 * source mapping, so a slow or failing render never holds up the workflow or the events.
 *
 * Idempotent per audit line and kind: a notice is recorded once its PDF is stored, in one write with
 * its number, so a redelivered line finds it recorded and stops (one numbered but not stored, as
 * notices were recorded before, is finished under the same number and date): never a second notice.
 */
export function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  return forEachAuditLine(event, logger, 'notice issue', async (audit) => {
    if (mayIssueNotices(audit)) await issueNoticesFor(audit);
  });
}

async function issueNoticesFor(audit: AuditEntry): Promise<void> {
  // The case and its audit line are written in one transaction, so the case is there.
  const record = await getCase(audit.caseNumber, true);
  if (!record) throw new Error(`Case ${audit.caseNumber} of audit line ${audit.seq} was not found`);
  const kinds = noticesFor(audit, record);
  if (kinds.length === 0) return;
  const item = await getItemVersion(record.itemCode, record.itemVersion);
  for (const kind of kinds) await issue(kind, audit, record, item?.materials);
}

async function issue(kind: NoticeKind, audit: AuditEntry, record: CaseRecord, checklist: MaterialSpec[] | undefined): Promise<void> {
  const id = noticeId(audit.seq, kind);
  const found = await getNotice(record.caseNumber, id, true);
  if (found?.status === 'issued') return;
  // The notice is the applicant's own paper: it names them in full (and a mailed 送达回证 the whole address).
  const personal = record.personalData
    ? await openRecorded({ caseNumber: record.caseNumber, personalData: record.personalData }, RENDERER, new Date())
    : undefined;
  const queryCode = kind === 'intake_receipt' && record.applicantKey ? queryCodeFor(record.applicantKey, record.caseNumber) : undefined;
  const base = optionalSetting('publicBaseUrl', '');
  /** Renders the notice under its number and date and stores its PDF. */
  const store = async (notice: Pick<NoticeRecord, 'number' | 'issuedAt'>) => {
    const doc = buildNotice(kind, {
      number: notice.number,
      issuedAt: notice.issuedAt,
      centreName: setting('centreName'),
      case: record,
      checklist,
      ...(personal ? { personal } : {}),
      ...(DEPARTMENT_PROFILES.has(record.department) ? { department: DEPARTMENT_PROFILES.get(record.department)! } : {}),
      ...(queryCode ? { progress: { queryCode, ...(base ? { url: progressUrl(base, record.caseNumber, queryCode) } : {}) } } : {}),
    });
    const pdf = await renderNoticePdf(doc, doc.signature ? await signatureImage(doc.signature.objectKey) : undefined);
    const objectKey = noticeObjectKey(record.caseNumber, id);
    await putObjectViaUrl(setting('materialsBucket'), objectKey, pdf, 'application/pdf');
    return {
      objectKey,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      size: pdf.length,
      storedAt: new Date().toISOString(),
    };
  };
  let notice: NoticeRecord;
  if (found) {
    // Numbered, not yet stored (recorded so before notices were numbered as they were issued): finished under its number.
    const stored = await store(found);
    await markIssued(record.caseNumber, id, stored);
    notice = { ...found, status: 'issued', ...stored };
  } else {
    // Dated the day of the event it answers (a correction notice is due on the day of intake), not the day it was rendered.
    const date = chinaDate(new Date(audit.at));
    notice = await recordIssuedNotice(
      { centre: record.centre, date, kindCode: NOTICE_KINDS[kind].code },
      record.caseNumber,
      id,
      async (seq) => {
        const numbered = {
          caseNumber: record.caseNumber,
          noticeId: id,
          kind,
          number: noticeNumber(kind, record.centre, date, seq),
          title: NOTICE_KINDS[kind].title,
          auditSeq: audit.seq,
          issuedAt: audit.at,
        };
        return { ...numbered, status: 'issued', ...(await store(numbered)) };
      },
    );
  }
  logger.info('notice issued', { caseNumber: record.caseNumber, noticeId: id, number: notice.number, size: notice.size });
}

/** The signature scanned at hand-over (checked to be a usable PNG then). */
async function signatureImage(objectKey: string) {
  const chunks: Uint8Array[] = [];
  const found = await readObjectViaUrl(setting('materialsBucket'), objectKey, (chunk) => chunks.push(chunk));
  if (!found) throw new Error(`Signature image ${objectKey} is missing`);
  return pngImage(Buffer.concat(chunks));
}
