import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { deploymentCentre } from '#adapters/env';
import { keys, tableName, TABLE_DESIGN, withoutKeys } from './keys';

/** A county-system application intake refused: kept with its event so it can be replayed, never dropped. */
export interface Rejection {
  rejectionId: string;
  /** The centre the application was addressed to: only its supervisors see and replay it. */
  centre: string;
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
      Item: {
        ...keys.rejection(rejection.rejectionId),
        ...keys.rejectionListing(rejection.centre, rejection.rejectedAt, rejection.rejectionId),
        entity: 'rejection',
        ...rejection,
      },
    }),
  );
}

export async function getRejection(rejectionId: string): Promise<Rejection | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.rejection(rejectionId), ConsistentRead: true }));
  return out.Item ? fromStore(out.Item) : undefined;
}

/** Rejections stored before they carried a centre were the deployment centre's. */
const fromStore = (item: Record<string, unknown>): Rejection => {
  const rejection = withoutKeys<Omit<Rejection, 'centre'> & { centre?: string }>(item);
  return { ...rejection, centre: rejection.centre ?? deploymentCentre() };
};

async function latest(partition: string): Promise<Rejection[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: TABLE_DESIGN.index.name,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': partition },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return (out.Items ?? []).map(fromStore);
}

/** A centre's refused county applications, newest first. */
export async function listRejections(centre: string, status: Rejection['status'] | undefined, limit: number): Promise<Rejection[]> {
  const [own, legacy] = await Promise.all([latest(keys.rejectionsOf(centre)), centre === deploymentCentre() ? latest(keys.legacyRejections) : Promise.resolve([])]);
  return [...own, ...legacy]
    .sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt))
    .filter((r) => !status || r.status === status)
    .slice(0, limit);
}
