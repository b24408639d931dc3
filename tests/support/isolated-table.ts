import { beforeAll } from 'vitest';
import { ensureTable } from '../../local/dynamodb';

/**
 * Repository and function tests write to a table of their own: the system's table has a stream
 * that starts workflows for every registered case, which would race the test's own transitions.
 */
export function useIsolatedTable(name = 'onewindow-integration') {
  beforeAll(async () => {
    await ensureTable(process.env.AWS_ENDPOINT_URL_DYNAMODB!, name);
    process.env.TABLE_NAME = name;
  });
}
