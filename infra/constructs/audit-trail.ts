import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { AUDIT_TABLE_DESIGN } from '#repositories/keys';
import { DURABLE_TABLE } from './data';

/** What adding a line takes: PutItem, and nothing else (no read, no update, no delete). */
export const AUDIT_APPEND_ACTIONS = ['dynamodb:PutItem'] as const;
export const AUDIT_READ_ACTIONS = ['dynamodb:Query', 'dynamodb:GetItem'] as const;
/**
 * Item changes the table refuses to every principal, whatever an identity policy grants (an explicit
 * Deny in the resource policy wins): an audit line, once written, stays as written.
 */
export const AUDIT_DENIED_ACTIONS = [
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
  'dynamodb:PartiQLInsert',
  'dynamodb:UpdateTimeToLive',
  'dynamodb:DeleteTable',
] as const;

/**
 * The audit trail's own table (credit flags, ratings, catalog changes, calendar loads, ticket steps).
 * Append-only is enforced by AWS, not by our code:
 * - the functions that add lines get dynamodb:PutItem on it and nothing else, so they can neither
 *   change nor delete a line, nor read one (every key ends in a random UUID, so a writer cannot name
 *   an existing line to overwrite it; every put is also conditional on the key being new);
 * - the one function that reads the trail gets Query/GetItem and no write at all;
 * - the table's resource policy denies UpdateItem, DeleteItem, BatchWriteItem, PartiQL writes, TTL
 *   and DeleteTable to every principal, including administrators and roles added later;
 * - no TTL, no stream consumer that writes back, point-in-time recovery, deletion protection,
 *   RETAIN, and the AWS Backup plan (infra/constructs/backup.ts).
 */
export class AuditTrail extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: AUDIT_TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: AUDIT_TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      ...DURABLE_TABLE,
      resourcePolicy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'AuditLinesAreNeverChangedOrDeleted',
            effect: iam.Effect.DENY,
            principals: [new iam.AnyPrincipal()],
            actions: [...AUDIT_DENIED_ACTIONS],
            // A table's resource policy applies to that table; it cannot name its own ARN before creation.
            resources: ['*'],
          }),
        ],
      }),
    });
  }

  grantAppend(role: iam.IRole): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...AUDIT_APPEND_ACTIONS], resources: [this.table.tableArn] }));
  }

  grantRead(role: iam.IRole): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...AUDIT_READ_ACTIONS], resources: [this.table.tableArn] }));
  }
}
