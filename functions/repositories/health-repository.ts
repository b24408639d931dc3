import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { setting } from '#adapters/env';
import { probeBucket } from '#adapters/s3-urls';
import { tableName, TABLE_DESIGN } from './keys';

/** One strongly consistent read of a key no record uses: it answers when the table can be read. */
export async function probeTable(abortSignal: AbortSignal): Promise<void> {
  await documentClient().send(
    new GetCommand({ TableName: tableName(), Key: { [TABLE_DESIGN.partitionKey]: 'HEALTH', [TABLE_DESIGN.sortKey]: 'PROBE' }, ConsistentRead: true }),
    { abortSignal },
  );
}

/** One read of a key no scan uses in the materials bucket: S3 answers (404) when it is up. */
export async function probeMaterials(abortSignal: AbortSignal): Promise<void> {
  await probeBucket(setting('materialsBucket'), abortSignal);
}
