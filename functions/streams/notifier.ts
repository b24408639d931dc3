import { logger } from '#logger';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { setting } from '#adapters/env';
import { sendSms } from '#adapters/sns';
import type { AuditEntry } from '#domain/case/transition';
import { maskIdNumber } from '#domain/identity';
import { notificationKindOf, queuedNotification, smsNumber, type NotificationKind } from '#domain/notification';
import type { Sealed } from '#domain/personal-data';
import { getCase } from '#repositories/case-repository';
import { markNotification, queueNotification } from '#repositories/notification-repository';
import { openRecorded } from '#services/personal-data-service';
import { forEachAuditLine } from './audit-stream';

/** The notifier as it appears in the personal-data access log. */
const NOTIFIER = { subject: 'notifier', name: 'OneWindow SMS notifier', role: 'system' } as const;

/**
 * 领取通知 by SMS: an audit line that makes the result ready (or mails it) queues a message in the
 * outbox, then sends it. The phone number is opened from the sealed personal data only to send, and
 * that opening is recorded like any other. Idempotent per audit line: a redelivered line finds its
 * message sent and stops; one queued but not sent is sent now.
 */
export function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  return forEachAuditLine(event, logger, 'notification', async (audit) => {
    const kind = notificationKindOf(audit);
    if (kind) await notify(audit, kind);
  });
}

async function notify(audit: AuditEntry, kind: NotificationKind): Promise<void> {
  const record = await getCase(audit.caseNumber, true);
  if (!record) throw new Error(`Case ${audit.caseNumber} of audit line ${audit.seq} was not found`);
  const queued = await queueNotification(queuedNotification(audit, kind, record, setting('centreName')));
  if (queued.status !== 'queued') return;
  const phone = record.personalData ? await openPhone(record.caseNumber, record.personalData) : undefined;
  if (!phone) {
    await markNotification(record.caseNumber, queued.notificationId, { status: 'no_phone' });
    return;
  }
  const messageId = await sendSms(smsNumber(phone), queued.text);
  await markNotification(record.caseNumber, queued.notificationId, { status: 'sent', to: maskIdNumber(phone), sentAt: new Date().toISOString(), messageId });
  logger.info('notification sent', { caseNumber: record.caseNumber, notificationId: queued.notificationId, kind });
}

/** The applicant's mobile, else the courier recipient's: recorded before it is read. */
async function openPhone(caseNumber: string, sealed: Sealed): Promise<string | undefined> {
  const data = await openRecorded({ caseNumber, personalData: sealed }, NOTIFIER, new Date());
  return data.applicant.phone ?? data.delivery?.address.phone;
}
