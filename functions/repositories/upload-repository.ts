import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { Upload } from '#domain/upload';
import { conflict } from '#domain/errors';
import { keys, tableName, withoutKeys } from './keys';

export async function saveUpload(upload: Upload, ttlSeconds: number): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.upload(upload.uploadId), entity: 'upload', ...upload, expiresAt: Math.floor(Date.now() / 1000) + ttlSeconds },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getUpload(uploadId: string): Promise<Upload | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.upload(uploadId), ConsistentRead: true }));
  return out.Item ? withoutKeys<Upload>(out.Item) : undefined;
}

/** Records that the stored bytes matched what was declared, and where they are pinned; an upload is verified once. */
export async function markUploadVerified(uploadId: string, verifiedAt: string, pinnedKey: string): Promise<void> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.upload(uploadId),
        UpdateExpression: 'SET #status = :status, checkedAt = :at, objectKey = :pinned',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': 'verified', ':at': verifiedAt, ':pending': 'pending', ':pinned': pinnedKey },
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw conflict('upload_already_checked', `Upload ${uploadId} was already checked.`, { uploadId });
    }
    throw error;
  }
}
