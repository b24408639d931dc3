import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import { tableName, withoutKeys } from './keys';

/** Helpers the repositories share; key design stays in keys.ts. */

/** Every item of a partition whose sort key starts with `prefix`, page after page, in key order. */
export async function queryPrefix<T>(pk: string, prefix: string): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) items.push(withoutKeys<T>(item));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
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
