import { type CfnElement, CfnOutput, Duration, Lazy, Stack, Tags, Token, Validations, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, type IConstruct } from 'constructs';
import { ENV, FUNCTIONS, type EventPattern } from '#manifest';
import { keys, PENDING_AUDIT_ATTRIBUTE } from '#repositories/keys';
import { Api, type ApiThrottle } from './constructs/api';
import { ArchiveVerification } from './constructs/archive-verification';
import { AuditTrail } from './constructs/audit-trail';
import { TableBackup } from './constructs/backup';
import { acknowledgeAcceptedFindings } from './constructs/compliance';
import { LogEncryption } from './constructs/log-encryption';
import { OperationsAlarms } from './constructs/operations-alarms';
import { Data } from './constructs/data';
import { Events } from './constructs/events';
import { OneWindowFunction } from './constructs/function';
import { HallPush } from './constructs/hall-push';
import { Identity } from './constructs/identity';
import { PersonalDataKeys } from './constructs/keys';
import { Observability } from './constructs/observability';
import { StallAlarm } from './constructs/stall-alarm';
import { Storage } from './constructs/storage';
import { WebDistribution } from './constructs/web';
import { caseExecutionsArn, caseStateMachineArn, STATE_MACHINE_NAME, Workflow } from './constructs/workflow';
import { FUNCTION_ACCESS, type FunctionAccess } from './permissions';

export const DEFAULT_CENTRE_CODE = 'HZ';
export const DEFAULT_CENTRE_NAME = '合作市政务服务中心';

export interface OneWindowStackProps extends StackProps {
  /** Short code of the service centre; prefixes case numbers. @default 'HZ' */
  readonly centreCode?: string;
  /** @default '合作市政务服务中心' */
  readonly centreName?: string;
  /** Default Object Lock (COMPLIANCE) retention of archived cases. @default 30 */
  readonly archiveRetentionYears?: number;
  /** Cognito Plus plan with threat protection. @default false */
  readonly cognitoThreatProtection?: boolean;
  /** @default { rateLimit: 50, burstLimit: 100 } */
  readonly apiThrottle?: ApiThrottle;
  /** E-mail address subscribed to the alarm topic. @default none */
  readonly alarmEmail?: string;
  /** The centre's public web address (PUBLIC_BASE_URL): the receipt's QR code opens its progress page. @default none (no QR code) */
  readonly publicBaseUrl?: string;
  /** CASE_NUMBER_PATTERN for the functions. @default unset (the functions' own default) */
  readonly caseNumberPattern?: string;
  /** AWS accounts of county systems allowed to put `county.*` events on the bus. @default none */
  readonly countyAccounts?: readonly string[];
  /** FORWARDING_LIMITS for the functions, e.g. `immediate=5,promised=15`. @default the functions' own */
  readonly forwardingLimits?: string;
  /** STEP_LIMITS (working days) for the deadline sweep, e.g. `acceptance=5,co_opinion=3,report=5`. @default the functions' own */
  readonly stepLimits?: string;
  /** YELLOW_WORKING_DAYS: working days left at which a case turns yellow. @default 2 */
  readonly yellowWorkingDays?: number;
  /** TICKET_DAYS for the functions, e.g. `consultation=2,cannot_get_done=5`. @default the functions' own */
  readonly ticketDays?: string;
  /** Prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`), unique in the region. @default `onewindow-<centre code>` */
  readonly authDomainPrefix?: string;
  /** AWS WAF web ACL (us-east-1, CLOUDFRONT scope) for the workbench's distribution. @default none */
  readonly webAclId?: string;
}

/** The manifest's event pattern in CDK's terms (prefix matching via events.Match). */
function toCdkPattern(pattern: EventPattern): events.EventPattern {
  return {
    source: pattern.source.flatMap((s) => (typeof s === 'string' ? [s] : events.Match.prefix(s.prefix))),
    detailType: [...pattern['detail-type']],
  };
}

const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];
const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/** Everything OneWindow runs on, in one stack. */
export class OneWindowStack extends Stack {
  readonly data: Data;
  readonly auditTrail: AuditTrail;
  readonly archiveVerification: ArchiveVerification;
  readonly storage: Storage;
  readonly identity: Identity;
  readonly events: Events;
  readonly keys: PersonalDataKeys;
  readonly hallPush: HallPush;
  readonly functions: ReadonlyMap<string, OneWindowFunction>;
  readonly workflow: Workflow;
  readonly api: Api;
  readonly observability: Observability;
  readonly operationsAlarms: OperationsAlarms;
  readonly backup: TableBackup;
  readonly logEncryption: LogEncryption;
  readonly stallAlarm: StallAlarm;
  readonly web: WebDistribution;
  readonly centreCode: string;
  readonly centreName: string;

  constructor(scope: Construct, id: string, props: OneWindowStackProps = {}) {
    super(scope, id, {
      description: 'OneWindow (一窗通办): comprehensive-window government service system',
      ...props,
    });
    this.centreCode = props.centreCode ?? DEFAULT_CENTRE_CODE;
    this.centreName = props.centreName ?? DEFAULT_CENTRE_NAME;
    Tags.of(this).add('project', 'onewindow');
    Tags.of(this).add('centre', this.centreCode);

    this.data = new Data(this, 'Data');
    this.auditTrail = new AuditTrail(this, 'AuditTrail');
    this.backup = new TableBackup(this, 'Backup', { tables: [this.data.table, this.auditTrail.table] });
    this.logEncryption = new LogEncryption(this, 'LogEncryption');
    this.archiveVerification = new ArchiveVerification(this, 'ArchiveVerification');
    this.storage = new Storage(this, 'Storage', { archiveRetentionYears: props.archiveRetentionYears });
    this.identity = new Identity(this, 'Identity', { threatProtection: props.cognitoThreatProtection });
    this.events = new Events(this, 'Events');
    this.keys = new PersonalDataKeys(this, 'Keys');
    this.hallPush = new HallPush(this, 'HallPush');

    // One value per ENV name of the manifest (a new name there fails to compile here); undefined = unset.
    const values: { readonly [K in keyof typeof ENV]: string | undefined } = {
      tableName: this.data.table.tableName,
      auditTableName: this.auditTrail.table.tableName,
      archiveVerifyQueueUrl: this.archiveVerification.queue.queueUrl,
      materialsBucket: this.storage.materialsBucket.bucketName,
      archiveBucket: this.storage.archiveBucket.bucketName,
      // Built from the fixed name, not referenced: the state machine itself references case-step.
      stateMachineArn: caseStateMachineArn(this),
      eventBusName: this.events.bus.eventBusName,
      centreCode: this.centreCode,
      centreName: this.centreName,
      personalDataKeyId: this.keys.dataKey.keyArn,
      applicantMacKeyId: this.keys.macKey.keyArn,
      caseNumberPattern: props.caseNumberPattern,
      forwardingLimits: props.forwardingLimits,
      stepLimits: props.stepLimits,
      yellowWorkingDays: props.yellowWorkingDays === undefined ? undefined : String(props.yellowWorkingDays),
      ticketDays: props.ticketDays,
      publicBaseUrl: props.publicBaseUrl,
      hallPushEndpoint: this.hallPush.endpoint,
      hallNoShowRule: undefined,
    };
    const environment: Record<string, string> = {};
    for (const key of Object.keys(ENV) as (keyof typeof ENV)[]) {
      const value = values[key];
      if (value !== undefined) environment[ENV[key]] = value;
    }

    const functionsScope = new Construct(this, 'Functions');
    const functions = new Map<string, OneWindowFunction>();
    for (const spec of FUNCTIONS) {
      if (functions.has(spec.name)) throw new Error(`duplicate function name in manifest: ${spec.name}`);
      if (!FUNCTION_ACCESS[spec.name]) {
        throw new Error(`function ${spec.name} has no entry in infra/permissions.ts (FUNCTION_ACCESS)`);
      }
      // Bus rules and schedules invoke asynchronously: what fails every retry is parked, not dropped.
      const invokedAsync = spec.kind === 'event' || spec.kind === 'schedule';
      functions.set(
        spec.name,
        new OneWindowFunction(functionsScope, spec.name, {
          spec,
          environment,
          ...(invokedAsync ? { deadLetterQueue: this.events.deadLetterQueue } : {}),
        }),
      );
    }
    this.functions = functions;

    const workflowFns = FUNCTIONS.filter((f) => f.kind === 'workflow');
    const caseStep = workflowFns.length === 1 && workflowFns[0] ? functions.get(workflowFns[0].name) : undefined;
    if (!caseStep) throw new Error('the manifest must have exactly one workflow function (the case step)');
    this.workflow = new Workflow(this, 'Workflow', { caseStepFunction: caseStep.function });

    for (const fn of functions.values()) this.grant(fn, FUNCTION_ACCESS[fn.spec.name] ?? {});
    const screens = [...functions.values()].filter((fn) => fn.spec.kind === 'websocket');
    if (screens.length !== 1) throw new Error('the manifest must have exactly one websocket function (the hall screens)');
    this.hallPush.connect(screens[0]!);

    // Event functions: one bus rule each, retried by EventBridge and parked in the DLQ, never dropped.
    for (const fn of functions.values()) {
      if (fn.spec.kind !== 'event' || !fn.spec.eventPattern) continue;
      new events.Rule(this, `${fn.spec.name}-rule`, {
        eventBus: this.events.bus,
        description: `Events for ${fn.spec.name}`,
        eventPattern: toCdkPattern(fn.spec.eventPattern),
        targets: [
          new eventTargets.LambdaFunction(fn.function, {
            deadLetterQueue: this.events.deadLetterQueue,
            retryAttempts: 8,
            maxEventAge: Duration.hours(24),
          }),
        ],
      });
    }
    // Scheduled functions (电子监察 sweep): a rate rule on the default bus, retried, then the DLQ.
    for (const fn of functions.values()) {
      if (fn.spec.kind !== 'schedule' || !fn.spec.everyMinutes) continue;
      new events.Rule(this, `${fn.spec.name}-schedule`, {
        description: `Runs ${fn.spec.name} every ${fn.spec.everyMinutes} minutes`,
        schedule: events.Schedule.rate(Duration.minutes(fn.spec.everyMinutes)),
        targets: [new eventTargets.LambdaFunction(fn.function, { deadLetterQueue: this.events.deadLetterQueue, retryAttempts: 2 })],
      });
    }
    for (const account of props.countyAccounts ?? []) {
      this.events.bus.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: `CountySystem${account}`,
          principals: [new iam.AccountPrincipal(account)],
          actions: ['events:PutEvents'],
          resources: [this.events.bus.eventBusArn],
          conditions: { StringLike: { 'events:source': ['county.*'] } },
        }),
      );
    }

    // The API accepts the ID tokens of both app clients; the workbench's is made once its address is known.
    const audiences = [this.identity.client.userPoolClientId];
    this.api = new Api(this, 'Api', {
      functions: [...functions.values()].filter((fn) => fn.spec.kind === 'http'),
      jwtIssuer: this.identity.issuer,
      jwtAudience: Lazy.list({ produce: () => audiences }),
      throttle: props.apiThrottle,
    });

    // The workbench: S3 + CloudFront, the API under /api, sign-in through Cognito's managed login.
    const signInDomain = this.identity.addManagedLogin(props.authDomainPrefix ?? `onewindow-${this.centreCode.toLowerCase()}`);
    this.web = new WebDistribution(this, 'Web', {
      httpApi: this.api.httpApi,
      accessLogBucket: this.storage.accessLogBucket,
      materialsBucket: this.storage.materialsBucket,
      signInOrigins: [`https://cognito-idp.${this.region}.${this.urlSuffix}`, signInDomain.baseUrl()],
      hallSocketOrigin: this.hallPush.api.apiEndpoint,
      webAclId: props.webAclId,
    });
    const webClient = this.identity.addWebClient(this.web.url);
    audiences.push(webClient.userPoolClientId);
    this.web.deploy({ authority: this.identity.issuer, clientId: webClient.userPoolClientId, hallSocket: this.hallPush.stage.url });

    this.observability = new Observability(this, 'Observability', {
      functions: [...functions.values()],
      stateMachine: this.workflow.stateMachine,
      table: this.data.table,
      deadLetterQueue: this.events.deadLetterQueue,
      httpApi: this.api.httpApi,
      alarmEmail: props.alarmEmail,
    });

    for (const fn of functions.values()) if (fn.spec.kind === 'queue') this.archiveVerification.feed(fn, this.observability.alarmTopic);
    this.operationsAlarms = new OperationsAlarms(this, 'OperationsAlarms', {
      alarmTopic: this.observability.alarmTopic,
      streamFunctions: [...functions.values()].filter((fn) => FUNCTION_ACCESS[fn.spec.name]?.tableStream),
      stateMachine: this.workflow.stateMachine,
      bus: this.events.bus,
      deadLetterQueue: this.events.deadLetterQueue,
    });
    acknowledgeAcceptedFindings({
      functions: [...functions.values()],
      functionsScope,
      storage: this.storage,
      deadLetterQueue: this.events.deadLetterQueue,
      roleScopes: [this.workflow, this.backup],
    });
    this.stallAlarm = new StallAlarm(this, 'StallAlarm', {
      caseEventLog: this.events.caseEventLog,
      alarmTopic: this.observability.alarmTopic,
    });

    const outputs: Record<string, [string, string]> = {
      UserPoolId: [this.identity.userPool.userPoolId, 'Cognito user pool of the staff'],
      UserPoolClientId: [this.identity.client.userPoolClientId, 'App client id (the JWT audience of the API)'],
      JwtIssuer: [this.identity.issuer, 'Issuer of the ID tokens the API accepts'],
      WebUrl: [this.web.url, 'The workbench (CloudFront); the API is under /api'],
      WebClientId: [webClient.userPoolClientId, 'App client of the workbench (managed login, authorization code + PKCE)'],
      SignInDomain: [signInDomain.baseUrl(), 'Cognito managed login'],
      TableName: [this.data.table.tableName, 'DynamoDB table'],
      AuditTableName: [this.auditTrail.table.tableName, 'Audit trail table (append-only)'],
      MaterialsBucketName: [this.storage.materialsBucket.bucketName, 'Scanned materials bucket'],
      ArchiveBucketName: [this.storage.archiveBucket.bucketName, 'Object Lock archive bucket'],
      StateMachineArn: [this.workflow.stateMachine.stateMachineArn, 'Case workflow state machine'],
      EventBusName: [this.events.bus.eventBusName, 'Event bus of case events'],
      DeadLetterQueueUrl: [this.events.deadLetterQueue.queueUrl, 'Dead letters of case events and stream records'],
      DashboardName: [this.observability.dashboard.dashboardName, 'CloudWatch dashboard'],
      AlarmTopicArn: [this.observability.alarmTopic.topicArn, 'SNS topic of all alarms'],
      HallPushUrl: [this.hallPush.stage.url, 'WebSocket address of the hall screens (wss://…?centre=<code>)'],
    };
    for (const [outputId, [value, description]] of Object.entries(outputs)) {
      new CfnOutput(this, outputId, { value, description });
    }
  }

  private grant(fn: OneWindowFunction, access: FunctionAccess): void {
    const role = fn.role;
    const wildcards: Record<string, string> = {
      'Resource::*':
        'X-Ray tracing (Tracing.ACTIVE) adds xray:PutTraceSegments and xray:PutTelemetryRecords, which do not support resource-level permissions' +
        (access.tableStream
          ? '; the DynamoDB event source adds dynamodb:ListStreams, which does not support resource-level permissions either'
          : '') +
        '.',
    };

    if (access.table) {
      if (access.table === 'append') {
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [this.data.table.tableArn] }));
      } else {
        const actions = access.table === 'read' ? TABLE_READ_ACTIONS : [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS];
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [this.data.table.tableArn, this.data.gsi1Arn] }));
      }
    }
    if (access.verifyQueue) this.archiveVerification.queue.grantSendMessages(role);
    if (access.push) {
      this.hallPush.grantPush(role);
      const part = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
      const apiId = this.getLogicalId(this.hallPush.api.node.defaultChild as CfnElement);
      const stageName = this.hallPush.stage.stageName;
      wildcards[
        `Resource::arn:${part(this.partition, 'AWS::Partition')}:execute-api:${part(this.region, 'AWS::Region')}:${part(this.account, 'AWS::AccountId')}:<${apiId}>/${stageName}/*/@connections/*`
      ] =
        'Posting the board to the hall screens: connection ids are made by API Gateway when a screen connects, so only the @connections path of this one WebSocket stage can be named; only execute-api:ManageConnections is granted.';
    }
    if (access.audit === 'append') this.auditTrail.grantAppend(role);
    if (access.audit === 'read') this.auditTrail.grantRead(role);
    if (access.materials) {
      const bucket = this.storage.materialsBucket;
      const actions = access.materials === 'presign' ? ['s3:PutObject', 's3:GetObject'] : ['s3:GetObject'];
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [bucket.arnForObjects('*')] }));
      // Without ListBucket a missing key answers 403 AccessDenied instead of 404 NoSuchKey.
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
      wildcards[`Resource::<${this.logicalIdOf(bucket)}.Arn>/*`] =
        access.materials === 'presign'
          ? 'Presigned PUT/GET URLs are issued for object keys chosen per case at request time; only PutObject and GetObject, only in the materials bucket.'
          : 'Reads the objects of the case being archived, whose keys are chosen per case; only GetObject, only in the materials bucket.';
    }
    if (access.archive) {
      const bucket = this.storage.archiveBucket;
      const read = ['s3:GetObject', 's3:GetObjectRetention'];
      // PutObjectRetention: each object is written with its own COMPLIANCE retain-until date (保管期限).
      const actions = access.archive === 'write' ? ['s3:PutObject', 's3:PutObjectRetention', ...read] : read;
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [bucket.arnForObjects('*')] }));
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
      wildcards[`Resource::<${this.logicalIdOf(bucket)}.Arn>/*`] =
        `Archive packages are kept under keys chosen per case; only ${actions.join(', ')}, only in the archive bucket. No delete is granted, and Object Lock COMPLIANCE forbids it anyway.`;
    }
    if (access.personalData === 'seal' || access.personalData === 'seal_and_open') {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:GenerateDataKey'], resources: [this.keys.dataKey.keyArn] }));
    }
    if (access.personalData === 'seal' || access.personalData === 'seal_and_open' || access.personalData === 'mac') {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:GenerateMac'], resources: [this.keys.macKey.keyArn] }));
    }
    if (access.personalData === 'open' || access.personalData === 'seal_and_open') {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.keys.dataKey.keyArn] }));
    }
    if (access.taskResponse) {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
          resources: [this.workflow.stateMachine.stateMachineArn],
        }),
      );
    }
    if (access.startExecution) {
      this.workflow.stateMachine.grantStartExecution(role);
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['states:StopExecution'], resources: [caseExecutionsArn(this)] }));
      // cdk-nag names the finding by the rendered ARN: pseudo parameters where the stack is env-agnostic.
      const part = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
      const executions = `arn:${part(this.partition, 'AWS::Partition')}:states:${part(this.region, 'AWS::Region')}:${part(this.account, 'AWS::AccountId')}:execution`;
      wildcards[`Resource::${executions}:${STATE_MACHINE_NAME}:*`] =
        'A withdrawn case (撤回) has its execution stopped; executions are named by case number (and run), so only the pattern of this state machine’s executions can be named; only StopExecution, and for the reconciler DescribeExecution, are granted.';
    }
    if (access.describeExecutions) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['states:DescribeExecution'], resources: [caseExecutionsArn(this)] }));
    }
    if (access.sms) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
      wildcards['Resource::*'] +=
        ' sns:Publish of an SMS to a phone number has no resource to name (it goes to no topic), so it is granted on "*" — to this function only, and no other SNS action.';
    }
    if (access.putEvents) this.events.bus.grantPutEventsTo(role);
    if (access.tableStream) {
      fn.function.addEventSource(
        new DynamoEventSource(this.data.table, {
          startingPosition: lambda.StartingPosition.TRIM_HORIZON,
          batchSize: 100,
          bisectBatchOnError: true,
          retryAttempts: 5,
          reportBatchItemFailures: true,
          onFailure: new SqsDlq(this.events.deadLetterQueue),
          // The same filters as streamRecordFilter (repositories/stream-records.ts), which the local mappings use.
          filters: [
            fn.spec.streamRecords === 'carried_lines'
              ? lambda.FilterCriteria.filter({
                  eventName: lambda.FilterRule.or('INSERT', 'MODIFY'),
                  dynamodb: {
                    // A leaf of the carried lines: exists matches leaves only, and a pattern matches a field of any element of a list.
                    NewImage: {
                      sk: { S: lambda.FilterRule.isEqual(keys.case('').sk) },
                      [PENDING_AUDIT_ATTRIBUTE]: { L: { M: { seq: { N: lambda.FilterRule.exists() } } } },
                    },
                  },
                })
              : lambda.FilterCriteria.filter({
                  eventName: lambda.FilterRule.isEqual('INSERT'),
                  dynamodb: { NewImage: { sk: { S: lambda.FilterRule.beginsWith(keys.auditPrefix) } } },
                }),
          ],
        }),
      );
    }

    for (const [finding, reason] of Object.entries(wildcards)) {
      acknowledge(role, `AwsSolutions-IAM5[${finding}]`, reason);
    }
  }

  private logicalIdOf(bucket: s3.Bucket): string {
    return this.getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
  }
}

function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
