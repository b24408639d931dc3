import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface StorageProps {
  /** Default COMPLIANCE retention of every archived object, in years (办件归档). @default 30 */
  readonly archiveRetentionYears?: number;
}

/**
 * Buckets: scanned materials (uploaded from the windows through presigned URLs), the write-once case
 * archive (S3 Object Lock, COMPLIANCE mode), and the server access log bucket both log to.
 */
export class Storage extends Construct {
  readonly materialsBucket: s3.Bucket;
  readonly archiveBucket: s3.Bucket;
  readonly accessLogBucket: s3.Bucket;
  readonly archiveRetentionYears: number;

  constructor(scope: Construct, id: string, props: StorageProps = {}) {
    super(scope, id);
    // Grant S3 log delivery through a bucket policy (not the legacy LogDelivery ACL), so every bucket
    // can keep ACLs disabled (BucketOwnerEnforced).
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);

    this.archiveRetentionYears = props.archiveRetentionYears ?? 30;
    if (!Number.isInteger(this.archiveRetentionYears) || this.archiveRetentionYears < 1) {
      throw new Error(`archiveRetentionYears must be a positive integer, got ${this.archiveRetentionYears}`);
    }

    const secure = {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: RemovalPolicy.RETAIN,
    } as const;

    // The server access log target (cdk-nag S1 recognises it as such: it does not log itself).
    this.accessLogBucket = new s3.Bucket(this, 'AccessLogs', {
      ...secure,
      lifecycleRules: [{ id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    });

    this.materialsBucket = new s3.Bucket(this, 'Materials', {
      ...secure,
      versioned: true,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'materials/',
      cors: [
        {
          // Browsers at the windows PUT scanned materials straight to S3 with presigned URLs and GET them back.
          allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
          allowedOrigins: ['*'],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [{ id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });

    this.archiveBucket = new s3.Bucket(this, 'Archive', {
      ...secure,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: s3.ObjectLockRetention.compliance(Duration.days(365 * this.archiveRetentionYears)),
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'archive/',
      lifecycleRules: [{ id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });
  }
}
