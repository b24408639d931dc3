import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BACKGROUND_TIMEOUT, type OneWindowFunction } from './function';

/** SQS hides a message this long while a worker has it: six times the function timeout, as AWS advises. */
export const VERIFY_VISIBILITY = Duration.seconds(BACKGROUND_TIMEOUT.toSeconds() * 6);
export const VERIFY_MAX_RECEIVES = 5;

/**
 * The fan-out of archive verification (归档检测): the queue of slices archive-verify puts and the
 * workers (archive-verify-batch) take side by side, its dead-letter queue and an alarm on it.
 */
export class ArchiveVerification extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const lastStop =
      'This queue is itself the dead-letter queue of the archive verification slices: its depth is alarmed and slices are kept 14 days to redrive.';
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason: lastStop });
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: lastStop });
    this.queue = new sqs.Queue(this, 'Slices', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: VERIFY_VISIBILITY,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: VERIFY_MAX_RECEIVES },
    });
  }

  /** Feeds the workers from the queue, at most `maxConcurrency` at once, retrying only the slices that failed. */
  feed(worker: OneWindowFunction, alarmTopic: sns.ITopic): void {
    const queue = worker.spec.queue;
    if (!queue) throw new Error(`function ${worker.spec.name} has no queue settings in the manifest`);
    worker.function.addEventSource(
      new SqsEventSource(this.queue, { batchSize: queue.batchSize, maxConcurrency: queue.maxConcurrency, reportBatchItemFailures: true }),
    );
    Validations.of(worker).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An SQS event source mapping takes no on-failure destination; the queue’s redrive policy moves a slice that failed five times to its dead-letter queue, which is alarmed.',
    });
    const alarm = new cloudwatch.Alarm(this, 'DeadLettersAlarm', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: 'Archive verification slices failed five times and were dead-lettered: some packages were not verified',
    });
    alarm.addAlarmAction(new actions.SnsAction(alarmTopic));
  }
}
