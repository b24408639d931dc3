import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll } from 'vitest';
import { documentClient } from '#adapters/dynamodb';
import { ensureAuditTable, ensureTable } from '#local/dynamodb';

/**
 * Repository and function tests write to a table of their own: the system's table has a stream
 * that starts workflows for every registered case, which would race the test's own transitions.
 */
export function useIsolatedTable(name = 'onewindow-integration') {
  beforeAll(async () => {
    await Promise.all([
      ensureTable(process.env.AWS_ENDPOINT_URL_DYNAMODB!, name),
      ensureAuditTable(process.env.AWS_ENDPOINT_URL_DYNAMODB!, `${name}-audit`),
    ]);
    process.env.TABLE_NAME = name;
    process.env.AUDIT_TABLE_NAME = `${name}-audit`;
  });
}

/** A case's items as stored in the table (head, parts, audit lines …), by sort key. */
export async function storedCaseItems(caseNumber: string): Promise<Map<string, Record<string, unknown>>> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `CASE#${caseNumber}` },
      ConsistentRead: true,
    }),
  );
  return new Map((out.Items ?? []).map((i) => [String(i.sk), i]));
}
