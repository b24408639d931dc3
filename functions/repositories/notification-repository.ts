import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { Notification } from '#domain/notification';
import { queryPrefix } from './dynamo';
import { keys, TABLE_DESIGN, tableName, withoutKeys } from './keys';

/** The 领取通知 outbox: queued once per audit line and kind, then marked sent (or no phone). */
export async function getNotification(caseNumber: string, notificationId: string): Promise<Notification | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.notification(caseNumber, notificationId), ConsistentRead: true }));
  return out.Item ? withoutKeys<Notification>(out.Item) : undefined;
}

/** Queues the message unless this audit line queued it already; returns what is in the outbox. */
export async function queueNotification(notification: Notification): Promise<Notification> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.notification(notification.caseNumber, notification.notificationId),
          ...keys.notificationListing(notification.centre, notification.queuedAt, notification.caseNumber, notification.notificationId),
          entity: 'notification',
          ...notification,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return notification;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      const existing = await getNotification(notification.caseNumber, notification.notificationId);
      if (existing) return existing;
    }
    throw error;
  }
}

/** Records how the queued message ended: sent (with the provider's id) or not sendable for want of a phone. */
export async function markNotification(
  caseNumber: string,
  notificationId: string,
  outcome: Pick<Notification, 'status'> & Partial<Pick<Notification, 'to' | 'sentAt' | 'messageId'>>,
): Promise<void> {
  const fields = Object.entries(outcome).filter(([, v]) => v !== undefined);
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.notification(caseNumber, notificationId),
      UpdateExpression: `SET ${fields.map(([k]) => `#${k} = :${k}`).join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries(fields.map(([k]) => [`#${k}`, k])),
      ExpressionAttributeValues: Object.fromEntries(fields.map(([k, v]) => [`:${k}`, v])),
    }),
  );
}

export function listCaseNotifications(caseNumber: string): Promise<Notification[]> {
  return queryPrefix<Notification>(keys.case(caseNumber).pk, keys.notificationPrefix);
}

/** The centre's latest messages, newest first. */
export async function listCentreNotifications(centre: string, limit: number): Promise<Notification[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: TABLE_DESIGN.index.name,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.notificationsOf(centre) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((item) => withoutKeys<Notification>(item));
}
