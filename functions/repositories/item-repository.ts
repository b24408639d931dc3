import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import { conflict } from '../domain/errors';
import type { ServiceItem } from '../domain/item';
import { keys, tableName, withoutKeys } from './keys';

export async function getCurrentItem(code: string): Promise<ServiceItem | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.itemCurrent(code) }));
  return out.Item ? withoutKeys<ServiceItem>(out.Item) : undefined;
}

export async function getItemVersion(code: string, version: number): Promise<ServiceItem | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.item(code, version) }));
  return out.Item ? withoutKeys<ServiceItem>(out.Item) : undefined;
}

/** Writes a new immutable version and moves the CURRENT pointer, only if nobody wrote a version meanwhile. */
export async function saveItemVersion(item: ServiceItem): Promise<void> {
  const code = item.implementationCode;
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.item(code, item.version), entity: 'item_version', ...item },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...keys.itemCurrent(code),
                ...keys.itemListing(item.department, code),
                entity: 'item_current',
                ...item,
              },
              ConditionExpression:
                item.version === 1 ? 'attribute_not_exists(pk)' : '#version = :previous',
              ...(item.version === 1
                ? {}
                : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':previous': item.version - 1 } }),
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'TransactionCanceledException') {
      throw conflict('item_changed', `Item ${code} was changed by someone else meanwhile. Reload it and try again.`, {
        implementationCode: code,
      });
    }
    throw error;
  }
}

export async function listCurrentItems(department?: string): Promise<ServiceItem[]> {
  const items: ServiceItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: department ? 'gsi1pk = :p AND begins_with(gsi1sk, :d)' : 'gsi1pk = :p',
        ExpressionAttributeValues: department ? { ':p': 'ITEMS', ':d': `${department}#` } : { ':p': 'ITEMS' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) items.push(withoutKeys<ServiceItem>(item));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}
