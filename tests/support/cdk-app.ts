import { existsSync, readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { repoPath } from '#infra/bundling';
import { OneWindowStack } from '#infra/stack';

/** Context of cdk.json (feature flags) plus: skip esbuild for every stack. */
function appContext(): Record<string, unknown> {
  const cdkJson = repoPath('cdk.json');
  const context = existsSync(cdkJson)
    ? ((JSON.parse(readFileSync(cdkJson, 'utf8')) as { context?: Record<string, unknown> }).context ?? {})
    : {};
  return { ...context, 'aws:cdk:bundling-stacks': [] };
}

/** The stack as `cdk synth` builds it, without bundling the functions. */
export function newStack(env?: { account?: string; region?: string }): { app: App; stack: OneWindowStack } {
  const app = new App({ context: appContext() });
  const stack = new OneWindowStack(app, 'OneWindow', env ? { env } : {});
  return { app, stack };
}
