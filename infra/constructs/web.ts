import { ArnFormat, type CfnElement, Duration, Fn, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { repoPath } from '#infra/bundling';
import { contentSecurityPolicy } from '../../web/security-headers';

/** The workbench's build (`npm install` runs `npm run build:web`). */
export const WEB_DIST = repoPath('web/dist');
/** Where the API is under the distribution's own origin. */
export const API_PATH_PREFIX = '/api';

export interface WebDistributionProps {
  readonly httpApi: apigwv2.IHttpApi;
  /** Logs of the distribution's own log bucket go here (the stack's S3 access log bucket). */
  readonly accessLogBucket: s3.IBucket;
  /** Scans are uploaded to and previewed from this bucket with presigned URLs. */
  readonly materialsBucket: s3.IBucket;
  /** Origins the OIDC client talks to: the pool's issuer and its managed login domain. */
  readonly signInOrigins: readonly string[];
  /** The hall screens' WebSocket API (wss://…): the pages may connect to it (CSP connect-src). @default none */
  readonly hallSocketOrigin?: string;
  /** An AWS WAF web ACL (us-east-1, CLOUDFRONT scope) to attach. @default none */
  readonly webAclId?: string;
}

// Viewer request on the API behaviour: `/api/cases` reaches the HTTP API as `/cases`.
const STRIP_API_PREFIX = `function handler(event) {
  var request = event.request;
  request.uri = request.uri.slice(${API_PATH_PREFIX.length}) || '/';
  return request;
}`;

// Viewer request on the files: a screen's address (no file extension) gets index.html; the browser routes.
const SCREENS_TO_INDEX = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/**
 * The workbench in AWS: its build in a private S3 bucket that only this CloudFront distribution reads
 * (origin access control), security headers with a strict CSP on every answer, the HTTP API under the
 * same origin at `/api/*` (so no CORS), and `/config.json` telling the app its issuer, client and API.
 */
export class WebDistribution extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly responseHeaders: cloudfront.ResponseHeadersPolicy;
  /** `https://<distribution domain>`: the workbench's address and the sign-in callback's origin. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebDistributionProps) {
    super(scope, id);
    const secure = {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
    } as const;

    this.bucket = new s3.Bucket(this, 'Files', {
      ...secure,
      versioned: true,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'web/',
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
      lifecycleRules: [{ id: 'old-builds', noncurrentVersionExpiration: Duration.days(30) }],
    });
    // CloudFront standard logs are written with ACLs: this bucket lets the writer own its objects.
    this.logBucket = new s3.Bucket(this, 'Logs', {
      ...secure,
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      versioned: true,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'web-logs/',
      lifecycleRules: [{ id: 'expire', expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
    });

    const storage = `https://${props.materialsBucket.bucketRegionalDomainName}`;
    this.responseHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'OneWindow workbench: strict CSP, HSTS, no framing, no sniffing',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: `${contentSecurityPolicy({
            storage: [storage],
            signIn: props.signInOrigins,
            ...(props.hallSocketOrigin ? { push: [props.hallSocketOrigin] } : {}),
          })}; upgrade-insecure-requests`,
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    const apiDomain = Fn.select(2, Fn.split('/', props.httpApi.apiEndpoint));
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'OneWindow workbench and API',
      defaultRootObject: 'index.html',
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_ALL,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      webAclId: props.webAclId,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeaders,
        compress: true,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'ScreensToIndex', {
              code: cloudfront.FunctionCode.fromInline(SCREENS_TO_INDEX),
              runtime: cloudfront.FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      additionalBehaviors: {
        [`${API_PATH_PREFIX}/*`]: {
          origin: new origins.HttpOrigin(apiDomain, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          // Nothing of the API is cached; every header but Host (Authorization, Idempotency-Key) goes through.
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.responseHeaders,
          functionAssociations: [
            {
              eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
              function: new cloudfront.Function(this, 'StripApiPrefix', {
                code: cloudfront.FunctionCode.fromInline(STRIP_API_PREFIX),
                runtime: cloudfront.FunctionRuntime.JS_2_0,
              }),
            },
          ],
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    this.acknowledge(props.webAclId !== undefined);
  }

  /**
   * Uploads the build: hashed assets cached for a year, index.html and config.json never cached (a
   * deploy shows at once). The deployment's function gets a role of its own, with no managed policy.
   * `hallSocket`: the hall screens' WebSocket stage (wss://…/screens), which the hall pages connect to.
   */
  deploy(config: { authority: string; clientId: string; hallSocket?: string }): void {
    const role = new iam.Role(this, 'DeployRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the workbench build into its bucket',
    });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [
          Stack.of(this).formatArn({
            service: 'logs',
            resource: 'log-group',
            resourceName: '/aws/lambda/*',
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
    const assets = new s3deploy.BucketDeployment(this, 'Assets', {
      sources: [s3deploy.Source.asset(WEB_DIST, { exclude: ['index.html'] })],
      destinationBucket: this.bucket,
      prune: false,
      role,
      cacheControl: [
        s3deploy.CacheControl.setPublic(),
        s3deploy.CacheControl.maxAge(Duration.days(365)),
        s3deploy.CacheControl.immutable(),
      ],
    });
    const entry = new s3deploy.BucketDeployment(this, 'Entry', {
      sources: [
        s3deploy.Source.asset(WEB_DIST, { exclude: ['*', '!index.html'] }),
        s3deploy.Source.jsonData('config.json', {
          authority: config.authority,
          clientId: config.clientId,
          apiBase: API_PATH_PREFIX,
          ...(config.hallSocket ? { hallSocket: config.hallSocket } : {}),
        }),
      ],
      destinationBucket: this.bucket,
      prune: false,
      role,
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
    });
    // The new entry points only after the assets they name.
    entry.node.addDependency(assets);
    this.acknowledgeDeployment(role);
  }

  private acknowledge(hasWebAcl: boolean): void {
    const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
    ack(
      this.distribution,
      'AwsSolutions-CFR1',
      'A county service centre serves the public of its own country; geo restriction is a per-deployment decision (add geoRestriction) and the API checks every caller’s sign-in anyway.',
    );
    if (!hasWebAcl) {
      ack(
        this.distribution,
        'AwsSolutions-CFR2',
        'The distribution takes a WAF web ACL (webAclId, created in us-east-1 with CLOUDFRONT scope) where a centre runs one; the API stage is throttled and every API route but progress and rating needs a Cognito token.',
      );
    }
    ack(
      this.distribution,
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate: CloudFront serves it with TLSv1 allowed whatever the policy says. A centre with its own domain attaches an ACM certificate and TLS_V1_2_2021 (set here) applies.',
    );
    for (const bucket of [this.bucket, this.logBucket]) {
      ack(
        bucket,
        'NIST.800.53.R5-S3DefaultEncryptionKMS',
        'Public web files and CloudFront logs, SSE-S3 (AES-256), TLS only, public access blocked; CloudFront OAC reads SSE-S3 objects without a KMS grant.',
      );
      ack(
        bucket,
        'NIST.800.53.R5-S3BucketReplicationEnabled',
        'The files are rebuilt from the repository on every deploy and the logs are operational; neither needs a copy in a second region.',
      );
    }
  }

  private acknowledgeDeployment(role: iam.Role): void {
    const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
    // cdk-nag names each wildcard finding by the rendered action or ARN (pseudo parameters where the stack is env-agnostic).
    const stack = Stack.of(this);
    const part = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
    const [partition, region, account] = [
      part(stack.partition, 'AWS::Partition'),
      part(stack.region, 'AWS::Region'),
      part(stack.account, 'AWS::AccountId'),
    ];
    const bucketId = stack.getLogicalId(this.bucket.node.defaultChild as CfnElement);
    const deploymentWildcards = [
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Resource::*',
      `Resource::<${bucketId}.Arn>/*`,
      `Resource::arn:${partition}:logs:${region}:${account}:log-group:/aws/lambda/*`,
      `Resource::arn:${partition}:s3:::cdk-hnb659fds-assets-${account}-${region}/*`,
    ];
    for (const finding of deploymentWildcards) {
      ack(
        role,
        `AwsSolutions-IAM5[${finding}]`,
        'CDK BucketDeployment copies the build: it reads the CDK asset objects (names are content hashes), writes and lists every key of the web bucket and invalidates its distribution (CloudFront invalidations name no resource); log groups of Lambda functions are named per function.',
      );
    }
    ack(role, 'NIST.800.53.R5-IAMNoInlinePolicy', 'The deployment role has exactly one policy, written for it and deleted with it.');
    // The deployment's function is a CDK singleton at stack level (Custom::CDKBucketDeployment…).
    for (const child of stack.node.children) {
      if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
      const reason =
        'CDK’s BucketDeployment function: runs only during `cdk deploy`, invoked synchronously by CloudFormation, never reachable from the workbench or the API. Its runtime, memory, layer and settings are CDK’s.';
      for (const rule of [
        'AwsSolutions-L1',
        'Serverless-LambdaDLQ',
        'Serverless-LambdaDefaultMemorySize',
        'Serverless-LambdaLatestVersion',
        'Serverless-LambdaTracing',
        'NIST.800.53.R5-LambdaConcurrency',
        'NIST.800.53.R5-LambdaDLQ',
        'NIST.800.53.R5-LambdaInsideVPC',
      ]) {
        ack(child, rule, reason);
      }
    }
  }
}
