import type { EventBridgeEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import '#domain/zod-locale';
import { day as calendarDay } from '#domain/input';
import { optionalSetting, setting } from '#adapters/env';
import { putEvents } from '#adapters/eventbridge';
import { sendMessages } from '#adapters/sqs';
import { fetchObjectViaUrl } from '#adapters/s3-urls';
import { PACKAGES_PER_PAGE, slicesOf, type VerifySlice } from '#domain/archive-batches';
import { failedProperties, isNewFailure, manifestKeyOf, parseManifest, verifyPackage, type ArchiveEntry, type VerificationResult } from '#domain/archive';
import { logger } from '#logger';
import { SUPERVISION_EVENT_SOURCE } from '#manifest';
import { getArchiveEntry, getVerification, listArchivedPage, putVerification } from '#repositories/archive-repository';
import { getCase } from '#repositories/case-repository';
import { listDepartments } from '#repositories/item-repository';

const day = calendarDay;
/** Which packages: one case, the packages archived on a range of days (inclusive), or, with nothing, all. */
const Scope = z.object({ caseNumber: z.optional(z.string().check(z.minLength(1))), from: z.optional(day), to: z.optional(day) });

export interface VerifyRun {
  checked: number;
  passed: number;
  failed: number;
  /** Packages whose Object Lock the storage did not report (locally: all of them). */
  securityUnverified: number;
  failures: { caseNumber: string; failed: string[] }[];
}

/** Packages verified at once: each reads its objects in parallel too. */
const CONCURRENCY = 8;

/**
 * Re-reads archived packages and judges the four properties of GB/T 42727 per package (真实性,
 * 完整性, 可用性, 安全性; see domain/archive.ts verifyPackage). Each result replaces the package's
 * previous one and is listed for supervisors (GET /archive/verifications); a new failure — e.g. an
 * object changed in storage — goes on the bus as ArchiveVerificationFailed. `{caseNumber}` is verified
 * at once; a range of days `{from, to}` or everything (the daily run) is split into slices on the
 * verification queue, which archive-verify-batch works side by side. Locally
 * POST /local/schedules/archive-verify with an optional body {caseNumber} or {from, to}.
 */
export async function handler(event: EventBridgeEvent<string, unknown>): Promise<VerifyRun & { slicesQueued?: number }> {
  const scope = Scope.parse(event.detail ?? {});
  if (scope.caseNumber) {
    const entry = await getArchiveEntry(scope.caseNumber);
    return verifyAll(entry ? [entry] : []);
  }
  // A province holds millions of packages: split them into slices and let the queue's workers verify them side by side.
  const centre = optionalSetting('centreCode', 'HZ');
  const slices = slicesOf(centre, await listDepartments(), scope);
  await sendMessages(setting('archiveVerifyQueueUrl'), slices);
  logger.info('archive verification queued', { slices: slices.length, from: scope.from, to: scope.to });
  return { ...emptyRun(), slicesQueued: slices.length };
}

const emptyRun = (): VerifyRun => ({ checked: 0, passed: 0, failed: 0, securityUnverified: 0, failures: [] });

/** Verifies the packages, CONCURRENCY at a time, and counts the outcomes. */
export async function verifyAll(entries: readonly ArchiveEntry[]): Promise<VerifyRun> {
  const run = emptyRun();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, entries.length) }, async () => {
      while (next < entries.length) {
        const entry = entries[next++]!;
        const result = await verifyOne(entry, new Date());
        run.checked++;
        if (result.status === 'passed') run.passed++;
        else {
          run.failed++;
          run.failures.push({ caseNumber: result.caseNumber, failed: failedProperties(result) });
        }
        if (result.properties.security.status === 'unverified') run.securityUnverified++;
      }
    }),
  );
  logger.info('archive verification', { ...run, failures: run.failures.length });
  return run;
}

/** One page of a slice: verified, with the rest of the slice (if any) to put back on the queue. */
export async function verifySlicePage(slice: VerifySlice): Promise<{ run: VerifyRun; rest?: VerifySlice }> {
  const page = await listArchivedPage(slice.centre, slice.department, slice, PACKAGES_PER_PAGE, slice.cursor);
  const run = await verifyAll(page.entries);
  return { run, ...(page.nextCursor ? { rest: { ...slice, cursor: page.nextCursor } } : {}) };
}

export async function verifyOne(entry: ArchiveEntry, at: Date): Promise<VerificationResult> {
  const bucket = setting('archiveBucket');
  const record = await getCase(entry.caseNumber);
  const packageKey = record?.archived?.packageKey ?? entry.packageKey;
  const manifestKey = manifestKeyOf(packageKey);
  const manifest = await fetchObjectViaUrl(bucket, manifestKey);
  const parsed = manifest ? parseManifest(manifest.bytes) : undefined;
  const objects = parsed?.ok
    ? await Promise.all(
        parsed.manifest.objects.map(async (o) => {
          const read = await fetchObjectViaUrl(bucket, o.key);
          return { key: o.key, bytes: read?.bytes, lock: read?.lock };
        }),
      )
    : [];
  const result = verifyPackage(
    {
      caseNumber: entry.caseNumber,
      packageKey,
      recorded: record?.archived,
      expected: { centre: record?.centre ?? entry.centre, department: record?.department ?? entry.department, itemCode: record?.itemCode ?? entry.itemCode },
      manifest: { key: manifestKey, bytes: manifest?.bytes, lock: manifest?.lock },
      objects,
    },
    at,
  );
  const previous = await getVerification(entry.caseNumber);
  await putVerification({ ...result, centre: entry.centre, department: entry.department });
  if (isNewFailure(previous, result)) {
    const failed = await putEvents(setting('eventBusName'), [
      {
        source: SUPERVISION_EVENT_SOURCE,
        detailType: 'ArchiveVerificationFailed',
        detail: {
          caseNumber: result.caseNumber,
          department: entry.department,
          packageKey: result.packageKey,
          failed: failedProperties(result),
          problems: Object.fromEntries(failedProperties(result).map((p) => [p, result.properties[p].problems])),
          checkedAt: result.checkedAt,
        },
        resources: [result.caseNumber],
      },
    ]);
    if (failed.length) throw new Error(`PutEvents refused ArchiveVerificationFailed of ${result.caseNumber}`);
  }
  return result;
}
