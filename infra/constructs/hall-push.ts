import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { OneWindowFunction } from './function';

/**
 * The hall screens' push channel (大屏推送): an API Gateway WebSocket API. Screens connect with
 * `?centre=HZ` ($connect stores the connection in the table, $disconnect removes it); functions that
 * call numbers post the board to each connection through the management API. A call reaches the
 * screen in well under 2 s; the board route stays as the polling fallback.
 */
export class HallPush extends Construct {
  readonly api: apigwv2.WebSocketApi;
  readonly stage: apigwv2.WebSocketStage;
  readonly accessLog: logs.LogGroup;

  constructor(scope: Construct, id: string, props: { logRetention?: logs.RetentionDays } = {}) {
    super(scope, id);
    this.api = new apigwv2.WebSocketApi(this, 'Api', { apiName: 'onewindow-hall-push', description: 'OneWindow hall screens (大屏) push channel' });
    this.accessLog = new logs.LogGroup(this, 'AccessLog', { retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN });
    this.stage = new apigwv2.WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: 'screens',
      autoDeploy: true,
      // A centre has a handful of screens; a burst of connects is someone probing.
      throttle: { rateLimit: 20, burstLimit: 50 },
    });
    const cfnStage = this.stage.node.defaultChild as apigwv2.CfnStage;
    cfnStage.accessLogSettings = {
      destinationArn: this.accessLog.logGroupArn,
      format: JSON.stringify({ requestId: '$context.requestId', ip: '$context.identity.sourceIp', routeKey: '$context.routeKey', status: '$context.status', connectionId: '$context.connectionId' }),
    };
  }

  /** The management endpoint functions post to (HALL_PUSH_ENDPOINT). */
  get endpoint(): string {
    return this.stage.callbackUrl;
  }

  /** $connect and $disconnect go to the screens' function. */
  connect(fn: OneWindowFunction): void {
    const integration = new WebSocketLambdaIntegration('Screens', fn.function);
    this.api.addRoute('$connect', { integration });
    this.api.addRoute('$disconnect', { integration });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The hall screens are public displays in the hall that show only called numbers and queue counts (no personal data); $connect checks the centre and the stage is throttled.',
    });
  }

  /** execute-api:ManageConnections on this stage's connections only. */
  grantPush(grantee: iam.IGrantable): void {
    this.stage.grantManagementApiAccess(grantee);
  }
}
