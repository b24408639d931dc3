import { Validations } from 'aws-cdk-lib';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import type { OneWindowFunction } from './function';
import type { Storage } from './storage';

/**
 * cdk-nag findings of the ServerlessChecks and NIST80053R5Checks packs that OneWindow accepts, each
 * with the reason a security reviewer would read. Everything else those packs and AwsSolutions find
 * is fixed (tests/infra/stack.test.ts fails on any unacknowledged finding).
 */
export interface AcceptedFindingsScope {
  readonly functions: readonly OneWindowFunction[];
  /** The construct all function constructs live under. */
  readonly functionsScope: IConstruct;
  readonly storage: Storage;
  readonly deadLetterQueue: sqs.IQueue;
  /** Constructs whose roles carry their own inline policy (function roles, the state machine's, the backup role). */
  readonly roleScopes: readonly IConstruct[];
}

const acknowledge = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });

export function acknowledgeAcceptedFindings(scope: AcceptedFindingsScope): void {
  const fns = scope.functionsScope;
  acknowledge(
    fns,
    'NIST.800.53.R5-LambdaInsideVPC',
    'The functions reach only AWS service APIs (DynamoDB, S3, Step Functions, EventBridge, KMS, SNS) over TLS with IAM-signed requests; there is no VPC resource to reach. A VPC would add NAT or nine interface endpoints per AZ without narrowing what a function can touch, which IAM already limits per function.',
  );
  acknowledge(
    fns,
    'NIST.800.53.R5-LambdaConcurrency',
    'HTTP functions are bounded by the API stage throttle (50 rps, burst 100, lower per sensitive route), stream consumers by the shard count, schedules by their rate. Reserving concurrency per function (31) would carve the account pool and turn a busy hall into throttled intakes; the Throttles alarm of each function reports contention.',
  );
  for (const roleScope of [fns, ...scope.roleScopes]) {
    acknowledge(
      roleScope,
      'NIST.800.53.R5-IAMNoInlinePolicy',
      'Each role has exactly one policy, written for it from infra/permissions.ts and deleted with it: a one-to-one inline policy cannot be attached to another principal by mistake, which a managed policy could. No AWS managed policy is used anywhere (tested).',
    );
  }
  // Only asynchronously invoked functions have a function-level DLQ; for the others it would never receive anything.
  for (const fn of scope.functions) {
    const reason =
      fn.spec.kind === 'http' || fn.spec.kind === 'websocket'
        ? 'Invoked synchronously by API Gateway: the caller gets the error (a JSON 4xx/5xx) and nothing is queued, so a Lambda dead-letter queue would never receive a message.'
        : fn.spec.kind === 'stream'
          ? 'Fed by the DynamoDB stream through an event source mapping, which retries, bisects and then sends the failed records to the SQS dead-letter queue as its on-failure destination (a function-level DLQ applies only to asynchronous invocations).'
          : fn.spec.kind === 'workflow'
            ? 'Invoked synchronously by Step Functions, whose task retries and catches decide what happens to a failure (ExecutionsFailed and ExecutionsTimedOut are alarmed); a Lambda DLQ would never receive a message.'
            : fn.spec.kind === 'queue'
              ? 'Fed by an SQS queue through an event source mapping: a failed message returns to the queue and, after five receives, moves to the queue’s own dead-letter queue (redrive policy, alarmed); a function-level DLQ applies only to asynchronous invocations.'
              : '';
    if (!reason) continue;
    acknowledge(fn, 'Serverless-LambdaDLQ', reason);
    acknowledge(fn, 'NIST.800.53.R5-LambdaDLQ', reason);
  }
  acknowledge(
    scope.deadLetterQueue,
    'Serverless-SQSRedrivePolicy',
    'This queue is itself the dead-letter queue, the last stop: its depth is alarmed and messages are kept 14 days for an operator to redrive.',
  );

  const { materialsBucket, archiveBucket, accessLogBucket } = scope.storage;
  for (const bucket of [materialsBucket, archiveBucket, accessLogBucket]) {
    acknowledge(
      bucket,
      'NIST.800.53.R5-S3DefaultEncryptionKMS',
      'Encrypted at rest with SSE-S3 (AES-256), TLS only, public access blocked. Personal data never reaches S3 in the clear: it is sealed with KMS data keys in the application. SSE-KMS would make every presigned upload from a window depend on the function that signed it holding kms:GenerateDataKey.',
    );
    acknowledge(
      bucket,
      'NIST.800.53.R5-S3BucketReplicationEnabled',
      'Replication needs a second bucket in another region, which a centre chooses when it deploys (data residency rules differ per province); materials and archive are versioned, the archive is under Object Lock COMPLIANCE, and the case tables are in AWS Backup.',
    );
  }
  acknowledge(
    accessLogBucket,
    'NIST.800.53.R5-S3BucketVersioningEnabled',
    'The server access log target: S3 log delivery only ever adds new objects, and the bucket policy lets nobody but the log delivery service write there.',
  );
}
