import { CfnOutput, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { HttpMethod, RouteSpec } from '#manifest';
import type { OneWindowFunction } from './function';

export interface ApiThrottle {
  /** Steady-state requests per second. */
  readonly rateLimit: number;
  readonly burstLimit: number;
}

export interface ApiProps {
  /** The http functions; one integration each, one route per RouteSpec of each. */
  readonly functions: readonly OneWindowFunction[];
  /** `iss` of the accepted JWTs (the user pool). */
  readonly jwtIssuer: string;
  /** `aud` of the accepted JWTs: the app client id (ID tokens). */
  readonly jwtAudience: string;
  /** @default { rateLimit: 50, burstLimit: 100 } */
  readonly throttle?: ApiThrottle;
  readonly logRetention?: logs.RetentionDays;
}

export interface ApiRoute {
  readonly spec: RouteSpec;
  readonly functionName: string;
  readonly route: apigwv2.HttpRoute;
}

const METHODS: Readonly<Record<HttpMethod, apigwv2.HttpMethod>> = {
  GET: apigwv2.HttpMethod.GET,
  POST: apigwv2.HttpMethod.POST,
  PUT: apigwv2.HttpMethod.PUT,
  DELETE: apigwv2.HttpMethod.DELETE,
};

/**
 * The HTTP API: every route of the manifest, behind a JWT authorizer on the user pool unless the route is
 * public; role checks (`cognito:groups`) stay in the handlers. `$default` stage with access logs and throttling.
 */
export class Api extends Construct {
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly authorizer: HttpJwtAuthorizer;
  readonly accessLog: logs.LogGroup;
  readonly routes: readonly ApiRoute[];
  readonly url: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: 'onewindow',
      description: 'OneWindow (一窗通办) API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [apigwv2.CorsHttpMethod.ANY],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
        exposeHeaders: ['x-request-id'],
        maxAge: Duration.hours(1),
      },
    });

    this.accessLog = new logs.LogGroup(this, 'AccessLog', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const throttle = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLog),
        format: ACCESS_LOG_FORMAT,
      },
    });
    this.url = this.stage.url;

    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      authorizerName: 'cognito-id-token',
      jwtAudience: [props.jwtAudience],
      identitySource: ['$request.header.Authorization'],
    });
    const none = new apigwv2.HttpNoneAuthorizer();

    const routes: ApiRoute[] = [];
    for (const fn of props.functions) {
      const specs = fn.spec.routes ?? [];
      if (specs.length === 0) continue;
      // One invoke permission per function for this API (not one per route): a function's routes are all its own,
      // and with a permission per route the stack passed CloudFormation's 500 resources once the hall's routes came.
      const integration = new HttpLambdaIntegration(`${fn.spec.name}-integration`, fn.function, { scopePermissionToRoute: false });
      for (const spec of specs) {
        const isPublic = spec.action === 'public';
        const [route] = this.httpApi.addRoutes({
          path: spec.path,
          methods: [METHODS[spec.method]],
          integration,
          authorizer: isPublic ? none : this.authorizer,
        });
        if (!route) throw new Error(`no route created for ${spec.method} ${spec.path}`);
        if (isPublic) {
          Validations.of(route).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason: `${spec.method} ${spec.path} is public by design in functions/manifest.ts (${spec.summary}); it returns no case data.`,
          });
        }
        routes.push({ spec, functionName: fn.spec.name, route });
      }
    }
    this.routes = routes;

    // Per-route throttles of the manifest (e.g. the public progress query), on top of the stage's.
    const routeSettings = Object.fromEntries(
      routes
        .filter((r) => r.spec.throttle)
        .map((r) => [`${r.spec.method} ${r.spec.path}`, { ThrottlingRateLimit: r.spec.throttle!.rateLimit, ThrottlingBurstLimit: r.spec.throttle!.burstLimit }]),
    );
    if (Object.keys(routeSettings).length > 0) {
      (this.stage.node.defaultChild as apigwv2.CfnStage).addPropertyOverride('RouteSettings', routeSettings);
    }

    const output = new CfnOutput(this, 'Url', { value: this.url, description: 'Base URL of the OneWindow HTTP API' });
    output.overrideLogicalId('ApiUrl');
  }
}

/** JSON access log line; `sub` is the Cognito user (no token contents otherwise). */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    sub: '$context.authorizer.claims.sub',
  }),
);
