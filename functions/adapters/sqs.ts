import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { clientPerEndpoint } from './client-per-endpoint';

const sqs = /* @__PURE__ */ clientPerEndpoint('AWS_ENDPOINT_URL_SQS', () => new SQSClient({ maxAttempts: 3 }));

/** SendMessageBatch takes at most 10 messages. */
const BATCH = 10;

/**
 * Puts each body (as JSON) on the queue, ten per call; entries SQS refuses are sent again with backoff,
 * and a message still refused after five rounds is an error (the caller's invocation is retried).
 * Locally AWS_ENDPOINT_URL_SQS points the same calls at the stand-in (local/sqs.ts).
 */
export async function sendMessages(queueUrl: string, bodies: readonly unknown[]): Promise<void> {
  for (let start = 0; start < bodies.length; start += BATCH) {
    let entries = bodies.slice(start, start + BATCH).map((body, i) => ({ Id: String(i), MessageBody: JSON.stringify(body) }));
    for (let round = 0; entries.length > 0; round++) {
      if (round === 5) throw new Error(`SQS refused ${entries.length} message(s) five times`);
      if (round > 0) await new Promise((r) => setTimeout(r, 100 * 2 ** round));
      const out = await sqs().send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
      const failed = new Set((out.Failed ?? []).map((f) => f.Id));
      entries = entries.filter((e) => failed.has(e.Id));
    }
  }
}
