import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { BaseItem } from '#domain/base-catalog';
import { conflict } from '#domain/errors';
import { batchGet, queryIndexPrefix } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

export async function getBaseItem(basicCode: string): Promise<BaseItem | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.baseItem(basicCode), ConsistentRead: true }));
  return out.Item ? withoutKeys<BaseItem>(out.Item) : undefined;
}

export async function getBaseItems(basicCodes: readonly string[]): Promise<Map<string, BaseItem>> {
  const found = await batchGet([...new Set(basicCodes)].map((code) => keys.baseItem(code)), true);
  return new Map(found.map((item) => withoutKeys<BaseItem>(item)).map((b) => [b.basicCode, b]));
}

/** Writes the entry's new version, only if nobody wrote one meanwhile. */
export async function saveBaseItem(item: BaseItem): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.baseItem(item.basicCode), ...keys.baseItemListing(item.basicCode), entity: 'base_item', ...item },
        ConditionExpression: item.version === 1 ? 'attribute_not_exists(pk)' : '#version = :previous',
        ...(item.version === 1 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':previous': item.version - 1 } }),
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw conflict('base_item_changed', `基本目录 entry ${item.basicCode} was changed meanwhile. Reload it and try again.`, { basicCode: item.basicCode });
    }
    throw error;
  }
}

export async function listBaseItems(): Promise<BaseItem[]> {
  return (await queryIndexPrefix<Record<string, unknown>>(keys.baseItems)).map((item) => withoutKeys<BaseItem>(item));
}
