import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface StallAlarmProps {
  /** The case event log, which every case event on the bus (CaseStalled too) is copied into. */
  readonly caseEventLog: logs.ILogGroup;
  readonly alarmTopic: sns.ITopic;
}

/**
 * CaseStalled: a case's workflow failed a step (see the ASL's Catch). The reconciler puts it back on
 * track on its own; operators are told so that a cause that keeps failing gets looked at.
 */
export class StallAlarm extends Construct {
  readonly metric: cloudwatch.Metric;
  readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: StallAlarmProps) {
    super(scope, id);
    const filter = new logs.MetricFilter(this, 'CaseStalledEvents', {
      logGroup: props.caseEventLog,
      metricNamespace: 'OneWindow',
      metricName: 'CaseStalled',
      // The event detail is the audit line: its action names the stall.
      filterPattern: logs.FilterPattern.stringValue('$.detail.action', '=', 'stall'),
      metricValue: '1',
    });
    this.metric = filter.metric({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM });
    this.alarm = new cloudwatch.Alarm(this, 'CaseStalled', {
      metric: this.metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription:
        'A case workflow stalled (CaseStalled): the reconciler restarts it at its recorded step; see GET /supervision/warnings',
    });
    this.alarm.addAlarmAction(new actions.SnsAction(props.alarmTopic));
  }
}
