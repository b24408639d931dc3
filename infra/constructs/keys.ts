import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * Keys for personal data: a symmetric key that encrypts the data keys of sealed applicant data,
 * and an HMAC key that turns identity numbers into stable applicant keys without storing them.
 * Both are kept when the stack goes: without them, stored personal data cannot be read again.
 */
export class PersonalDataKeys extends Construct {
  readonly dataKey: kms.Key;
  readonly macKey: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.dataKey = new kms.Key(this, 'DataKey', {
      alias: 'alias/onewindow/personal-data',
      description: 'OneWindow: encrypts data keys of applicant personal data (envelope encryption)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.macKey = new kms.Key(this, 'ApplicantMacKey', {
      alias: 'alias/onewindow/applicant-mac',
      description: 'OneWindow: HMAC of identity numbers, the key that links an applicant across cases',
      keySpec: kms.KeySpec.HMAC_256,
      keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.macKey).acknowledge({
      id: 'AwsSolutions-KMS5',
      reason:
        'KMS does not rotate HMAC keys automatically, and rotating it would break the link between an applicant’s cases (reuse, credit flags).',
    });
  }
}
