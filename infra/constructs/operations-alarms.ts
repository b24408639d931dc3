import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { SUPERVISION_EVENT_SOURCE } from '#manifest';
import type { OneWindowFunction } from './function';

/** Stream records older than this mean a consumer is stuck or far behind (notices, SMS, workflows wait on them). */
export const ITERATOR_AGE_LIMIT = Duration.minutes(10);
/** Events of a package whose stored bytes no longer match their recorded SHA-256. */
export const ARCHIVE_FIXITY_EVENTS = ['ArchiveFixityFailed', 'ArchiveVerificationFailed'] as const;

export interface OperationsAlarmsProps {
  readonly alarmTopic: sns.ITopic;
  /** Functions fed by the table stream. */
  readonly streamFunctions: readonly OneWindowFunction[];
  readonly stateMachine: sfn.IStateMachine;
  readonly bus: events.IEventBus;
  /** Where events the alarm topic refused are parked. */
  readonly deadLetterQueue: sqs.IQueue;
}

/**
 * Alarms on what fails quietly: stream consumers falling behind (IteratorAge), case executions that
 * time out, SMS the carrier did not deliver, and archive packages failing their fixity check (each
 * such event also goes to the alarm topic with its details).
 */
export class OperationsAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly fixityRule: events.Rule;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    const action = new actions.SnsAction(props.alarmTopic);
    const fiveMinutes = Duration.minutes(5);
    const alarm = (alarmId: string, metric: cloudwatch.IMetric, threshold: number, description: string) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      this.alarms.push(created);
    };

    for (const fn of props.streamFunctions) {
      alarm(
        `${fn.spec.name}-IteratorAge`,
        fn.function.metric('IteratorAge', { period: fiveMinutes, statistic: cloudwatch.Stats.MAXIMUM }),
        ITERATOR_AGE_LIMIT.toMilliseconds(),
        `Stream consumer ${fn.spec.name} is more than ${ITERATOR_AGE_LIMIT.toMinutes()} minutes behind the table stream`,
      );
    }
    alarm(
      'StateMachine-ExecutionsTimedOut',
      props.stateMachine.metricTimedOut({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
      1,
      'A case workflow execution timed out',
    );
    // SMS published straight to phone numbers are counted under PhoneNumber=PhoneNumberDirect.
    alarm(
      'Sms-NotificationsFailed',
      new cloudwatch.Metric({
        namespace: 'AWS/SNS',
        metricName: 'NumberOfNotificationsFailed',
        dimensionsMap: { PhoneNumber: 'PhoneNumberDirect' },
        period: fiveMinutes,
        statistic: cloudwatch.Stats.SUM,
      }),
      1,
      'An SMS to an applicant (领取通知) could not be delivered',
    );

    this.fixityRule = new events.Rule(this, 'ArchiveFixityRule', {
      eventBus: props.bus,
      description: 'Archive packages whose objects no longer match their SHA-256',
      eventPattern: { source: [SUPERVISION_EVENT_SOURCE], detailType: [...ARCHIVE_FIXITY_EVENTS] },
      targets: [new eventTargets.SnsTopic(props.alarmTopic, { deadLetterQueue: props.deadLetterQueue, retryAttempts: 8 })],
    });
    // The alarm topic is KMS-encrypted: EventBridge needs the key to publish to it.
    props.alarmTopic.masterKey?.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    alarm(
      'Archive-FixityFailed',
      new cloudwatch.Metric({
        namespace: 'AWS/Events',
        metricName: 'TriggeredRules',
        dimensionsMap: { EventBusName: props.bus.eventBusName, RuleName: this.fixityRule.ruleName },
        period: fiveMinutes,
        statistic: cloudwatch.Stats.SUM,
      }),
      1,
      'An archive package failed its fixity check (真实性/完整性): see the event on the alarm topic and GET /archive/verifications?status=failed',
    );
  }
}
