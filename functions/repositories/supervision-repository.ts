import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb';
import type { Warning } from '../domain/supervision';
import { queryIndexPrefix } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

/** The current light of a case: an item of its own, so it never races the case's own writes. */
export interface StoredWarning extends Warning {
  centre: string;
  since: string;
  checkedAt: string;
}

export async function getWarning(caseNumber: string): Promise<StoredWarning | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.warning(caseNumber) }));
  return out.Item ? withoutKeys<StoredWarning>(out.Item) : undefined;
}

export async function putWarning(warning: StoredWarning): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.warning(warning.caseNumber),
        ...keys.warningListing(warning.centre, warning.level, warning.promisedBy, warning.caseNumber),
        entity: 'warning',
        ...warning,
      },
    }),
  );
}

export async function deleteWarning(caseNumber: string): Promise<void> {
  await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: keys.warning(caseNumber) }));
}

/** Red before yellow, the earliest deadline first. */
export async function listWarnings(centre: string, level?: Warning['level']): Promise<StoredWarning[]> {
  const found = await queryIndexPrefix<StoredWarning>(keys.warningsOf(centre), level ? `${level}#` : undefined);
  return found.sort((a, b) => (a.level === b.level ? a.promisedBy.localeCompare(b.promisedBy) : a.level === 'red' ? -1 : 1));
}
