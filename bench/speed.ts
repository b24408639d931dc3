/**
 * The parts of the benchmark issue #14 is about, alone: `npm run bench:speed -- --parts=intake,costs`
 * (default: bundles,intake,costs). Prints their figures beside their bars and updates those sections of
 * bench/results.json, leaving the others as the last full `npm run bench` wrote them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS } from '#manifest';
import type { LocalSystem } from '#local/system';
import { measureFunctions } from './bundles';
import { benchCosts, printCostTable } from './cost-bench';
import { initBars, intakeBars, intakeTimingRows, writeUnitBars, type Row } from './speed-bars';
import { benchSystem } from './system-bench';

process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';

const PARTS = ['bundles', 'intake', 'costs'] as const;
const asked = process.argv
  .find((a) => a.startsWith('--parts='))
  ?.slice('--parts='.length)
  .split(',') ?? [...PARTS];
const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) throw new Error(`Unknown part(s) ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`);
const want = (part: (typeof PARTS)[number]) => asked.includes(part);
const COUNTS = { warmup: 50, requests: 1000, queueWarmup: 5, queueCases: 200 };

const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const file = join(import.meta.dirname, 'results.json');
  const results = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, unknown> & {
    bars?: Record<string, unknown>;
  };
  const bars: Record<string, unknown> = { ...results.bars };
  const rows: Row[] = [];

  if (want('bundles')) {
    log(`bundles (${FUNCTIONS.length} functions, init median of 5)`);
    const functions = await measureFunctions(FUNCTIONS, log);
    const init = initBars(functions);
    results.functions = functions.map((f) => ({ ...f, initBeforeMs: init.before(f.name), pass: f.pass && init.pass(f) }));
    bars.bundleSize = {
      limitBytes: 400 * 1024,
      pass: functions.every((f) => f.pass),
      failing: functions.filter((f) => !f.pass).map((f) => f.name),
    };
    bars.initNoSlower = { ...init.bar, before: 'bench/baseline.json' };
    for (const f of functions) {
      rows.push({
        metric: `bundle ${f.name}`,
        value: `${kb(f.bundleBytes)} · init ${f.initMs} ms (before: ${init.before(f.name)})`,
        bar: '≤ 400.0 KB · init ≤ before',
        pass: verdict(f.pass && init.pass(f)),
      });
    }
  }

  if (want('intake') || want('costs')) {
    const { startLocalSystem } = await import('#local/system');
    let system: LocalSystem | undefined;
    try {
      system = await startLocalSystem({ port: 0 });
      if (want('intake')) {
        const sys = await benchSystem(system, { ...COUNTS, log });
        const intake = intakeBars(sys);
        results.intake = {
          requests: sys.intake.count,
          p50Ms: sys.intake.p50Ms,
          p99Ms: sys.intake.p99Ms,
          meanMs: sys.intake.meanMs,
          maxMs: sys.intake.maxMs,
        };
        results.rawTransactWrite = {
          requests: sys.rawTransactWrite.count,
          p50Ms: sys.rawTransactWrite.p50Ms,
          p99Ms: sys.rawTransactWrite.p99Ms,
          meanMs: sys.rawTransactWrite.meanMs,
          maxMs: sys.rawTransactWrite.maxMs,
        };
        results.intakeToRawRatio = intake.bars.intakeToRawRatio!.value;
        results.intakeToQueue = { cases: sys.intakeToQueue.count, ...sys.intakeToQueue };
        results.intakeBacklogDrainMs = sys.backlogDrainMs;
        Object.assign(bars, intake.bars);
        rows.push(...intakeTimingRows(sys), ...intake.rows);
      }
      if (want('costs')) {
        log('cost per case (one happy path per item type)');
        const costs = await benchCosts(system, log);
        results.costPerCase = costs;
        const writes = writeUnitBars(costs);
        Object.assign(bars, writes.bars);
        rows.push(...writes.rows);
        printCostTable(costs);
      }
    } finally {
      await system?.stop();
    }
  }

  results.bars = bars;
  results.partialRun = { generatedAt: new Date().toISOString(), parts: asked };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const width = (k: keyof Row) => Math.max(k.length, ...rows.map((r) => r[k].length));
  const line = (r: Row) => (['metric', 'value', 'bar', 'pass'] as const).map((k) => r[k].padEnd(width(k))).join(' │ ');
  console.log();
  console.log(line({ metric: 'metric', value: 'value', bar: 'bar', pass: 'pass' }));
  for (const r of rows) console.log(line(r));
  const failed = rows.filter((r) => r.pass === 'FAIL').map((r) => r.metric);
  console.log(failed.length ? `\n✗ FAILED: ${failed.join(', ')}` : '\n✓ all bars of these parts pass');
  log(`done; updated ${file}`);
}

main()
  .catch((error: unknown) => {
    console.error('benchmark failed:', error);
    process.exitCode = 1;
  })
  // Once the figures are written it ends, even if a handle of the stopped system would keep Node
  // waiting (it did, holding the shared lock for 20 minutes).
  .finally(() => process.exit());
