import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface TableBackupProps {
  /** The case table and the audit trail. */
  readonly tables: readonly dynamodb.Table[];
}

/**
 * AWS Backup of the tables, beside point-in-time recovery (35 days): a daily backup kept 35 days and
 * a monthly one kept a year, in a KMS-encrypted vault, taken by a role that may back up these
 * tables and nothing else (no AWS managed policy).
 */
export class TableBackup extends Construct {
  readonly vault: backup.BackupVault;
  readonly plan: backup.BackupPlan;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: TableBackupProps) {
    super(scope, id);
    const key = new kms.Key(this, 'VaultKey', { description: 'Encrypts the OneWindow backup vault', enableKeyRotation: true });
    this.vault = new backup.BackupVault(this, 'Vault', { encryptionKey: key, removalPolicy: RemovalPolicy.RETAIN });
    // 18:00 UTC is 02:00 China time, after the hall has closed.
    this.plan = new backup.BackupPlan(this, 'Plan', {
      backupVault: this.vault,
      backupPlanRules: [
        new backup.BackupPlanRule({ ruleName: 'Daily', scheduleExpression: events.Schedule.cron({ hour: '18', minute: '0' }), deleteAfter: Duration.days(35) }),
        new backup.BackupPlanRule({
          ruleName: 'Monthly',
          scheduleExpression: events.Schedule.cron({ day: '1', hour: '18', minute: '0' }),
          deleteAfter: Duration.days(366),
        }),
      ],
    });

    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('backup.amazonaws.com'), description: 'AWS Backup of the OneWindow tables' });
    this.role = role;
    const tableArns = props.tables.map((t) => t.tableArn);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['dynamodb:DescribeTable', 'dynamodb:CreateBackup', 'dynamodb:ListTagsOfResource', 'dynamodb:StartAwsBackupJob'], resources: tableArns }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['dynamodb:DescribeBackup', 'dynamodb:DeleteBackup'], resources: tableArns.map((arn) => `${arn}/backup/*`) }),
    );
    // The L1 selection: the L2 one would attach the AWS managed AWSBackupServiceRolePolicyForBackup to the role.
    new backup.CfnBackupSelection(this, 'Tables', {
      backupPlanId: this.plan.backupPlanId,
      backupSelection: { selectionName: 'OneWindowTables', iamRoleArn: role.roleArn, resources: tableArns },
    });
    for (const table of props.tables) {
      const logicalId = Stack.of(this).getLogicalId(table.node.defaultChild as dynamodb.CfnTable);
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/backup/*]`,
        reason: 'DynamoDB names each backup when it takes it (table/<name>/backup/<id>): the role may describe and expire the backups of this table only.',
      });
    }
  }
}
