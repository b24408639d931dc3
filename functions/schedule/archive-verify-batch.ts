import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import '#domain/zod-locale';
import { setting } from '#adapters/env';
import { sendMessages } from '#adapters/sqs';
import { logger } from '#logger';
import { verifySlicePage } from './archive-verify';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const Slice = z.object({
  centre: z.string().check(z.minLength(1)),
  department: z.string().check(z.minLength(1)),
  from: z.optional(day),
  to: z.optional(day),
  cursor: z.optional(z.string()),
});

/**
 * A worker of the archive verification: for each slice on the queue it verifies one page of packages
 * and puts the rest of the slice back on the queue, so many workers share a province's archive and
 * none runs long. A slice that fails is retried by SQS (verifying a package again only replaces its
 * result) and parked in the queue's dead-letter queue after five tries.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const slice = Slice.parse(JSON.parse(record.body));
      const { run, rest } = await verifySlicePage(slice);
      if (rest) await sendMessages(setting('archiveVerifyQueueUrl'), [rest]);
      logger.info('archive verification slice', { department: slice.department, from: slice.from, to: slice.to, checked: run.checked, failed: run.failed, more: Boolean(rest) });
    } catch (error) {
      logger.error('archive verification slice failed', { messageId: record.messageId, error: error as Error });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
