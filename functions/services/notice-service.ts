import { createHash } from 'node:crypto';
import { readObjectViaUrl } from '#adapters/s3-urls';
import { setting } from '#config/settings';
import type { CaseRecord } from '#domain/case/records';
import type { NoticeRecord } from '#domain/notices';
import type { Principal } from '#domain/principal';
import { logger } from '#logger';
import { recordPersonalDataAccess } from '#repositories/case-repository';

/** A notice whose PDF is stored. */
export type IssuedNotice = NoticeRecord & Required<Pick<NoticeRecord, 'objectKey' | 'sha256' | 'size'>>;

/**
 * The stored PDF, checked against its SHA-256. A notice names the applicant in full, so handing it
 * out is recorded in the case's personal-data access log like any other opening of the full identity.
 */
export async function openIssuedNotice(record: CaseRecord, notice: IssuedNotice, principal: Principal, now: Date): Promise<Buffer> {
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
  return pdf;
}
