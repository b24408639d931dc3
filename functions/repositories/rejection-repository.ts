import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import { keys, tableName, TABLE_DESIGN, withoutKeys } from './keys';

/** A county-system application intake refused: kept with its event so it can be replayed, never dropped. */
export interface Rejection {
  rejectionId: string;
  source: string;
  applicationId: string;
  event: { source: string; detail: unknown; time: string };
  code: string;
  message: string;
  details: Record<string, unknown>;
  rejectedAt: string;
  attempts: number;
  status: 'open' | 'replayed';
  caseNumber?: string;
  replayedAt?: string;
  /** Who last put the event on the bus again, and when. */
  resubmittedBy?: string;
  resubmittedAt?: string;
}

export async function saveRejection(rejection: Rejection): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.rejection(rejection.rejectionId), ...keys.rejectionListing(rejection.rejectedAt, rejection.rejectionId), entity: 'rejection', ...rejection },
    }),
  );
}

export async function getRejection(rejectionId: string): Promise<Rejection | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.rejection(rejectionId), ConsistentRead: true }));
  return out.Item ? withoutKeys<Rejection>(out.Item) : undefined;
}

export async function listRejections(status: Rejection['status'] | undefined, limit: number): Promise<Rejection[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: TABLE_DESIGN.index.name,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': 'REJECTIONS' },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return (out.Items ?? [])
    .map((item) => withoutKeys<Rejection>(item))
    .filter((r) => !status || r.status === status)
    .slice(0, limit);
}
