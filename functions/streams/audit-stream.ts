import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { AuditEntry } from '#domain/case/transition';
import { auditLineOf } from '#repositories/stream-records';

/**
 * Runs `handle` for each audit line inserted into the table (the event source mapping filters the
 * same way in AWS), in order. At the first failure it stops and reports that record, so the stream
 * redelivers from there and each case's lines keep their order.
 */
export async function forEachAuditLine(
  event: DynamoDBStreamEvent,
  logger: Logger,
  what: string,
  handle: (audit: AuditEntry) => Promise<void>,
): Promise<DynamoDBBatchResponse> {
  for (const record of event.Records) {
    const audit = auditLineOf(record);
    if (!audit) continue;
    try {
      await handle(audit);
    } catch (error) {
      logger.error(`${what} failed`, { caseNumber: audit.caseNumber, seq: audit.seq, error: error as Error });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber! }] };
    }
  }
  return { batchItemFailures: [] };
}
