import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { ESBUILD_OPTIONS, ESM_OUTFILE_NAME, functionEntryPath } from '#infra/bundling';
import { ENV, type FunctionSpec } from '#manifest';
import { median, round } from './stats';

const run = promisify(execFile);

export const BUNDLE_BAR_BYTES = 400 * 1024;
const INIT_RUNS = 5;

export interface FunctionResult {
  name: string;
  bundleBytes: number;
  initMs: number;
  /** Every init sample, to show the spread next to the median. */
  initSamplesMs: number[];
  /** Biggest contributors to the bundle (npm package or repo folder), to explain a size. */
  largestInputs: { input: string; bytes: number }[];
  pass: boolean;
}

/**
 * Environment a deployed function sees. Values are placeholders: init must not call AWS, but a
 * module that reads a setting at import time would otherwise fail in a way Lambda never sees.
 */
const LAMBDA_LIKE_ENV: Record<string, string> = {
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'onewindow',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  [ENV.tableName]: 'onewindow',
  [ENV.auditTableName]: 'onewindow-audit',
  [ENV.materialsBucket]: 'onewindow-materials',
  [ENV.archiveBucket]: 'onewindow-archive',
  [ENV.stateMachineArn]: 'arn:aws:states:cn-north-1:000000000000:stateMachine:onewindow-case',
  [ENV.eventBusName]: 'onewindow',
  [ENV.centreCode]: 'HZ',
  [ENV.centreName]: 'bench',
};

/** Builds the bundle exactly as CDK does (same options object) and returns its minified size. */
async function buildBundle(spec: FunctionSpec, outDir: string): Promise<{ file: string; bytes: number; largestInputs: FunctionResult['largestInputs'] }> {
  const outfile = join(outDir, spec.name, ESM_OUTFILE_NAME);
  const result = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: [functionEntryPath(spec.entry)], outfile, write: true, logLevel: 'error' });
  // Metafile output keys are relative to the working directory; match on the file name, not the path.
  const output = Object.entries(result.metafile.outputs).find(([key]) => key.endsWith(`${spec.name}/${ESM_OUTFILE_NAME}`));
  if (!output) throw new Error(`esbuild metafile has no output for ${spec.name}`);
  return { file: outfile, bytes: output[1].bytes, largestInputs: largestInputs(output[1].inputs) };
}

/** Sums bytes-in-output per npm package (or per top folder of this repo). */
function largestInputs(inputs: Record<string, { bytesInOutput: number }>): FunctionResult['largestInputs'] {
  const totals = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const key = pkg ?? path.split('/').slice(0, 2).join('/');
    totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([input, bytes]) => ({ input, bytes }));
}

/** One cold import in a fresh process: only the import is timed, not node's own start-up. */
async function initOnce(file: string): Promise<number> {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...LAMBDA_LIKE_ENV },
    timeout: 30_000,
  });
  const ms = Number(stdout.trim());
  if (!Number.isFinite(ms)) throw new Error(`init probe printed ${JSON.stringify(stdout)}`);
  return ms;
}

export async function measureFunctions(specs: readonly FunctionSpec[], log: (line: string) => void): Promise<FunctionResult[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'onewindow-bench-bundles-'));
  try {
    const results: FunctionResult[] = [];
    for (const spec of specs) {
      const { file, bytes, largestInputs } = await buildBundle(spec, outDir);
      // Sequential runs: two cores, and parallel probes would time each other.
      const samples: number[] = [];
      for (let i = 0; i < INIT_RUNS; i++) samples.push(await initOnce(file));
      const initMs = round(median(samples));
      results.push({ name: spec.name, bundleBytes: bytes, initMs, initSamplesMs: samples.map((s) => round(s)), largestInputs, pass: bytes <= BUNDLE_BAR_BYTES });
      log(`  ${spec.name}: ${bytes} B, init ${initMs} ms`);
    }
    return results;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
