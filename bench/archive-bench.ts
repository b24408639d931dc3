import { performance } from 'node:perf_hooks';
import type * as z from 'zod';
import type { ServiceItemInputSchema } from '#domain/item';
import type { LocalSystem } from '#local/system';
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
  /**
   * The day's packages verified through the queue (archive-verify splits, archive-verify-batch workers verify), and the
   * model of a province: the rate of one worker here, times the workers AWS runs side by side, for 1,000,000 packages.
   */
  verify: {
    packages: number;
    slices: number;
    wallMs: number;
    perSecond: number;
    failed: number;
    localWorkers: number;
    perWorkerPerSecond: number;
    province: { packages: number; workers: number; hours: number; withinADay: boolean };
  };
}

/** What the province model is asked: a million packages verified within a day. */
const PROVINCE_PACKAGES = 1_000_000;

type ItemBody = z.input<typeof ServiceItemInputSchema>;

export async function benchArchive(system: LocalSystem, options: ArchiveBenchOptions): Promise<ArchiveBenchResult> {
  // Imported here, after the local system has set the environment the handlers read.
  const { writeArchivePackage } = await import('#events/case-archiver');
  const { getCase } = await import('#repositories/case-repository');
  const { invoke, scheduledEvent, functionByName } = await import('#local/lambda');
  const { listArchived, getVerification } = await import('#repositories/archive-repository');
  const { listDepartments } = await import('#repositories/item-repository');
  const { verificationHours } = await import('#domain/archive-batches');
  const { LOCAL_QUEUE_WORKERS } = await import('#local/sqs');

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

  options.log(`  archive verification: every package archived on ${day}, fanned out over the queue`);
  const started = new Date().toISOString();
  const t2 = performance.now();
  const queued = (await invoke('archive-verify', scheduledEvent({ from: day, to: day }))) as { slicesQueued: number };
  await sleep(50);
  while (system.queues.depth('archive-verify-batch') > 0) {
    if (performance.now() - t2 > 600_000) throw new Error('archive verification queue not drained within 600 s');
    await sleep(20);
  }
  const wallMs = performance.now() - t2;
  const centre = system.env.CENTRE_CODE ?? 'HZ';
  const entries = (await Promise.all((await listDepartments()).map((department) => listArchived(centre, department, { from: day, to: day })))).flat();
  const results = await Promise.all(entries.map((e) => getVerification(e.caseNumber)));
  const fresh = results.filter((r) => r && r.checkedAt >= started);
  const perSecond = (fresh.length / wallMs) * 1000;
  const spec = functionByName('archive-verify-batch');
  const localWorkers = Math.min(LOCAL_QUEUE_WORKERS, spec.queue?.maxConcurrency ?? 1);
  // Local workers share this machine's cores; in AWS each has its own, so this per-worker rate is a floor.
  const perWorkerPerSecond = perSecond / localWorkers;
  const workers = spec.queue?.maxConcurrency ?? 1;
  const hours = verificationHours(PROVINCE_PACKAGES, perWorkerPerSecond, workers);
  const verify = {
    packages: fresh.length,
    slices: queued.slicesQueued,
    wallMs: Math.round(wallMs),
    perSecond: round(perSecond, 1),
    failed: fresh.filter((r) => r!.status !== 'passed').length,
    localWorkers,
    perWorkerPerSecond: round(perWorkerPerSecond, 1),
    province: { packages: PROVINCE_PACKAGES, workers, hours: round(hours, 2), withinADay: hours <= 24 },
  };
  return {
    build: summarize(build),
    packageBytes,
    packageObjects,
    endToArchived: summarize(endToArchived),
    verify,
  };
}
