import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { CaseState } from '#domain/case/lifecycle';
import type { Warning } from '#domain/supervision';
import { getCases, type QueuePage } from './case-repository';
import { queryIndexPrefix } from './dynamo';
import { decodeCursor, encodeCursor, keys, tableName, withoutKeys } from './keys';

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

/**
 * A department's queue narrowed to the cases whose light is `level`, the nearest deadline first.
 * Lights are few (cases near or past their deadline), so the page is cut after reading the cases,
 * whose current state and item decide, not the light's (it may be up to one sweep old).
 */
export async function listWarnedQueue(
  centre: string,
  department: string,
  level: Exclude<Warning['level'], 'green'>,
  options: { state?: CaseState; itemCode?: string; limit: number; cursor?: string },
): Promise<QueuePage> {
  const after = decodeCursor(options.cursor, ['after'])?.after;
  const order = new Map(
    (await listWarnings(centre, level)).filter((w) => w.department === department).map((w) => [w.caseNumber, `${w.promisedBy}#${w.caseNumber}`]),
  );
  const numbers = [...order.keys()].sort((a, b) => order.get(a)!.localeCompare(order.get(b)!));
  const matching = (await getCases(numbers)).filter(
    (c) => (!options.state || c.state === options.state) && (!options.itemCode || c.itemCode === options.itemCode) && (typeof after !== 'string' || order.get(c.caseNumber)! > after),
  );
  const page = matching.slice(0, options.limit);
  const last = page.at(-1);
  return { cases: page, nextCursor: matching.length > page.length && last ? encodeCursor({ after: order.get(last.caseNumber) }) : undefined };
}
