import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SQSBatchResponse } from 'aws-lambda';
import type { FunctionSpec } from '#manifest';
import { AwsJsonError, closeServer, serveAwsJson } from './aws-json';
import { invoke, LOCAL_ACCOUNT, LOCAL_REGION } from './lambda';

/**
 * Amazon SQS on this machine for the queue-fed functions of the manifest (kind 'queue'), over SQS's
 * JSON protocol: SendMessage and SendMessageBatch, and, as Lambda's event source mapping does, workers
 * that hand each function batches of messages, side by side up to its concurrency. A message whose
 * invocation fails (or that the function reports in batchItemFailures) comes back after a delay, and
 * after five receives goes to a dead-letter file in the data folder. Messages wait in memory.
 */
export interface LocalSqs {
  endpoint: string;
  queueUrl(functionName: string): string;
  /** Messages waiting or being worked on, per function. */
  depth(functionName: string): number;
  stop(): Promise<void>;
}

interface Message {
  messageId: string;
  body: string;
  receiveCount: number;
  visibleAt: number;
  sentAt: number;
}

/** Workers per queue on this machine, whatever the function's concurrency in AWS. */
export const LOCAL_QUEUE_WORKERS = 4;
const MAX_RECEIVES = 5;
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

export async function startSqs(port: number, specs: readonly FunctionSpec[], deadLetterFile: string): Promise<LocalSqs> {
  mkdirSync(dirname(deadLetterFile), { recursive: true });
  const endpoint = `http://127.0.0.1:${port}`;
  const queueName = (functionName: string) => `onewindow-${functionName}`;
  const queueUrl = (functionName: string) => `${endpoint}/${LOCAL_ACCOUNT}/${queueName(functionName)}`;
  const queues = new Map<string, { spec: FunctionSpec; messages: Message[]; inFlight: number }>(
    specs.map((spec) => [queueUrl(spec.name), { spec, messages: [], inFlight: 0 }]),
  );
  const queueOf = (input: Record<string, unknown>) => {
    const queue = queues.get(String(input.QueueUrl));
    if (!queue) throw new AwsJsonError('AWS.SimpleQueueService.NonExistentQueue', `No queue ${String(input.QueueUrl)}`);
    return queue;
  };
  const enqueue = (queue: { messages: Message[] }, body: string) => {
    const message = { messageId: randomUUID(), body, receiveCount: 0, visibleAt: 0, sentAt: Date.now() };
    queue.messages.push(message);
    return message;
  };

  const server = await serveAwsJson(port, 'AmazonSQS', {
    SendMessage: (input) => {
      const message = enqueue(queueOf(input), String(input.MessageBody ?? ''));
      return { MessageId: message.messageId, MD5OfMessageBody: md5(message.body) };
    },
    SendMessageBatch: (input) => {
      const queue = queueOf(input);
      const entries = (input.Entries ?? []) as { Id: string; MessageBody: string }[];
      if (entries.length === 0 || entries.length > 10) throw new AwsJsonError('AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 'A batch holds 1 to 10 messages');
      return {
        Successful: entries.map((e) => {
          const message = enqueue(queue, e.MessageBody);
          return { Id: e.Id, MessageId: message.messageId, MD5OfMessageBody: md5(e.MessageBody) };
        }),
        Failed: [],
      };
    },
  });

  let stopped = false;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const workers: Promise<void>[] = [];
  for (const queue of queues.values()) {
    const { spec } = queue;
    const batchSize = spec.queue?.batchSize ?? 10;
    const arn = `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${queueName(spec.name)}`;
    for (let w = 0; w < Math.min(LOCAL_QUEUE_WORKERS, spec.queue?.maxConcurrency ?? 1); w++) {
      workers.push(
        (async () => {
          while (!stopped) {
            const now = Date.now();
            const batch: Message[] = [];
            for (let i = 0; i < queue.messages.length && batch.length < batchSize; ) {
              const m = queue.messages[i]!;
              if (m.visibleAt <= now) {
                queue.messages.splice(i, 1);
                batch.push(m);
              } else i++;
            }
            if (batch.length === 0) {
              await sleep(100);
              continue;
            }
            queue.inFlight += batch.length;
            let failed: Set<string>;
            try {
              const records = batch.map((m) => ({
                messageId: m.messageId,
                receiptHandle: m.messageId,
                body: m.body,
                attributes: { ApproximateReceiveCount: String(m.receiveCount + 1), SentTimestamp: String(m.sentAt) },
                messageAttributes: {},
                md5OfBody: md5(m.body),
                eventSource: 'aws:sqs',
                eventSourceARN: arn,
                awsRegion: LOCAL_REGION,
              }));
              const response = (await invoke(spec.name, { Records: records })) as SQSBatchResponse | undefined;
              failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
            } catch (error) {
              console.error(`[sqs] ${spec.name} failed:`, error instanceof Error ? error.message : error);
              failed = new Set(batch.map((m) => m.messageId));
            }
            for (const m of batch.filter((b) => failed.has(b.messageId))) {
              m.receiveCount++;
              if (m.receiveCount >= MAX_RECEIVES) appendFileSync(deadLetterFile, `${JSON.stringify({ queue: queueName(spec.name), ...m, at: new Date().toISOString() })}\n`);
              else queue.messages.push({ ...m, visibleAt: Date.now() + 1000 * m.receiveCount });
            }
            queue.inFlight -= batch.length;
          }
        })(),
      );
    }
  }

  return {
    endpoint,
    queueUrl,
    depth: (functionName) => {
      const queue = queues.get(queueUrl(functionName));
      return queue ? queue.messages.length + queue.inFlight : 0;
    },
    async stop() {
      stopped = true;
      await Promise.all(workers);
      await closeServer(server);
    },
  };
}
