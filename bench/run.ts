/**
 * OneWindow benchmark: bundle size and cold init per function, intake latency against a raw
 * DynamoDB transaction on the same DynamoDB Local, intake → back-office queue visibility, and the
 * archive (package build for a case with 10 materials, verification throughput).
 * Writes bench/results.json and prints a table. Bars that fail are reported, not fatal (exit 0).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { FUNCTIONS } from '#manifest';
import type { LocalSystem } from '#local/system';
import { BUNDLE_BAR_BYTES, measureFunctions } from './bundles';
import { benchArchive, type ArchiveBenchResult } from './archive-bench';
import { benchCosts, printCostTable, type CostBenchResult } from './cost-bench';
import { benchFrontDesk, type FrontDeskResult } from './front-desk-bench';
import { benchRecovery, type RecoveryBenchResult } from './recovery-bench';
import { hallBars, hallRows, type HallBenchResult } from './hall-bench';
import { benchSystem, type SystemBenchResult } from './system-bench';
import { round } from './stats';
import { hallPart, hallStressPart, PARTS, runOnePart, type PartOutcome, type Row } from './parts';
import { initBars, intakeBars, intakeTimingRows, writeUnitBars } from './speed-bars';

// Before the handlers load: their loggers read the level when constructed.
process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';

// `npm run bench -- --quick`: a smoke run with small counts, for working on the bench itself.
const QUICK = process.argv.includes('--quick');
// `--part=search` / `--part=web`: one part of its own system alone (see bench/parts.ts).
const PART = process.argv.find((a) => a.startsWith('--part='))?.slice('--part='.length);
const COUNTS = QUICK
  ? {
      warmup: 10,
      requests: 100,
      queueWarmup: 2,
      queueCases: 20,
      fiveMaterialIntakes: 20,
      concurrentIntakes: 100,
      concurrency: 50,
      archiveCases: 5,
    }
  : {
      warmup: 50,
      requests: 1000,
      queueWarmup: 5,
      queueCases: 200,
      fiveMaterialIntakes: 200,
      concurrentIntakes: 1000,
      concurrency: 50,
      archiveCases: 30,
    };

const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);

function printTable(rows: Row[]): void {
  const cols = ['metric', 'value', 'bar', 'pass'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))])) as Record<
    (typeof cols)[number],
    number
  >;
  const line = (r: Record<(typeof cols)[number], string>) => cols.map((c) => r[c].padEnd(width[c])).join(' │ ');
  console.log(line({ metric: 'metric', value: 'value', bar: 'bar', pass: 'pass' }));
  console.log(cols.map((c) => '─'.repeat(width[c])).join('─┼─'));
  for (const r of rows) console.log(line(r));
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  if (PART) return runOnePart(PART, log, QUICK, printTable);
  const started = t0;
  log(`1/5 bundles (${FUNCTIONS.length} functions, esbuild with infra/bundling.ts options, init median of 5)`);
  const functions = await measureFunctions(FUNCTIONS, log);

  log('2/5 starting the local system');
  // Imported late so the log level above is in place before any handler module is evaluated.
  const { startLocalSystem } = await import('#local/system');
  let system: LocalSystem | undefined;
  let sys: SystemBenchResult;
  let desk: FrontDeskResult;
  let archive: ArchiveBenchResult;
  let costs: CostBenchResult;
  try {
    system = await startLocalSystem({ port: 0 });
    log(`  up at ${system.url}`);
    sys = await benchSystem(system, { ...COUNTS, log });
    log('3/5 front desk');
    desk = await benchFrontDesk(system, { ...COUNTS, log });
    log('4/5 archive');
    archive = await benchArchive(system, { ...COUNTS, log });
    // Last: it observes the handlers' DynamoDB client from here on.
    log('5/5 cost per case (one happy path per item type)');
    costs = await benchCosts(system, log);
  } finally {
    log('  stopping the local system');
    await system?.stop();
  }
  log('recovery after the crash run (a system of its own)');
  const recovery: RecoveryBenchResult = await benchRecovery(log);
  // Last: it runs its system on simulated time, which moves Date for this whole process.
  const hall: HallBenchResult = (await hallPart(log, QUICK)).result;
  const hallStress: HallBenchResult = (await hallStressPart(log, QUICK)).result;

  const parts: PartOutcome<unknown>[] = [];
  for (const [name, part] of Object.entries(PARTS)) {
    log(`${name} (a system of its own)`);
    parts.push(await part(log, QUICK));
  }

  const ratio = round(sys.intake.p50Ms / sys.rawTransactWrite.p50Ms);
  // Issue #14's bars: intake ratios and queue, write units per happy path, init beside today's.
  const intake = intakeBars(sys);
  const writes = writeUnitBars(costs);
  const init = initBars(functions);
  const bars = {
    bundleSize: functions.every((f) => f.pass),
    initNoSlower: init.bar.pass,
    ...Object.fromEntries(Object.entries({ ...intake.bars, ...writes.bars }).map(([name, b]) => [name, b.pass])),
    caseNumbersUniqueGapFree:
      desk.caseNumbers.duplicates === 0 && desk.caseNumbers.gaps === 0 && desk.caseNumbers.issued === COUNTS.concurrentIntakes,
    crashRunAllRecovered: recovery.recovered === recovery.acknowledged,
    hallCallToScreenP99: hallBars(hall).hallCallToScreenP99?.pass === true,
    hallStressNoDuplicateNoneLost: hallBars(hallStress).hallStressNoDuplicateNoneLost?.pass === true,
  };

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memGiB: round(totalmem() / 2 ** 30, 1) },
    quick: QUICK,
    functions: functions.map((f) => ({
      name: f.name,
      bundleBytes: f.bundleBytes,
      initMs: f.initMs,
      initBeforeMs: init.before(f.name),
      initSamplesMs: f.initSamplesMs,
      pass: f.pass && init.pass(f),
      largestInputs: f.largestInputs,
    })),
    intake: {
      requests: sys.intake.count,
      p50Ms: sys.intake.p50Ms,
      p99Ms: sys.intake.p99Ms,
      meanMs: sys.intake.meanMs,
      maxMs: sys.intake.maxMs,
    },
    rawTransactWrite: {
      requests: sys.rawTransactWrite.count,
      p50Ms: sys.rawTransactWrite.p50Ms,
      p99Ms: sys.rawTransactWrite.p99Ms,
      meanMs: sys.rawTransactWrite.meanMs,
      maxMs: sys.rawTransactWrite.maxMs,
    },
    intakeToRawRatio: ratio,
    intakeToQueue: {
      cases: sys.intakeToQueue.count,
      p50Ms: sys.intakeToQueue.p50Ms,
      p99Ms: sys.intakeToQueue.p99Ms,
      meanMs: sys.intakeToQueue.meanMs,
      maxMs: sys.intakeToQueue.maxMs,
      timeouts: sys.intakeToQueue.timeouts,
      pollsPerCase: sys.intakeToQueue.pollsPerCase,
    },
    intakeBacklogDrainMs: sys.backlogDrainMs,
    intakeWithFiveMaterials: {
      requests: desk.intakeWithFiveMaterials.count,
      p50Ms: desk.intakeWithFiveMaterials.p50Ms,
      p99Ms: desk.intakeWithFiveMaterials.p99Ms,
      meanMs: desk.intakeWithFiveMaterials.meanMs,
      maxMs: desk.intakeWithFiveMaterials.maxMs,
    },
    caseNumbers: desk.caseNumbers,
    costPerCase: costs,
    crashRecovery: recovery,
    hall,
    hallStress,
    archive: {
      materials: 10,
      packageBytes: archive.packageBytes,
      packageObjects: archive.packageObjects,
      build: {
        packages: archive.build.count,
        p50Ms: archive.build.p50Ms,
        p99Ms: archive.build.p99Ms,
        meanMs: archive.build.meanMs,
        maxMs: archive.build.maxMs,
      },
      endToArchived: {
        cases: archive.endToArchived.count,
        p50Ms: archive.endToArchived.p50Ms,
        p99Ms: archive.endToArchived.p99Ms,
        maxMs: archive.endToArchived.maxMs,
      },
      verify: archive.verify,
    },
    ...Object.fromEntries(parts.map((p) => [p.key, p.result])),
    bars: {
      ...Object.assign({}, ...parts.map((p) => p.bars)),
      bundleSize: { limitBytes: BUNDLE_BAR_BYTES, pass: bars.bundleSize, failing: functions.filter((f) => !f.pass).map((f) => f.name) },
      initNoSlower: { ...init.bar, before: 'bench/baseline.json' },
      ...intake.bars,
      ...writes.bars,
      caseNumbersUniqueGapFree: {
        duplicates: desk.caseNumbers.duplicates,
        gaps: desk.caseNumbers.gaps,
        pass: bars.caseNumbersUniqueGapFree,
      },
      crashRunAllRecovered: { acknowledged: recovery.acknowledged, recovered: recovery.recovered, pass: bars.crashRunAllRecovered },
      ...hallBars(hall),
      ...hallBars(hallStress),
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const file = join(import.meta.dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const rows: Row[] = [
    ...functions.map((f) => ({
      metric: `bundle ${f.name}`,
      value: `${kb(f.bundleBytes)} · init ${f.initMs} ms (before: ${init.before(f.name)})`,
      bar: `≤ ${kb(BUNDLE_BAR_BYTES)} · init ≤ before`,
      pass: verdict(f.pass && init.pass(f)),
    })),
    ...intakeTimingRows(sys),
    ...intake.rows,
    ...writes.rows,
    {
      metric: 'intake, 5 materials',
      value: `p50 ${desk.intakeWithFiveMaterials.p50Ms} ms · p99 ${desk.intakeWithFiveMaterials.p99Ms} ms (n=${desk.intakeWithFiveMaterials.count})`,
      bar: '',
      pass: '',
    },
    {
      metric: 'case numbers',
      value: `${desk.caseNumbers.perSecond}/s at ${desk.caseNumbers.concurrency} concurrent (n=${desk.caseNumbers.issued}, ${desk.caseNumbers.duplicates} duplicates, ${desk.caseNumbers.gaps} gaps)`,
      bar: 'no duplicates, no gaps',
      pass: verdict(bars.caseNumbersUniqueGapFree),
    },
    {
      metric: 'crash run recovery',
      value: `${recovery.recovered} of ${recovery.acknowledged} acknowledged back in queue ${recovery.recoverySeconds} s after restart (burst ${recovery.burst})`,
      bar: 'all recovered',
      pass: verdict(bars.crashRunAllRecovered),
    },
    ...hallRows(hall),
    ...hallRows(hallStress),
    {
      metric: 'archive package, 10 materials',
      value: `build p50 ${archive.build.p50Ms} ms · p99 ${archive.build.p99Ms} ms · ${kb(archive.packageBytes)} in ${archive.packageObjects} objects (n=${archive.build.count})`,
      bar: '',
      pass: '',
    },
    {
      metric: 'case ended → archived',
      value: `p50 ${archive.endToArchived.p50Ms} ms · p99 ${archive.endToArchived.p99Ms} ms (n=${archive.endToArchived.count})`,
      bar: '',
      pass: '',
    },
    {
      metric: 'archive verification',
      value: `${archive.verify.perSecond} packages/s (${archive.verify.packages} in ${archive.verify.slices} slices, ${archive.verify.wallMs} ms, ${archive.verify.localWorkers} workers, ${archive.verify.failed} failed)`,
      bar: '',
      pass: '',
    },
    {
      metric: 'archive verification of a province',
      value: `${archive.verify.province.packages.toLocaleString('en')} packages: ${archive.verify.province.hours} h (${archive.verify.province.workers} workers × ${archive.verify.perWorkerPerSecond}/s)`,
      bar: '≤ 24 h',
      pass: verdict(archive.verify.province.withinADay),
    },
  ];
  rows.push(...parts.flatMap((p) => p.rows));
  console.log();
  printTable(rows);
  printCostTable(costs);
  console.log(
    `\nnode ${process.version}, ${results.machine.cpus} CPUs, ${results.machine.memGiB} GiB; ${results.durationSeconds} s; wrote ${file}`,
  );
  const failed = [
    ...Object.entries(bars)
      .filter(([, pass]) => !pass)
      .map(([name]) => name),
    ...parts.flatMap((p) =>
      Object.entries(p.bars)
        .filter(([, b]) => !b.pass)
        .map(([name]) => name),
    ),
  ];
  if (!bars.bundleSize) {
    console.log('\nlargest bundle inputs of the functions over the bar:');
    for (const f of functions.filter((x) => !x.pass)) {
      console.log(`  ${f.name.padEnd(12)} ${f.largestInputs.map((i) => `${i.input} ${kb(i.bytes)}`).join(', ')}`);
    }
  }
  if (failed.length) console.log(`\n✗ FAILED BARS: ${failed.join(', ')}`);
  else console.log('\n✓ all bars pass');
  log('done');
}

main()
  .catch((error: unknown) => {
    console.error('benchmark failed:', error);
    process.exitCode = 1;
  })
  // A part is run alone under the shared heavy lock: once its figures are written it ends, even if a
  // handle of its stopped system or browser would keep Node waiting (the web part did, holding the lock).
  .finally(() => {
    if (PART) process.exit();
  });
