import { ArnFormat, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ASL_SUBSTITUTIONS } from '#manifest';
import { repoPath } from '#infra/bundling';

/** Fixed so that functions can be given the ARN without depending on the state machine (no cycle). */
export const STATE_MACHINE_NAME = 'onewindow-case';
export const CASE_ASL_FILE = 'statemachines/case.asl.json';

/** ARN of the case state machine, built from its fixed name (no reference to the resource). */
/** ARN pattern of every execution of the case state machine (one per case, named by case number). */
export function caseExecutionsArn(scope: Construct): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'execution',
    resourceName: `${STATE_MACHINE_NAME}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

export function caseStateMachineArn(scope: Construct): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: STATE_MACHINE_NAME,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

export interface WorkflowProps {
  /** The `workflow` function every Task state of the case ASL invokes. */
  readonly caseStepFunction: lambda.IFunction;
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The Standard state machine that carries one case (办件) from forwarding to hand-over, defined by
 * statemachines/case.asl.json with its `${...}` placeholders filled by CloudFormation.
 */
export class Workflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      logGroupName: `/aws/vendedlogs/states/${STATE_MACHINE_NAME}`,
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      // Operational logs with a fixed name (the case history itself is in the table).
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // One value per placeholder name of the manifest: adding a placeholder there fails to compile here.
    const substitutions: Record<keyof typeof ASL_SUBSTITUTIONS, string> = {
      caseStepFunctionArn: props.caseStepFunction.functionArn,
    };
    const definitionSubstitutions = Object.fromEntries(
      (Object.keys(ASL_SUBSTITUTIONS) as (keyof typeof ASL_SUBSTITUTIONS)[]).map((key) => [
        ASL_SUBSTITUTIONS[key],
        substitutions[key],
      ]),
    );

    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineName: STATE_MACHINE_NAME,
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromFile(repoPath(CASE_ASL_FILE)),
      definitionSubstitutions,
      logs: { destination: this.logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
    });

    // The ASL is opaque to CDK, so the invoke permission is explicit: the case-step function only,
    // unqualified (the ASL names it by its unqualified ARN).
    this.stateMachine.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [props.caseStepFunction.functionArn],
      }),
    );

    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Added by CDK for state machine logging and tracing: the CloudWatch Logs vended-log delivery actions ' +
        '(logs:CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery, ListLogDeliveries, PutResourcePolicy, ' +
        'DescribeResourcePolicies, DescribeLogGroups) and X-Ray (PutTraceSegments, PutTelemetryRecords, GetSamplingRules, ' +
        'GetSamplingTargets) do not support resource-level permissions.',
    });
  }
}
