import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import { deploymentCentre } from '../adapters/env';
import type { CreditFlag, ReusableMaterial } from '../domain/applicant-record';
import { queryPrefix, type TransactItem } from './dynamo';
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

/** The applicant's flag on the centre's own credit warning list. */
export async function getCreditFlag(applicantKey: string, centre: string): Promise<CreditFlag | undefined> {
  const flag = await readFlag(keys.creditFlag(applicantKey, centre));
  if (flag || centre !== deploymentCentre()) return flag;
  return readFlag(keys.legacyCreditFlag(applicantKey));
}

export async function putCreditFlag(applicantKey: string, centre: string, flag: CreditFlag): Promise<void> {
  await documentClient().send(new PutCommand({ TableName: tableName(), Item: { ...keys.creditFlag(applicantKey, centre), entity: 'credit_flag', ...flag } }));
}
