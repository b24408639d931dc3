import { existsSync, readFileSync } from 'node:fs';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { streamRecordFilter } from '#repositories/stream-records';
import { latestFileWriter } from './latest-file';
import { dynamoClient } from './dynamodb';
import { invoke } from './lambda';

/**
 * The table's stream feeding the stream functions, as Lambda's event source mappings do in AWS: one
 * mapping per function, each getting every matching record in order per shard, with the same filter
 * (INSERT of AUDIT# items, or the case heads carrying lines for the audit writer) and its own retry position (from its first failed record). Each
 * function's position per shard is checkpointed to its own file, so a restart neither loses nor
 * repeats records, and one function failing never holds up another.
 */
export interface StreamPoller {
  stop(): Promise<void>;
  /** Resolves once every record written so far has been handed to every function. */
  drain(): Promise<void>;
}

export interface StreamConsumer {
  functionName: string;
  /** The records it is given (the manifest's streamRecords): audit lines written by default. */
  records?: 'audit_lines' | 'carried_lines';
  checkpointFile: string;
}

export async function startStreamPoller(
  endpoint: string,
  tableName: string,
  consumers: readonly StreamConsumer[],
  intervalMs = 25,
): Promise<StreamPoller> {
  const pollers: StreamPoller[] = [];
  try {
    for (const c of consumers) pollers.push(await startMapping(endpoint, tableName, c, intervalMs));
  } catch (error) {
    await Promise.all(pollers.map((p) => p.stop()));
    throw error;
  }
  return {
    async drain() {
      await Promise.all(pollers.map((p) => p.drain()));
    },
    async stop() {
      await Promise.all(pollers.map((p) => p.stop()));
    },
  };
}

export const MAX_BACKOFF_MS = 10_000;

/** The wait after the n-th consecutive failed poll: doubling from the poll interval, capped. */
export function backoffMs(failures: number, intervalMs: number): number {
  return Math.min(MAX_BACKOFF_MS, Math.max(intervalMs, 100) * 2 ** Math.min(failures, 20));
}

/** One event source mapping: the stream, one function, one checkpoint file. */
async function startMapping(
  endpoint: string,
  tableName: string,
  { functionName, checkpointFile, records: which }: StreamConsumer,
  intervalMs: number,
): Promise<StreamPoller> {
  const dynamo = dynamoClient(endpoint);
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const table = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${tableName} has no stream`);
  const checkpoints: Record<string, string> = existsSync(checkpointFile)
    ? (JSON.parse(readFileSync(checkpointFile, 'utf8')) as Record<string, string>)
    : {};
  // At least once, as Lambda's event source mapping: a crash may hand the records after the last saved position over again.
  const saveCheckpoints = latestFileWriter(checkpointFile, () => JSON.stringify(checkpoints));
  const iterators = new Map<string, string | undefined>();
  const finished = new Set<string>();
  let stopped = false;
  let lastShardScan = 0;
  let idle = false;
  let waiting: (() => void)[] = [];

  async function scanShards() {
    let start: string | undefined;
    do {
      const out = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      for (const shard of out.StreamDescription?.Shards ?? []) {
        const id = shard.ShardId!;
        if (iterators.has(id) || finished.has(id)) continue;
        const after = checkpoints[id];
        const it = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: id,
            ...(after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after } : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        );
        iterators.set(id, it.ShardIterator);
      }
      start = out.StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  // The Streams SDK client reads an empty map {M:{}} back as {}; Lambda's event carries {"M":{}}.
  const repair = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const v = value as Record<string, unknown>;
    if (Object.keys(v).length === 0) return { M: {} };
    if (v.M && typeof v.M === 'object') return { M: Object.fromEntries(Object.entries(v.M).map(([k, x]) => [k, repair(x)])) };
    if (Array.isArray(v.L)) return { L: v.L.map(repair) };
    return v;
  };
  const repairImage = (image: Record<string, unknown> | undefined) =>
    image && Object.fromEntries(Object.entries(image).map(([k, x]) => [k, repair(x)]));

  const wanted: (r: _Record) => boolean = streamRecordFilter(which);

  async function pollShard(id: string): Promise<boolean> {
    const iterator = iterators.get(id);
    if (!iterator) {
      iterators.delete(id);
      finished.add(id);
      return false;
    }
    const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    const records = out.Records ?? [];
    const matching = records.filter(wanted);
    let next = out.NextShardIterator;
    if (matching.length > 0) {
      const event: DynamoDBStreamEvent = {
        Records: matching.map(
          (r) =>
            ({
              ...r,
              eventSourceARN: streamArn,
              dynamodb: { ...r.dynamodb, NewImage: repairImage(r.dynamodb?.NewImage as Record<string, unknown> | undefined) },
            }) as unknown as DynamoDBRecord,
        ),
      };
      const response = (await invoke(functionName, event)) as DynamoDBBatchResponse | undefined;
      const failed = response?.batchItemFailures?.[0]?.itemIdentifier;
      if (failed) {
        // Retry from the failed record on the next poll, like the event source mapping does.
        const index = records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
        const last = records[index - 1]?.dynamodb?.SequenceNumber ?? checkpoints[id];
        if (last) checkpoints[id] = last;
        const it = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: id,
            ...(last ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: last } : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        );
        next = it.ShardIterator;
        iterators.set(id, next);
        saveCheckpoints.save();
        await new Promise((r) => setTimeout(r, 500));
        return true;
      }
    }
    const lastSeq = records.at(-1)?.dynamodb?.SequenceNumber;
    if (lastSeq) {
      checkpoints[id] = lastSeq;
      saveCheckpoints.save();
    }
    iterators.set(id, next);
    return records.length > 0;
  }

  // While the stream cannot be read (DynamoDB down), wait longer after each failed poll, up to
  // MAX_BACKOFF_MS, as Lambda's pollers do, and log the outage once and its end once.
  let failures = 0;
  let wake: () => void = () => {};
  const loop = (async () => {
    while (!stopped) {
      let busy = false;
      let failed = false;
      try {
        if (Date.now() - lastShardScan > 1000) {
          await scanShards();
          lastShardScan = Date.now();
        }
        for (const id of [...iterators.keys()]) busy = (await pollShard(id)) || busy;
        if (failures > 0) console.error(`[streams] ${functionName}: polling again after ${failures} failed poll(s).`);
        failures = 0;
      } catch (error) {
        failed = true;
        failures += 1;
        if (!stopped && failures === 1) {
          console.error(
            `[streams] ${functionName}: poll failed, backing off (up to ${MAX_BACKOFF_MS / 1000} s between tries):`,
            error instanceof Error ? error.message : error,
          );
        }
      }
      idle = !busy;
      if (idle) {
        for (const resolve of waiting) resolve();
        waiting = [];
      }
      await new Promise<void>((r) => {
        const timer = setTimeout(() => r(), failed ? backoffMs(failures, intervalMs) : busy ? 0 : intervalMs);
        wake = () => {
          clearTimeout(timer);
          r();
        };
      });
    }
  })();

  return {
    async drain() {
      idle = false;
      await new Promise<void>((resolve) => waiting.push(resolve));
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    async stop() {
      stopped = true;
      for (const resolve of waiting) resolve();
      wake();
      await loop;
      await saveCheckpoints.flush();
      dynamo.destroy();
      streams.destroy();
    },
  };
}
