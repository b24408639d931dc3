import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FunctionSpec } from '#manifest';
import { ESBUILD_OPTIONS, functionEntryPath, REPO_ROOT } from '#infra/bundling';

/** Node.js 24 is the newest Lambda runtime in this aws-cdk-lib (bundles target `node24`, see bundling.ts). */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;
export const DEFAULT_MEMORY_MB = 512;
export const HTTP_TIMEOUT = Duration.seconds(10);
export const BACKGROUND_TIMEOUT = Duration.seconds(30);

export interface OneWindowFunctionProps {
  readonly spec: FunctionSpec;
  /** Application environment (the ENV names of functions/manifest.ts); shared defaults are added. */
  readonly environment: Readonly<Record<string, string>>;
  /** Physical name prefix of the function and its log group. @default 'onewindow' */
  readonly namePrefix?: string;
  readonly logRetention?: logs.RetentionDays;
  /** Where Lambda parks an asynchronous invocation (bus rule, schedule) that failed every retry. @default none */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * One Lambda function of the manifest: a NodejsFunction with the project's shared defaults, its own
 * log group with a retention, and its own role that starts with nothing but writing to that log group.
 */
export class OneWindowFunction extends Construct {
  readonly spec: FunctionSpec;
  readonly function: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: OneWindowFunctionProps) {
    super(scope, id);
    const { spec } = props;
    this.spec = spec;
    const functionName = `${props.namePrefix ?? 'onewindow'}-${spec.name}`;

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      logGroupName: `/aws/lambda/${functionName}`,
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      // Operational logs with a fixed name: kept, they would block re-creating the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of the default one with the AWSLambdaBasicExecutionRole managed policy:
    // the function may write to its own log group and nothing else until the stack grants more.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `OneWindow ${spec.kind} function ${spec.name}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      functionName,
      description: `OneWindow ${spec.kind} function ${spec.name} (functions/${spec.entry}.ts)`,
      entry: functionEntryPath(spec.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}/package-lock.json`,
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memorySize ?? DEFAULT_MEMORY_MB,
      timeout: spec.kind === 'http' ? HTTP_TIMEOUT : BACKGROUND_TIMEOUT,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
      role: this.role,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: 'onewindow',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      },
      // Same options as ESBUILD_OPTIONS (CDK always bundles with --bundle --platform=node).
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: ESBUILD_OPTIONS.target,
        minify: ESBUILD_OPTIONS.minify,
        sourceMap: ESBUILD_OPTIONS.sourcemap,
        mainFields: [...ESBUILD_OPTIONS.mainFields],
        banner: ESBUILD_OPTIONS.banner.js,
        charset: nodejs.Charset.UTF8,
        metafile: ESBUILD_OPTIONS.metafile,
        bundleAwsSDK: true,
        externalModules: [...ESBUILD_OPTIONS.external],
        esbuildArgs: {
          ...Object.fromEntries(Object.entries(ESBUILD_OPTIONS.alias).map(([from, to]) => [`--alias:${from}`, to])),
          // aws-cdk-lib (2.276) takes `charset` above but never passes it to esbuild, whose default escapes every Chinese
          // character as \uXXXX: twice the bytes of the messages, and bundles larger than `npm run bench` measures.
          '--charset': ESBUILD_OPTIONS.charset,
        },
        // Run-time files (FunctionSpec.assets) go into the asset directory next to index.mjs, not into the bundle.
        ...(spec.assets?.length ? { commandHooks: assetHooks(spec.assets) } : {}),
      },
    });
  }

  get functionArn(): string {
    return this.function.functionArn;
  }
}

/** Copies each asset (a path from the repository root) next to the bundle. */
function assetHooks(assets: readonly string[]): nodejs.ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) =>
      assets.map((asset) => `cp "${path.posix.join(inputDir, asset)}" "${path.posix.join(outputDir, path.posix.basename(asset))}"`),
  };
}
