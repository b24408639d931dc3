import { Duration, RemovalPolicy, Stack, ArnFormat, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CASE_EVENT_SOURCE } from '#manifest';

export const EVENT_BUS_NAME = 'onewindow';

export interface EventsProps {
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The `onewindow` event bus that case events (source `onewindow.cases`) are put on, a rule that copies
 * every case event into a CloudWatch log group for operators, and the dead-letter queue shared by that
 * rule's target and the DynamoDB stream consumer.
 */
export class Events extends Construct {
  readonly bus: events.EventBus;
  readonly deadLetterQueue: sqs.Queue;
  readonly caseEventLog: logs.LogGroup;
  readonly caseEventRule: events.Rule;

  constructor(scope: Construct, id: string, props: EventsProps = {}) {
    super(scope, id);

    this.bus = new events.EventBus(this, 'Bus', { eventBusName: EVENT_BUS_NAME });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue (of the case-event log rule target and of the DynamoDB stream consumer); ' +
        'its depth is alarmed and messages are kept 14 days for operators to redrive.',
    });

    // EventBridge can only deliver to log groups whose name starts with /aws/events/.
    this.caseEventLog = new logs.LogGroup(this, 'CaseEventLog', {
      logGroupName: `/aws/events/${EVENT_BUS_NAME}/cases`,
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.caseEventRule = new events.Rule(this, 'CaseEventsToLog', {
      eventBus: this.bus,
      description: 'Every case event (办件事件) into the operators’ case event log',
      eventPattern: { source: [CASE_EVENT_SOURCE] },
    });
    this.caseEventRule.addTarget(
      new LogGroupTarget(this.caseEventLog, {
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 8,
        maxEventAge: Duration.hours(6),
      }),
    );
  }
}

/**
 * A CloudWatch Logs rule target whose log group resource policy is a plain AWS::Logs::ResourcePolicy
 * (the aws-events-targets CloudWatchLogGroup target installs it through a custom-resource Lambda).
 */
class LogGroupTarget implements events.IRuleTarget {
  constructor(
    private readonly logGroup: logs.LogGroup,
    private readonly props: targets.TargetBaseProps,
  ) {}

  bind(rule: events.IRule): events.RuleTargetConfig {
    const policyId = 'EventsDeliveryPolicy';
    if (!this.logGroup.node.tryFindChild(policyId)) {
      new logs.ResourcePolicy(this.logGroup, policyId, {
        policyStatements: [
          new iam.PolicyStatement({
            principals: [new iam.ServicePrincipal('events.amazonaws.com')],
            actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            resources: [this.logGroup.logGroupArn],
          }),
        ],
      });
    }
    if (this.props.deadLetterQueue) {
      targets.addToDeadLetterQueueResourcePolicy(rule, this.props.deadLetterQueue);
    }
    const stack = Stack.of(this.logGroup);
    return {
      ...targets.bindBaseTargetConfig(this.props),
      arn: stack.formatArn({
        service: 'logs',
        resource: 'log-group',
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        resourceName: this.logGroup.logGroupName,
      }),
      targetResource: this.logGroup,
    };
  }
}
