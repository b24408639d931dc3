import { logger } from '#logger';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { writeOutAuditLines } from '#repositories/case-repository';
import { carriedAuditLinesOf } from '#repositories/stream-records';

/**
 * Writes out the audit lines a case head carries (lines no other stream function acts on, saved with
 * the head in one conditional write; see mayRideOnHead). Every head that carries lines comes here
 * through the table's stream, in order per case; each line is written only if it is not there yet, so
 * a redelivered head changes nothing. At the first failure it stops and reports that record: the
 * stream redelivers from there (in AWS: retries, bisecting, then the dead-letter queue and its alarm),
 * and until a line is written out the head keeps it and the case's history shows it from there.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  for (const record of event.Records) {
    const lines = carriedAuditLinesOf(record);
    try {
      await writeOutAuditLines(lines);
    } catch (error) {
      logger.error('audit line write-out failed', {
        caseNumber: lines[0]?.caseNumber,
        seqs: lines.map((l) => l.seq),
        error: error as Error,
      });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber! }] };
    }
  }
  return { batchItemFailures: [] };
}
