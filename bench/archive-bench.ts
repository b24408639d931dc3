import { performance } from 'node:perf_hooks';
import type * as z from 'zod';
import type { ServiceItemInputSchema } from '../functions/domain/item';
import type { LocalSystem } from '../local/system';
import { Api, sleep, uploadScan } from './http';
import { round, summarize, type Summary } from './stats';

const CITIZEN_ID = '11010519491231002X';
const MATERIALS = Array.from({ length: 10 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);

export interface ArchiveBenchOptions {
  archiveCases: number;
  log: (line: string) => void;
}

export interface ArchiveBenchResult {
  /** Building one package of a case with 10 materials: read and fixity-check every object, build, write (no DynamoDB marking). */
  build: Summary;
  packageBytes: number;
  packageObjects: number;
  /** From the withdrawal response to the package being retrievable (stream, bus, archiver). */
  endToArchived: Summary;
  verify: { packages: number; wallMs: number; perSecond: number; failed: number };
}

type ItemBody = z.input<typeof ServiceItemInputSchema>;

export async function benchArchive(system: LocalSystem, options: ArchiveBenchOptions): Promise<ArchiveBenchResult> {
  // Imported here, after the local system has set the environment the handlers read.
  const { writeArchivePackage } = await import('../functions/events/case-archiver');
  const { getCase } = await import('../functions/repositories/case-repository');
  const { invoke, scheduledEvent } = await import('../local/lambda');

  const api = new Api(system.url);
  const run = Date.now().toString(36);
  const supervisor = await system.issuer.mint({ role: 'supervisor' });
  const clerk = await system.issuer.mint({ role: 'intake_clerk', subject: `bench-archive-${run}` });
  const itemCode = `BENCH-ARCHIVE-${run}`;
  const item: ItemBody = {
    basicCode: '000000000000',
    implementationCode: itemCode,
    name: '归档基准事项（10份材料）',
    department: `基准测试局-归档-${run}`,
    itemType: 'promised',
    statutoryDays: 20,
    promisedDays: 10,
    materials: MATERIALS.map((code) => ({ code, name: `材料 ${code}`, required: true, originals: 1, copies: 1, form: 'paper' as const })),
  };
  await api.expect(201, 'POST', '/items', supervisor, item);

  // Scans of ~100 KB, each different, as a scanning station sends them.
  const upload = (n: number) => uploadScan(api, clerk, Buffer.from(`%PDF-1.4\n% page ${run}-${n}\n`.padEnd(100_000, '.')));

  options.log(`  archive: ${options.archiveCases} cases with ${MATERIALS.length} materials, each withdrawn and archived`);
  const endToArchived: number[] = [];
  const build: number[] = [];
  let packageBytes = 0;
  let packageObjects = 0;
  let day = '';
  for (let i = 0; i < options.archiveCases; i++) {
    const materials = await Promise.all(MATERIALS.map(async (code, m) => ({ code, uploadId: await upload(i * 100 + m) })));
    const { caseNumber } = await api.expect<{ caseNumber: string }>(201, 'POST', '/cases', clerk, {
      itemCode,
      applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
      materials,
    });
    // Withdrawn once forwarded and its receipt notice is issued: the archive waits for the case's
    // notices, and after the intake phases the renderer has a backlog this bench should not time.
    const ready = performance.now();
    for (;;) {
      const [c, n] = await Promise.all([
        api.expect<{ state: string }>(200, 'GET', `/cases/${caseNumber}`, supervisor),
        api.expect<{ notices: unknown[] }>(200, 'GET', `/cases/${caseNumber}/notices`, supervisor),
      ]);
      if (c.state === 'pending_acceptance' && n.notices.length > 0) break;
      if (performance.now() - ready > 300_000) throw new Error(`${caseNumber}: not forwarded with its notice within 300 s`);
      await sleep(20);
    }
    await api.expect(200, 'POST', `/cases/${caseNumber}/withdraw`, clerk, { reason: '基准测试撤回', applicantConfirmed: true });
    const t0 = performance.now();
    let archived: { archived: { at: string } } | undefined;
    while (!archived && performance.now() - t0 < 30_000) {
      const res = await api.call<{ archived: { at: string } }>('GET', `/archive/cases/${caseNumber}`, supervisor);
      if (res.status === 200) archived = res.body;
      else await sleep(5);
    }
    if (!archived) throw new Error(`${caseNumber} was not archived within 30 s`);
    endToArchived.push(performance.now() - t0);
    day = new Date(Date.parse(archived.archived.at) + 8 * 3_600_000).toISOString().slice(0, 10);

    // The same work again, timed in process, under a prefix of its own (the case keeps its package).
    const record = await getCase(caseNumber, true);
    const t1 = performance.now();
    const written = await writeArchivePackage(record!, new Date());
    build.push(performance.now() - t1);
    if (written.kind !== 'written') throw new Error(`${caseNumber}: fixity failed in the bench`);
    packageBytes = written.entry.bytes;
    packageObjects = written.entry.objects;
  }

  options.log(`  archive verification: every package archived on ${day}`);
  const t2 = performance.now();
  const verified = (await invoke('archive-verify', scheduledEvent({ from: day, to: day }))) as { checked: number; failed: number };
  const wallMs = performance.now() - t2;
  return {
    build: summarize(build),
    packageBytes,
    packageObjects,
    endToArchived: summarize(endToArchived),
    verify: { packages: verified.checked, wallMs: Math.round(wallMs), perSecond: round((verified.checked / wallMs) * 1000, 1), failed: verified.failed },
  };
}
