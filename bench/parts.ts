/**
 * Bench parts that each run on a local system of their own: 办件查询 on 100,000 cases, and the
 * workbench in Chromium. `npm run bench` runs them after the others; `npm run bench -- --part=search`
 * (or `--part=web`, `--part=hall`) runs one alone and updates its entry in bench/results.json.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchCaseSearch, SEARCH_P95_BAR_MS, type CaseSearchBenchResult } from './case-search-bench';
import { benchHall, DAY_COMPRESSION, hallBars, hallRows, type HallBenchResult } from './hall-bench';
import { benchWeb, FCP_BAR_MS, INTAKE_RECEIPT_BAR_MS, USABLE_BAR_MS, WEB_JS_BAR_BYTES, type WebBenchResult } from './web-bench';

export interface Row {
  metric: string;
  value: string;
  bar: string;
  pass: string;
}

export interface PartOutcome<R> {
  key: string;
  result: R;
  rows: Row[];
  /** Each bar's name and whether it passed. */
  bars: Record<string, { pass: boolean } & Record<string, unknown>>;
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/**
 * The 办件查询 part's data folder: in memory (tmpfs) where the machine has one. DynamoDB Local on disk
 * syncs every write (about 170 items a second here, an hour for 100,000 cases and their search rows);
 * on tmpfs the same engine and the same SQLite files take the seed in minutes. The searches read
 * from the page cache either way.
 */
function searchDataDir(): string | undefined {
  return existsSync('/dev/shm') ? mkdtempSync(join('/dev/shm', 'onewindow-search-bench-')) : undefined;
}

export async function searchPart(log: (line: string) => void, quick: boolean): Promise<PartOutcome<CaseSearchBenchResult>> {
  const { startLocalSystem } = await import('#local/system');
  const dataDir = searchDataDir();
  if (dataDir) log(`  data in ${dataDir} (tmpfs)`);
  const system = await startLocalSystem({ port: 0, ...(dataDir ? { dataDir } : {}) });
  try {
    const result = await benchCaseSearch(system, { cases: quick ? 10_000 : 100_000, rounds: quick ? 10 : 40, log });
    const pass = result.all.p95Ms <= SEARCH_P95_BAR_MS;
    return {
      key: 'caseSearch',
      result,
      rows: [
        {
          metric: `case search, ${result.cases.toLocaleString('en')} cases`,
          value: `p50 ${result.all.p50Ms} ms · p95 ${result.all.p95Ms} ms (n=${result.all.count}, ${result.byKind.length} kinds; seeded in ${result.seedSeconds} s)`,
          bar: `p95 ≤ ${SEARCH_P95_BAR_MS} ms`,
          pass: verdict(pass),
        },
        ...result.byKind.map((k) => ({
          metric: `  search: ${k.kind}`,
          value: `p50 ${k.p50Ms} ms · p95 ${k.p95Ms} ms · ${k.meanHits} hits/page`,
          bar: '',
          pass: '',
        })),
      ],
      bars: { caseSearchP95: { limitMs: SEARCH_P95_BAR_MS, value: result.all.p95Ms, pass } },
    };
  } finally {
    await system.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function webPart(log: (line: string) => void): Promise<PartOutcome<WebBenchResult>> {
  const { startLocalSystem } = await import('#local/system');
  const system = await startLocalSystem({ port: 0 });
  try {
    const result = await benchWeb(system, log);
    const pass = result.screens.every((s) => s.pass);
    const fontPass = result.webfontFacesLoaded > 0;
    return {
      key: 'web',
      result,
      rows: [
        ...result.screens.map((s) => ({
          metric: `web ${s.screen}, cold`,
          value: `JS ${(s.jsGzipBytes / 1024).toFixed(1)} KB gzip · FCP ${s.fcpMs} ms · usable ${s.usableMs} ms`,
          bar: `≤ ${WEB_JS_BAR_BYTES / 1024} KB · ≤ ${FCP_BAR_MS} ms · ≤ ${USABLE_BAR_MS} ms`,
          pass: verdict(s.pass),
        })),
        {
          metric: 'web intake, three materials',
          value: `登记 → receipt ${result.intake.receiptMs.join(' / ')} ms (max ${result.intake.maxMs} ms)`,
          bar: `≤ ${INTAKE_RECEIPT_BAR_MS} ms`,
          pass: verdict(result.intake.pass),
        },
        {
          metric: 'web font Noto Sans SC',
          value: `${result.webfontFacesLoaded} faces loaded on the sign-in page`,
          bar: '≥ 1',
          pass: verdict(fontPass),
        },
      ],
      bars: {
        webFirstScreens: {
          limitJsBytes: WEB_JS_BAR_BYTES,
          fcpMs: FCP_BAR_MS,
          usableMs: USABLE_BAR_MS,
          failing: result.screens.filter((s) => !s.pass).map((s) => s.screen),
          pass,
        },
        webIntakeReceipt: { limitMs: INTAKE_RECEIPT_BAR_MS, value: result.intake.maxMs, pass: result.intake.pass },
        webFont: { faces: result.webfontFacesLoaded, pass: fontPass },
      },
    };
  } finally {
    await system.stop();
  }
}

export const PARTS = { search: searchPart, web: webPart } as const;

/** The hall on a system of its own (`--part=hall`), the day's 2,000 tickets at 60× speed; `npm run bench` runs it apart from PARTS, last, as its simulated clock moves Date. */
export async function hallPart(log: (line: string) => void, quick: boolean): Promise<PartOutcome<HallBenchResult>> {
  const tickets = quick ? 200 : 2000;
  log(`the hall: ${tickets} tickets of a day at ${DAY_COMPRESSION}× speed, 20 windows calling (a system of its own)`);
  const result = await benchHall({ tickets, windows: 20, kiosks: 10, pace: 'day', log });
  return { key: 'hall', result, rows: hallRows(result), bars: hallBars(result) };
}

/** The hall as fast as the engine goes (`--part=hall-stress`): every kiosk and clerk pressing again at once; only correctness is barred. */
export async function hallStressPart(log: (line: string) => void, quick: boolean): Promise<PartOutcome<HallBenchResult>> {
  const tickets = quick ? 100 : 500;
  log(`the hall under stress: ${tickets} tickets, 10 kiosks and 20 windows as fast as they go (a system of its own)`);
  const result = await benchHall({ tickets, windows: 20, kiosks: 10, pace: 'stress', log });
  return { key: 'hallStress', result, rows: hallRows(result), bars: hallBars(result) };
}

/** What `--part=<name>` runs alone. */
const ALONE = { ...PARTS, hall: hallPart, 'hall-stress': hallStressPart } as const;

/** One part alone: its rows, and its entry (and bars) in results.json updated, the rest kept. */
export async function runOnePart(name: string, log: (line: string) => void, quick: boolean, print: (rows: Row[]) => void): Promise<void> {
  const part = ALONE[name as keyof typeof ALONE];
  if (!part) throw new Error(`Unknown bench part ${name}; parts: ${Object.keys(ALONE).join(', ')}`);
  const outcome = await part(log, quick);
  const file = join(import.meta.dirname, 'results.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  results[outcome.key] = { ...outcome.result, measuredAt: new Date().toISOString(), quick };
  results.bars = { ...(results.bars as Record<string, unknown> | undefined), ...outcome.bars };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  print(outcome.rows);
  const failed = Object.entries(outcome.bars).filter(([, b]) => !b.pass);
  console.log(failed.length ? `\n✗ FAILED BARS: ${failed.map(([n]) => n).join(', ')}` : '\n✓ all bars of this part pass');
}
