import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { StoredDraft as Draft } from '#domain/draft';
import { conflict } from '#domain/errors';
import { keys, tableName, withoutKeys } from './keys';

const ttl = (draft: Draft) => Math.floor(Date.parse(draft.expiresAt) / 1000);

/** Saves a new draft, or a new version of one only if nobody saved it meanwhile. */
export async function saveDraft(draft: Draft): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.draft(draft.owner, draft.draftId), entity: 'draft', ...draft, expiresAt: ttl(draft), expiresOn: draft.expiresAt },
        ConditionExpression: draft.version === 1 ? 'attribute_not_exists(pk)' : '#version = :previous',
        ...(draft.version === 1 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':previous': draft.version - 1 } }),
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw conflict('draft_changed', 'This draft was saved from another window meanwhile. Reload it first.', { draftId: draft.draftId });
    }
    throw error;
  }
}

function fromItem(item: Record<string, unknown>): Draft {
  const { expiresOn, ...rest } = withoutKeys<Draft & { expiresOn: string }>(item);
  return { ...rest, expiresAt: expiresOn };
}

export async function getDraft(owner: string, draftId: string): Promise<Draft | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.draft(owner, draftId), ConsistentRead: true }));
  // TTL deletion lags: an expired draft is gone for the clerk even before DynamoDB removes it.
  if (!out.Item || Date.parse(String(out.Item.expiresOn)) < Date.now()) return undefined;
  return fromItem(out.Item);
}

export async function listDrafts(owner: string): Promise<Draft[]> {
  const { pk, prefix } = keys.draftsOf(owner);
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    }),
  );
  return (out.Items ?? []).map(fromItem).filter((d) => Date.parse(d.expiresAt) >= Date.now());
}

export async function deleteDraft(owner: string, draftId: string): Promise<boolean> {
  const out = await documentClient().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.draft(owner, draftId), ReturnValues: 'ALL_OLD' }),
  );
  return Boolean(out.Attributes);
}
