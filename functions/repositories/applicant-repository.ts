import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import type { CreditFlag, MissedCommitmentEntry, ReusableMaterial } from '../domain/applicant-record';
import type { AuditLine } from '../domain/audit-trail';
import { conflict } from '../domain/errors';
import { auditLinePut } from './audit-repository';
import { cancellationCodes, queryPrefix, type TransactItem } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

export function listReusableMaterials(applicantKey: string): Promise<ReusableMaterial[]> {
  const { pk, prefix } = keys.applicantMaterials(applicantKey);
  return queryPrefix<ReusableMaterial>(pk, prefix);
}

/** Written in the same transaction as the registration that checked them, so both or neither exist. */
export function reusableMaterialPuts(applicantKey: string, materials: ReusableMaterial[]): TransactItem[] {
  return materials.map((m) => ({
    Put: { TableName: tableName(), Item: { ...keys.applicantMaterial(applicantKey, m.code, m.sha256), entity: 'reusable_material', ...m } },
  }));
}

/** Written in the same transaction as the case's missed-commitment line; a later miss of the same case replaces it. */
export function missedCommitmentPut(applicantKey: string, entry: MissedCommitmentEntry): TransactItem {
  return { Put: { TableName: tableName(), Item: { ...keys.missedCommitment(applicantKey, entry.caseNumber), entity: 'missed_commitment', ...entry } } };
}

export function listMissedCommitments(applicantKey: string): Promise<MissedCommitmentEntry[]> {
  const { pk, prefix } = keys.missedCommitments(applicantKey);
  return queryPrefix<MissedCommitmentEntry>(pk, prefix);
}

export async function getCreditFlag(applicantKey: string): Promise<CreditFlag | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.creditFlag(applicantKey), ConsistentRead: true }));
  return out.Item ? withoutKeys<CreditFlag>(out.Item) : undefined;
}

/**
 * Sets or clears the flag together with its audit line. `previous` is the flag as read: the write holds
 * only if nobody flagged or cleared meanwhile, so the trail never misses a step.
 */
export async function putCreditFlag(applicantKey: string, flag: CreditFlag, previous: CreditFlag | undefined, audit: AuditLine): Promise<void> {
  const guard = previous
    ? { ConditionExpression: 'flaggedAt = :f AND ' + (previous.clearedAt ? 'clearedAt = :c' : 'attribute_not_exists(clearedAt)'), ExpressionAttributeValues: { ':f': previous.flaggedAt, ...(previous.clearedAt ? { ':c': previous.clearedAt } : {}) } }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: { ...keys.creditFlag(applicantKey), entity: 'credit_flag', ...flag }, ...guard } },
          auditLinePut(audit),
        ],
      }),
    );
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
      throw conflict('credit_flag_changed', 'The credit flag was changed by someone else meanwhile; look the applicant up again.', {});
    }
    throw error;
  }
}
