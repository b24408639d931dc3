import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '#manifest';
import { FUNCTION_ACCESS } from '#infra/permissions';
import type { OneWindowStack } from '#infra/stack';
import { newStack } from '#tests/support/cdk-app';

type Json = Record<string, unknown>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
}
interface CfnResource {
  Type: string;
  Properties?: Json;
  DeletionPolicy?: string;
}

let stack: OneWindowStack;
let resources: Record<string, CfnResource>;
let auditTableId: string;

const asList = (action: string | string[]) => (Array.isArray(action) ? action : [action]);

/** Every identity-policy statement in the stack, with the roles it is attached to. */
function identityStatements(): { roles: string; statement: Statement }[] {
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy')
    .flatMap((r) =>
      ((r.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined)?.Statement ?? []).map((statement) => ({
        roles: JSON.stringify(r.Properties?.Roles),
        statement,
      })),
    );
}

const namesAuditTable = (s: Statement) => JSON.stringify(s.Resource).includes(`"${auditTableId}"`);

function roleRefOf(name: string): string {
  const fn = stack.functions.get(name);
  if (!fn) throw new Error(`no function ${name}`);
  return JSON.stringify([stack.resolve(fn.role.roleName)]);
}

beforeAll(() => {
  ({ stack } = newStack());
  resources = Template.fromStack(stack).toJSON().Resources as Record<string, CfnResource>;
  auditTableId = (stack.resolve(stack.auditTrail.table.tableName) as { Ref: string }).Ref;
}, 120_000);

describe('the audit trail cannot be changed or deleted in AWS', () => {
  it('lives in a table of its own: no TTL, no stream, point-in-time recovery, deletion protection, retained', () => {
    const table = resources[auditTableId]!;
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    });
    expect(table.Properties?.TimeToLiveSpecification).toBeUndefined();
    expect(table.Properties?.StreamSpecification).toBeUndefined();
  });

  it("denies updating and deleting lines to every principal in the table's resource policy", () => {
    const policy = (resources[auditTableId]!.Properties!.ResourcePolicy as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument;
    const deny = policy.Statement.find((s) => s.Effect === 'Deny');
    expect(deny).toBeDefined();
    expect(deny!.Principal).toEqual({ AWS: '*' });
    expect(deny!.Condition).toBeUndefined();
    expect(asList(deny!.Action)).toEqual(
      expect.arrayContaining([
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:PartiQLUpdate',
        'dynamodb:PartiQLDelete',
        'dynamodb:DeleteTable',
      ]),
    );
    expect(policy.Statement.filter((s) => s.Effect === 'Allow')).toEqual([]);
  });

  it('lets the functions that add lines PutItem and nothing else there, and the one reader only read', () => {
    const writers = FUNCTIONS.filter((f) => FUNCTION_ACCESS[f.name]?.audit === 'append').map((f) => f.name);
    expect(writers.sort()).toEqual(['applicants', 'calendar', 'hall', 'items', 'ratings', 'tickets']);
    const readers = FUNCTIONS.filter((f) => FUNCTION_ACCESS[f.name]?.audit === 'read').map((f) => f.name);
    expect(readers).toEqual(['audit-trail']);

    const onAudit = identityStatements().filter(({ statement }) => namesAuditTable(statement));
    for (const name of writers) {
      const actions = onAudit.filter((s) => s.roles === roleRefOf(name)).flatMap((s) => asList(s.statement.Action));
      expect(actions, name).toEqual(['dynamodb:PutItem']);
    }
    const readerActions = onAudit.filter((s) => s.roles === roleRefOf('audit-trail')).flatMap((s) => asList(s.statement.Action));
    expect(readerActions.sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    // Nobody else may touch its items (AWS Backup's role may back the table up), and nothing grants it through a wildcard resource.
    const granted = new Set([...writers, 'audit-trail'].map(roleRefOf));
    const backupActions = [
      'dynamodb:DescribeTable',
      'dynamodb:CreateBackup',
      'dynamodb:ListTagsOfResource',
      'dynamodb:StartAwsBackupJob',
      'dynamodb:DescribeBackup',
      'dynamodb:DeleteBackup',
    ];
    const others = onAudit.filter((s) => !granted.has(s.roles));
    expect(others.map((s) => s.roles)).toEqual(others.map(() => JSON.stringify([stack.resolve(stack.backup.role.roleName)])));
    expect(others.flatMap((s) => asList(s.statement.Action)).filter((a) => !backupActions.includes(a))).toEqual([]);
    const anyTable = identityStatements().filter(
      ({ statement }) =>
        asList(statement.Action).some((a) =>
          ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:*'].includes(a),
        ) &&
        JSON.stringify(statement.Resource).includes('*') &&
        !JSON.stringify(statement.Resource).includes('index'),
    );
    expect(anyTable.map((s) => s.statement)).toEqual([]);
  });

  it('gives every function its audit table by name, so a write never lands in the case table', () => {
    // The manifest's functions (CDK's BucketDeployment function of the workbench touches no table).
    for (const [, fn] of Object.entries(resources).filter(
      ([, r]) => r.Type === 'AWS::Lambda::Function' && String(r.Properties?.FunctionName ?? '').startsWith('onewindow-'),
    )) {
      const variables = (fn.Properties!.Environment as { Variables: Json }).Variables;
      expect(variables.AUDIT_TABLE_NAME).toEqual({ Ref: auditTableId });
    }
  });
});
