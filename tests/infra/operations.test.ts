import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, SUPERVISION_EVENT_SOURCE } from '#manifest';
import { FUNCTION_ACCESS } from '#infra/permissions';
import type { OneWindowStack } from '#infra/stack';
import { newStack } from '#tests/support/cdk-app';

type Json = Record<string, unknown>;
interface CfnResource {
  Type: string;
  Properties?: Json;
}

let stack: OneWindowStack;
let resources: Record<string, CfnResource>;

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const props = (r: CfnResource | undefined) => r?.Properties ?? {};
const ref = (value: unknown) => JSON.stringify(stack.resolve(value));

function logicalIdOfFunction(name: string): string {
  const fn = stack.functions.get(name)!;
  return (stack.resolve(fn.function.functionArn) as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
}

function alarmsOn(metricName: string): Json[] {
  return ofType('AWS::CloudWatch::Alarm')
    .map(([, a]) => props(a))
    .filter((a) => a.MetricName === metricName);
}

beforeAll(() => {
  ({ stack } = newStack());
  resources = Template.fromStack(stack).toJSON().Resources as Record<string, CfnResource>;
}, 120_000);

describe('operations', () => {
  it('parks failed asynchronous invocations (bus rules, schedules) in the dead-letter queue', () => {
    const dlq = ref(stack.events.deadLetterQueue.queueArn);
    for (const spec of FUNCTIONS) {
      const config = props(resources[logicalIdOfFunction(spec.name)]).DeadLetterConfig as { TargetArn: unknown } | undefined;
      if (spec.kind === 'event' || spec.kind === 'schedule') expect(JSON.stringify(config?.TargetArn), spec.name).toBe(dlq);
      else expect(config, spec.name).toBeUndefined();
    }
    expect(FUNCTIONS.filter((f) => f.kind === 'event' || f.kind === 'schedule').map((f) => f.name)).toEqual(
      expect.arrayContaining(['case-archiver', 'archive-verify', 'archive-daily', 'deadline-sweep']),
    );
  });

  it('alarms when a stream consumer falls more than 10 minutes behind', () => {
    const consumers = FUNCTIONS.filter((f) => FUNCTION_ACCESS[f.name]?.tableStream).map((f) => f.name);
    const alarms = alarmsOn('IteratorAge');
    expect(alarms).toHaveLength(consumers.length);
    for (const name of consumers) {
      const alarm = alarms.find((a) => JSON.stringify(a.Dimensions).includes(`"${logicalIdOfFunction(name)}"`));
      expect(alarm, name).toMatchObject({ Namespace: 'AWS/Lambda', Statistic: 'Maximum', Threshold: 600_000, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  it('alarms on timed-out case executions, failed SMS and archive packages failing fixity, all to the alarm topic', () => {
    const topic = ref(stack.observability.alarmTopic.topicArn);
    const timedOut = alarmsOn('ExecutionsTimedOut');
    expect(timedOut).toHaveLength(1);
    expect(JSON.stringify(timedOut[0]!.Dimensions)).toContain('StateMachineArn');
    expect(alarmsOn('NumberOfNotificationsFailed')).toEqual([
      expect.objectContaining({ Namespace: 'AWS/SNS', Dimensions: [{ Name: 'PhoneNumber', Value: 'PhoneNumberDirect' }], Threshold: 1 }),
    ]);
    const fixity = ofType('AWS::Events::Rule').find(([, r]) => String(JSON.stringify(props(r).EventPattern)).includes('ArchiveFixityFailed'));
    expect(fixity).toBeDefined();
    expect(props(fixity![1]).EventPattern).toEqual({ source: [SUPERVISION_EVENT_SOURCE], 'detail-type': ['ArchiveFixityFailed', 'ArchiveVerificationFailed'] });
    expect(JSON.stringify(props(fixity![1]).Targets)).toContain(topic);
    expect(JSON.stringify(props(fixity![1]).Targets)).toContain('DeadLetterConfig');
    const triggered = alarmsOn('TriggeredRules');
    expect(triggered).toHaveLength(1);
    expect(JSON.stringify(triggered[0]!.Dimensions)).toContain(fixity![0]);
    for (const alarm of [...timedOut, ...alarmsOn('IteratorAge'), ...alarmsOn('NumberOfNotificationsFailed'), ...triggered]) {
      expect(JSON.stringify(alarm.AlarmActions)).toBe(JSON.stringify([stack.resolve(stack.observability.alarmTopic.topicArn)]));
    }
  });

  it('encrypts every log group with the rotated logs key, which only CloudWatch Logs of this account and region may use', () => {
    const keyArn = ref(stack.logEncryption.key.keyArn);
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(FUNCTIONS.length + 2);
    for (const [id, group] of groups) expect(JSON.stringify(props(group).KmsKeyId), id).toBe(keyArn);
    const key = props(resources[(stack.resolve(stack.logEncryption.key.keyId) as { Ref: string }).Ref]);
    expect(key.EnableKeyRotation).toBe(true);
    const statements = (key.KeyPolicy as { Statement: Json[] }).Statement;
    const logs = statements.find((s) => JSON.stringify(s.Principal).includes('logs.'));
    expect(JSON.stringify(logs?.Condition)).toContain('kms:EncryptionContext:aws:logs:arn');
  });

  it('backs up the case table and the audit trail daily (35 days) and monthly (a year) into an encrypted vault, without AWS managed policies', () => {
    const [[, selection] = ['', { Type: '' }]] = ofType('AWS::Backup::BackupSelection');
    const selected = JSON.stringify((props(selection).BackupSelection as { Resources: unknown[] }).Resources);
    expect(selected).toContain(ref(stack.data.table.tableArn));
    expect(selected).toContain(ref(stack.auditTrail.table.tableArn));
    const [[, plan] = ['', { Type: '' }]] = ofType('AWS::Backup::BackupPlan');
    const rules = (props(plan).BackupPlan as { BackupPlanRule: { RuleName: string; Lifecycle: { DeleteAfterDays: number } }[] }).BackupPlanRule;
    expect(rules.map((r) => [r.RuleName, r.Lifecycle.DeleteAfterDays])).toEqual([
      ['Daily', 35],
      ['Monthly', 366],
    ]);
    const [[, vault] = ['', { Type: '' }]] = ofType('AWS::Backup::BackupVault');
    expect(props(vault).EncryptionKeyArn).toBeDefined();
    for (const [id, role] of ofType('AWS::IAM::Role')) expect(props(role).ManagedPolicyArns, id).toBeUndefined();
  });
});
