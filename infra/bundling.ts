/**
 * The esbuild options every Lambda function is bundled with, as plain data.
 *
 * `infra/constructs/function.ts` hands these to `NodejsFunction`; a benchmark or any other script can
 * call esbuild directly with the very same options:
 *
 *   await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: [functionEntryPath('api/health')], outfile: 'out/index.mjs' });
 */
import path from 'node:path';
import type { BuildOptions } from 'esbuild';

/** Absolute path of the repository root (the folder holding package.json, functions/, statemachines/). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** Absolute path of the handler module `functions/<entry>.ts` (entry as in FunctionSpec.entry). */
export function functionEntryPath(entry: string): string {
  return path.join(REPO_ROOT, 'functions', `${entry}.ts`);
}

/** Absolute path of a file given relative to the repository root. */
export function repoPath(...segments: string[]): string {
  return path.join(REPO_ROOT, ...segments);
}

/** Lambda runtime the bundles target (keep in step with the runtime in constructs/function.ts). */
export const ESBUILD_TARGET = 'node24';

/** ESM bundles have no `require`; some CommonJS dependencies still call it. */
export const ESM_REQUIRE_BANNER = "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

/** Output file name CDK uses for ESM bundles; the handler string is `index.handler`. */
export const ESM_OUTFILE_NAME = 'index.mjs';

/** Lambda always has its credentials in the environment: the SDK's default chain is replaced by that provider. */
export const ESBUILD_ALIAS = {
  '@aws-sdk/credential-provider-node': path.join(REPO_ROOT, 'functions', 'adapters', 'lambda-credentials.ts'),
};

/** The AWS SDK's event-stream support, left out of the bundles (see `external` below). */
export const EVENT_STREAM_MODULES = ['@smithy/core/event-streams'] as const;

export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ESBUILD_TARGET,
  minify: true,
  sourcemap: true,
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_BANNER },
  charset: 'utf8',
  metafile: true,
  alias: ESBUILD_ALIAS,
  /**
   * The AWS SDK v3 is bundled too (tree-shaken, no dependency on the runtime's copy), except its event-stream
   * support: the SDK loads it with a dynamic import only for an event-stream operation (S3 SelectObjectContent,
   * Kinesis SubscribeToShard, …), which no function calls (tests/unit/bundling.test.ts), and a single-file bundle
   * would otherwise carry and load its ≈ 20 KB in every function.
   */
  external: [...EVENT_STREAM_MODULES] as string[],
} satisfies BuildOptions;
