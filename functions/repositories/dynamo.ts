import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { decodeCursor, encodeCursor, INDEX_CURSOR_SHAPE, tableName, withoutKeys, TABLE_DESIGN, type Key } from './keys';

/** Helpers the repositories share; key design stays in keys.ts. */

/** Every item of a partition whose sort key starts with `prefix`, page after page, in key order. */
export function queryPrefix<T>(pk: string, prefix: string, consistent = false): Promise<T[]> {
  return queryAll<T>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    ...(consistent ? { ConsistentRead: true } : {}),
  });
}

/** Every item of a gsi1 partition (optionally those whose gsi1sk starts with `prefix`), in key order. */
export function queryIndexPrefix<T>(gsi1pk: string, prefix?: string): Promise<T[]> {
  return queryAll<T>({
    IndexName: TABLE_DESIGN.index.name,
    KeyConditionExpression: prefix ? 'gsi1pk = :p AND begins_with(gsi1sk, :s)' : 'gsi1pk = :p',
    ExpressionAttributeValues: prefix ? { ':p': gsi1pk, ':s': prefix } : { ':p': gsi1pk },
  });
}

/** One page of a gsi1 partition (optionally those whose gsi1sk starts with `prefix`), with an opaque cursor to the next. */
export async function queryIndexPage<T>(
  gsi1pk: string,
  options: { prefix?: string; limit: number; cursor?: string; filter?: { expression: string; values: Record<string, unknown> } },
): Promise<{ items: T[]; nextCursor?: string }> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: TABLE_DESIGN.index.name,
      KeyConditionExpression: options.prefix ? 'gsi1pk = :p AND begins_with(gsi1sk, :s)' : 'gsi1pk = :p',
      // Applied after Limit: a page may hold fewer items; the cursor goes on from where it stopped.
      FilterExpression: options.filter?.expression,
      ExpressionAttributeValues: { ':p': gsi1pk, ...(options.prefix ? { ':s': options.prefix } : {}), ...options.filter?.values },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor, INDEX_CURSOR_SHAPE, { [TABLE_DESIGN.index.partitionKey]: gsi1pk }),
    }),
  );
  return { items: (out.Items ?? []).map((item) => withoutKeys<T>(item)), nextCursor: encodeCursor(out.LastEvaluatedKey) };
}

async function queryAll<T>(
  query: Pick<QueryCommandInput, 'IndexName' | 'KeyConditionExpression' | 'ExpressionAttributeValues' | 'ConsistentRead'>,
): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(new QueryCommand({ TableName: tableName(), ...query, ExclusiveStartKey: startKey }));
    for (const item of out.Items ?? []) items.push(withoutKeys<T>(item));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_KEYS = 100;

/** The stored items under `keys` (as stored, keys included; missing ones left out), in no particular order. */
export async function batchGet(wanted: readonly Key[], consistent = false): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  const unique = [...new Map(wanted.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  for (let start = 0; start < unique.length; start += BATCH_GET_KEYS) {
    let requested: Record<string, unknown>[] | undefined = unique.slice(start, start + BATCH_GET_KEYS);
    for (let attempt = 0; requested && requested.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
      const out: BatchGetCommandOutput = await documentClient().send(
        new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: requested, ConsistentRead: consistent } } }),
      );
      found.push(...(out.Responses?.[tableName()] ?? []));
      // Throttled keys come back unprocessed: ask again with backoff.
      requested = out.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return found;
}

/** The last number a sequence counter item gave out (0 when it has none yet). */
export async function readCounter(key: { pk: string; sk: string }): Promise<number> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  return typeof out.Item?.seq === 'number' ? out.Item.seq : 0;
}

/** The per-item reasons of a cancelled transaction, or undefined when the error is something else. */
export function cancellationCodes(error: unknown): string[] | undefined {
  if (error instanceof Error && error.name === 'TransactionCanceledException') {
    const reasons = (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return reasons.map((r) => r.Code ?? 'None');
  }
  return undefined;
}

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The transaction item that moves a sequence counter from `previous` to `previous + 1`, only if no
 * one moved it meanwhile: written together with what the number is given to, so numbers have no gaps.
 */
export function counterAdvance(key: { pk: string; sk: string }, previous: number, entity: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'SET #seq = :seq, entity = :entity',
      ConditionExpression: previous === 0 ? 'attribute_not_exists(pk)' : '#seq = :previous',
      ExpressionAttributeNames: { '#seq': 'seq' },
      ExpressionAttributeValues:
        previous === 0 ? { ':seq': 1, ':entity': entity } : { ':seq': previous + 1, ':previous': previous, ':entity': entity },
    },
  };
}
