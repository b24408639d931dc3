import { performance } from 'node:perf_hooks';
import type * as z from 'zod';
import type { ServiceItemInputSchema } from '#domain/item';
import type { LocalSystem } from '#local/system';
import { Api, uploadScan } from './http';
import { summarize, type Summary } from './stats';

const CITIZEN_ID = '11010519491231002X';
const SCAN = Buffer.from('%PDF-1.4\n% a scanned page\n'.padEnd(20_000, '.'));

export interface FrontDeskOptions {
  fiveMaterialIntakes: number;
  concurrentIntakes: number;
  concurrency: number;
  log: (line: string) => void;
}

export interface FrontDeskResult {
  /** POST /cases with five verified scans (the uploads themselves are not timed). */
  intakeWithFiveMaterials: Summary;
  caseNumbers: { issued: number; concurrency: number; perSecond: number; duplicates: number; gaps: number; wallMs: number };
}

type ItemBody = z.input<typeof ServiceItemInputSchema>;

const MATERIALS = ['ID', 'HOUSEHOLD', 'INCOME', 'PROPERTY', 'FORM'];

export async function benchFrontDesk(system: LocalSystem, options: FrontDeskOptions): Promise<FrontDeskResult> {
  const api = new Api(system.url);
  const run = Date.now().toString(36);
  const supervisor = await system.issuer.mint({ role: 'supervisor' });
  const clerk = await system.issuer.mint({ role: 'intake_clerk', subject: `bench-clerk-${run}` });
  // A centre of its own, so the sequence checked below is this run's alone.
  const centre = `B${run.slice(-5).toUpperCase()}`;
  const concurrentClerk = await system.issuer.mint({ role: 'intake_clerk', centre, subject: `bench-concurrent-${run}` });
  // Each centre keeps its own catalog: that centre's supervisor publishes the item its clerk registers.
  const centreSupervisor = await system.issuer.mint({ role: 'supervisor', centre });

  const fiveItem = `BENCH-FIVE-${run}`;
  const item: ItemBody = {
    basicCode: '000000000000',
    implementationCode: fiveItem,
    name: '最低生活保障审核确认（基准）',
    department: `基准测试局-材料-${run}`,
    itemType: 'promised',
    statutoryDays: 30,
    promisedDays: 15,
    materials: MATERIALS.map((code) => ({ code, name: `材料 ${code}`, required: true, originals: 1, copies: 1, form: 'either' as const })),
  };
  await api.expect(201, 'POST', '/items', supervisor, item);
  const plainItem = `BENCH-PLAIN-${run}`;
  await api.expect(201, 'POST', '/items', centreSupervisor, { ...item, implementationCode: plainItem, materials: [] });

  const upload = () => uploadScan(api, clerk, SCAN);

  options.log(`  intake with ${MATERIALS.length} materials: ${options.fiveMaterialIntakes} cases (scans uploaded first, not timed)`);
  const samples: number[] = [];
  for (let i = 0; i < options.fiveMaterialIntakes; i++) {
    const materials = await Promise.all(MATERIALS.map(async (code) => ({ code, uploadId: await upload() })));
    const t = performance.now();
    await api.expect(201, 'POST', '/cases', clerk, {
      itemCode: fiveItem,
      applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
      materials,
    });
    samples.push(performance.now() - t);
  }

  options.log(`  case numbers: ${options.concurrentIntakes} intakes, ${options.concurrency} at a time, one centre-day`);
  const numbers: string[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.concurrentIntakes) {
        next++;
        const c = await api.expect<{ caseNumber: string }>(201, 'POST', '/cases', concurrentClerk, {
          itemCode: plainItem,
          applicant: { kind: 'person', name: '李四', idNumber: CITIZEN_ID },
        });
        numbers.push(c.caseNumber);
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const seqs = numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b);
  const duplicates = seqs.length - new Set(seqs).size;
  const gaps = seqs.length ? seqs[seqs.length - 1]! - seqs[0]! + 1 - new Set(seqs).size : 0;
  return {
    intakeWithFiveMaterials: summarize(samples),
    caseNumbers: {
      issued: numbers.length,
      concurrency: options.concurrency,
      perSecond: Math.round((numbers.length / wallMs) * 1000),
      duplicates,
      gaps,
      wallMs: Math.round(wallMs),
    },
  };
}
