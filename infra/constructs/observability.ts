import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import type { OneWindowFunction } from './function';

export const DASHBOARD_NAME = 'OneWindow';

export interface ObservabilityProps {
  readonly functions: readonly OneWindowFunction[];
  readonly stateMachine: sfn.StateMachine;
  readonly table: dynamodb.Table;
  readonly deadLetterQueue: sqs.Queue;
  readonly httpApi: apigwv2.HttpApi;
  /** Optional e-mail address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/** The `OneWindow` dashboard, the alarms, and the encrypted SNS topic every alarm notifies. */
export class Observability extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarmTopic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);

    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the OneWindow alarm topic',
      enableKeyRotation: true,
    });
    // CloudWatch alarms publish to the encrypted topic.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'OneWindow alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }
    const alarmAction = new actions.SnsAction(this.alarmTopic);

    const alarm = (alarmId: string, metric: cloudwatch.IMetric, description: string): cloudwatch.Alarm => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(alarmAction);
      this.alarms.push(created);
      return created;
    };
    const sum = { period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM };

    // Functions
    for (const fn of props.functions) {
      const name = fn.spec.name;
      alarm(`${name}-Errors`, fn.function.metricErrors(sum), `Function ${name} reported errors in 5 minutes`);
      alarm(`${name}-Throttles`, fn.function.metricThrottles(sum), `Function ${name} was throttled in 5 minutes`);
    }
    // Workflow
    const sm = props.stateMachine;
    alarm('StateMachine-ExecutionsFailed', sm.metricFailed(sum), 'A case workflow execution failed');
    // Dead letters
    const dlqDepth = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: FIVE_MINUTES,
      statistic: cloudwatch.Stats.MAXIMUM,
    });
    alarm('DeadLetterQueue-Depth', dlqDepth, 'Case events or stream records were dead-lettered');
    // API
    const api = props.httpApi;
    alarm('Api-5xx', api.metricServerError(sum), 'The API answered with 5xx errors');

    const fnMetric = (label: string, pick: (fn: OneWindowFunction) => cloudwatch.IMetric): cloudwatch.GraphWidget =>
      new cloudwatch.GraphWidget({
        title: `Functions: ${label}`,
        width: 8,
        left: props.functions.map((fn) => pick(fn)),
        legendPosition: cloudwatch.LegendPosition.RIGHT,
      });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: DASHBOARD_NAME,
      defaultInterval: Duration.hours(6),
    });
    this.dashboard.addWidgets(
      new cloudwatch.TextWidget({
        markdown: '# 一窗通办 OneWindow\nAPI, functions, case workflow, table and dead letters.',
        width: 24,
        height: 1,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API requests and errors',
        width: 12,
        left: [
          api.metricCount({ ...sum, label: 'requests' }),
          api.metricClientError({ ...sum, label: '4xx' }),
          api.metricServerError({ ...sum, label: '5xx' }),
        ],
      }),
      new cloudwatch.GraphWidget({
        title: 'API latency',
        width: 12,
        left: [
          api.metricLatency({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.p(50), label: 'p50' }),
          api.metricLatency({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.p(99), label: 'p99' }),
          api.metricIntegrationLatency({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.p(99), label: 'integration p99' }),
        ],
      }),
    );
    this.dashboard.addWidgets(
      fnMetric('errors', (fn) => fn.function.metricErrors({ ...sum, label: fn.spec.name })),
      fnMetric('throttles', (fn) => fn.function.metricThrottles({ ...sum, label: fn.spec.name })),
      fnMetric('duration p99', (fn) =>
        fn.function.metricDuration({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.p(99), label: fn.spec.name }),
      ),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Case workflow executions',
        width: 12,
        left: [
          sm.metricStarted({ ...sum, label: 'started' }),
          sm.metricSucceeded({ ...sum, label: 'succeeded' }),
          sm.metricFailed({ ...sum, label: 'failed' }),
          sm.metricTimedOut({ ...sum, label: 'timed out' }),
          sm.metricAborted({ ...sum, label: 'aborted' }),
        ],
      }),
      new cloudwatch.GraphWidget({
        title: 'DynamoDB throttles',
        width: 6,
        left: [
          props.table.metric('ReadThrottleEvents', { ...sum, label: 'read throttles' }),
          props.table.metric('WriteThrottleEvents', { ...sum, label: 'write throttles' }),
        ],
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queue depth',
        width: 6,
        left: [dlqDepth],
      }),
    );
    this.dashboard.addWidgets(new cloudwatch.AlarmStatusWidget({ title: 'Alarms', width: 24, alarms: this.alarms }));
  }
}
