import { beforeAll } from 'vitest';
import { ensureAuditTable, ensureTable } from '#local/dynamodb';

/**
 * Repository and function tests write to a table of their own: the system's table has a stream
 * that starts workflows for every registered case, which would race the test's own transitions.
 */
export function useIsolatedTable(name = 'onewindow-integration') {
  beforeAll(async () => {
    await Promise.all([ensureTable(process.env.AWS_ENDPOINT_URL_DYNAMODB!, name), ensureAuditTable(process.env.AWS_ENDPOINT_URL_DYNAMODB!, `${name}-audit`)]);
    process.env.TABLE_NAME = name;
    process.env.AUDIT_TABLE_NAME = `${name}-audit`;
  });
}
