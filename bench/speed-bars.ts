/**
 * The bars of issue #14 (speed), each figure beside its bar: intake against a raw TransactWriteItems
 * measured side by side, intake → queue, write units per happy path, and each function's init time
 * beside today's figure (bench/baseline.json: main's results before the issue's work).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionResult } from './bundles';
import type { CostBenchResult } from './cost-bench';
import { round } from './stats';
import type { SystemBenchResult } from './system-bench';

export const INTAKE_P50_RATIO_BAR = 2;
export const INTAKE_P99_RATIO_BAR = 3;
export const QUEUE_P99_BAR_MS = 1000;
/** DynamoDB write units per happy path, by item type (承诺件, 联办件). */
export const WRITE_UNIT_BARS: Partial<Record<string, number>> = { promised: 90, joint: 120 };
/** Init may not be slower than today's beyond the spread of a median of five on a shared machine. */
const INIT_TOLERANCE = 1.1;

export interface Row {
  metric: string;
  value: string;
  bar: string;
  pass: string;
}

export interface Bar {
  value: number;
  limit: number;
  pass: boolean;
}

interface Baseline {
  source: string;
  initMs: Record<string, number>;
  intakeToRawRatio: number;
  writeUnits: Record<string, number>;
}

export const baseline: Baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'baseline.json'), 'utf8')) as Baseline;

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const bar = (value: number, limit: number, strict = false): Bar => ({ value, limit, pass: strict ? value < limit : value <= limit });

/** The intake ratios and the queue's p99 of one system run. */
/** The two timings the intake ratio is made of, as table rows (the bars follow in `intakeBars`). */
export function intakeTimingRows(sys: Pick<SystemBenchResult, 'intake' | 'rawTransactWrite'>): Row[] {
  return [
    {
      metric: 'intake POST /cases',
      value: `p50 ${sys.intake.p50Ms} ms · p99 ${sys.intake.p99Ms} ms (n=${sys.intake.count})`,
      bar: '',
      pass: '',
    },
    {
      metric: 'raw TransactWriteItems',
      value: `p50 ${sys.rawTransactWrite.p50Ms} ms · p99 ${sys.rawTransactWrite.p99Ms} ms (n=${sys.rawTransactWrite.count})`,
      bar: '',
      pass: '',
    },
  ];
}

export function intakeBars(sys: SystemBenchResult): { bars: Record<string, Bar>; rows: Row[] } {
  const p50 = bar(round(sys.intake.p50Ms / sys.rawTransactWrite.p50Ms), INTAKE_P50_RATIO_BAR);
  const p99 = bar(round(sys.intake.p99Ms / sys.rawTransactWrite.p99Ms), INTAKE_P99_RATIO_BAR);
  const queue = {
    ...bar(sys.intakeToQueue.p99Ms, QUEUE_P99_BAR_MS, true),
    pass: sys.intakeToQueue.timeouts === 0 && sys.intakeToQueue.p99Ms < QUEUE_P99_BAR_MS,
  };
  return {
    bars: { intakeToRawRatio: p50, intakeToRawP99Ratio: p99, intakeToQueueP99: queue },
    rows: [
      {
        metric: 'intake p50 / raw p50',
        value: `${p50.value}× (${sys.intake.p50Ms} / ${sys.rawTransactWrite.p50Ms} ms; before: ${baseline.intakeToRawRatio}×)`,
        bar: `≤ ${INTAKE_P50_RATIO_BAR}×`,
        pass: verdict(p50.pass),
      },
      {
        metric: 'intake p99 / raw p99',
        value: `${p99.value}× (${sys.intake.p99Ms} / ${sys.rawTransactWrite.p99Ms} ms)`,
        bar: `≤ ${INTAKE_P99_RATIO_BAR}×`,
        pass: verdict(p99.pass),
      },
      {
        metric: 'intake → queue',
        value: `p50 ${sys.intakeToQueue.p50Ms} ms · p99 ${sys.intakeToQueue.p99Ms} ms (n=${sys.intakeToQueue.count}${sys.intakeToQueue.timeouts ? `, ${sys.intakeToQueue.timeouts} timed out` : ''})`,
        bar: `p99 < ${QUEUE_P99_BAR_MS} ms`,
        pass: verdict(queue.pass),
      },
    ],
  };
}

/** Write units per happy path against their bars, beside today's figure. */
export function writeUnitBars(costs: CostBenchResult): { bars: Record<string, Bar>; rows: Row[] } {
  const measured = costs.cases.filter((c) => WRITE_UNIT_BARS[c.kind] !== undefined);
  const bars = Object.fromEntries(measured.map((c) => [`writeUnits_${c.kind}`, bar(c.dynamo.writeUnits, WRITE_UNIT_BARS[c.kind]!)]));
  return {
    bars,
    rows: measured.map((c) => ({
      metric: `write units, ${c.kind} happy path`,
      value: `${c.dynamo.writeUnits} WRU (before: ${baseline.writeUnits[c.kind] ?? '?'})`,
      bar: `≤ ${WRITE_UNIT_BARS[c.kind]}`,
      pass: verdict(bars[`writeUnits_${c.kind}`]!.pass),
    })),
  };
}

/** Each function's init median beside today's; functions new since have no figure to keep. */
export function initBars(functions: readonly FunctionResult[]): {
  bar: { pass: boolean; slower: string[] };
  before: (name: string) => string;
  pass: (f: FunctionResult) => boolean;
} {
  const pass = (f: FunctionResult) => baseline.initMs[f.name] === undefined || f.initMs <= baseline.initMs[f.name]! * INIT_TOLERANCE;
  return {
    bar: { pass: functions.every(pass), slower: functions.filter((f) => !pass(f)).map((f) => f.name) },
    before: (name) => (baseline.initMs[name] === undefined ? 'new' : `${baseline.initMs[name]} ms`),
    pass,
  };
}
