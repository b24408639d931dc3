import { Aspects, Aws, Stack, type IAspect } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';

/** Gives every log group of the stack that has no key of its own the logs key. */
class EncryptLogGroups implements IAspect {
  constructor(private readonly key: kms.IKey) {}

  visit(node: IConstruct): void {
    if (node instanceof logs.CfnLogGroup && node.kmsKeyId === undefined) node.kmsKeyId = this.key.keyArn;
  }
}

/**
 * One customer managed KMS key (rotated yearly) for every CloudWatch log group of the stack: function
 * logs carry case numbers and clerks' names, the case-event log the events themselves. Applied as an
 * aspect, so a log group added later by any construct is encrypted too.
 */
export class LogEncryption extends Construct {
  readonly key: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', { description: 'Encrypts the OneWindow CloudWatch log groups', enableKeyRotation: true });
    // CloudWatch Logs of this region encrypts and decrypts, only for log groups of this account and region.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${Aws.REGION}.${Aws.URL_SUFFIX}`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*` },
        },
      }),
    );
    Aspects.of(Stack.of(this)).add(new EncryptLogGroups(this.key));
  }
}
