import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { deploymentCentre } from '#adapters/env';
import type { CreditFlag, MissedCommitmentEntry, ReusableMaterial } from '#domain/applicant-record';
import type { AuditLine } from '#domain/audit-trail';
import { conflict } from '#domain/errors';
import { auditLinePut } from './audit-repository';
import { cancellationCodes, queryPrefix, type TransactItem } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

/** Materials the centre's own windows checked for this applicant (another centre's stay with it). */
export async function listReusableMaterials(applicantKey: string, centre: string): Promise<ReusableMaterial[]> {
  const { pk, prefix } = keys.applicantMaterials(applicantKey);
  return (await queryPrefix<ReusableMaterial>(pk, prefix)).filter((m) => (m.centre ?? deploymentCentre()) === centre);
}

/** Written in the same transaction as the registration that checked them, so both or neither exist. */
export function reusableMaterialPuts(applicantKey: string, materials: ReusableMaterial[]): TransactItem[] {
  return materials.map((m) => ({
    Put: { TableName: tableName(), Item: { ...keys.applicantMaterial(applicantKey, m.code, m.sha256), entity: 'reusable_material', ...m } },
  }));
}

async function readFlag(key: { pk: string; sk: string }): Promise<CreditFlag | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  return out.Item ? withoutKeys<CreditFlag>(out.Item) : undefined;
}

/** Written in the same transaction as the case's missed-commitment line; a later miss of the same case replaces it. */
export function missedCommitmentPut(applicantKey: string, entry: MissedCommitmentEntry): TransactItem {
  return { Put: { TableName: tableName(), Item: { ...keys.missedCommitment(applicantKey, entry.caseNumber), entity: 'missed_commitment', ...entry } } };
}

export function listMissedCommitments(applicantKey: string): Promise<MissedCommitmentEntry[]> {
  const { pk, prefix } = keys.missedCommitments(applicantKey);
  return queryPrefix<MissedCommitmentEntry>(pk, prefix);
}

/** The applicant's flag on the centre's own credit warning list. */
export async function getCreditFlag(applicantKey: string, centre: string): Promise<CreditFlag | undefined> {
  const flag = await readFlag(keys.creditFlag(applicantKey, centre));
  if (flag || centre !== deploymentCentre()) return flag;
  return readFlag(keys.legacyCreditFlag(applicantKey));
}

/**
 * Sets or clears the centre's flag together with its audit line. `previous` is the flag as read: the write
 * holds only if nobody flagged or cleared meanwhile, so the trail never misses a step. A flag read from the
 * legacy `CREDIT` row is carried over to the centre's own row, which does not exist yet.
 */
export async function putCreditFlag(applicantKey: string, centre: string, flag: CreditFlag, previous: CreditFlag | undefined, audit: AuditLine): Promise<void> {
  const guard = previous
    ? {
        ConditionExpression: `attribute_not_exists(pk) OR (flaggedAt = :f AND ${previous.clearedAt ? 'clearedAt = :c)' : 'attribute_not_exists(clearedAt))'}`,
        ExpressionAttributeValues: { ':f': previous.flaggedAt, ...(previous.clearedAt ? { ':c': previous.clearedAt } : {}) },
      }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: { ...keys.creditFlag(applicantKey, centre), entity: 'credit_flag', ...flag }, ...guard } },
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
