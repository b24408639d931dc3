import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { applicantKey } from '#adapters/personal-data-sealing';
import type { AuditLine, AuditSubject } from '#domain/audit-trail';
import type { TransactItem } from './dynamo';
import { auditTableName, keys, withoutKeys } from './keys';

/**
 * The audit trail: lines are added, never changed. Each put is conditional on the key being new, and
 * goes into the same transaction as the change it records where there is one, so both or neither exist.
 */
export function auditLinePut(line: AuditLine): TransactItem {
  return {
    Put: {
      TableName: auditTableName(),
      Item: { ...keys.auditLine(line.subject, line.subjectId, line.at, line.lineId), entity: 'audit_line', ...line },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export async function appendAuditLine(line: AuditLine): Promise<void> {
  await documentClient().send(new PutCommand(auditLinePut(line).Put!));
}

/** A subject's whole history, oldest first. */
export async function listAuditLines(subject: AuditSubject, subjectId: string): Promise<AuditLine[]> {
  const lines: AuditLine[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: auditTableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.auditTrailOf(subject, subjectId) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) lines.push(withoutKeys<AuditLine>(item));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return lines;
}

/** An applicant's credit flag history, found by identity number: the trail is keyed by the applicant key (an HMAC), never the number. */
export async function listCreditFlagLines(kind: 'person' | 'legal_person', idNumber: string): Promise<AuditLine[]> {
  return listAuditLines('credit_flag', await applicantKey(kind, idNumber));
}
