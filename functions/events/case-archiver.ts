import type { EventBridgeEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import '#domain/zod-locale';
import { setting } from '#adapters/env';
import { putEvents } from '#adapters/eventbridge';
import { fetchObjectViaUrl, putObjectViaUrl } from '#adapters/s3-urls';
import {
  archiveEntry,
  archiveSources,
  buildArchivePackage,
  checkSourceFixity,
  fixityFailure,
  hasEnded,
  noticesPending,
  type ArchiveEntry,
  type ArchivePackage,
  type FixityProblem,
} from '#domain/archive';
import { publicView } from '#http/case-view';
import type { CaseRecord } from '#domain/case/records';
import { logger } from '#logger';
import { SUPERVISION_EVENT_SOURCE } from '#manifest';
import { addArchiveAddendum, getArchiveEntry, getVerification, markArchived, putVerification } from '#repositories/archive-repository';
import { buildAddendum, linesAfterArchive } from '#domain/archive-addendum';
import { getCase, getHistory } from '#repositories/case-repository';
import { getItemVersion } from '#repositories/item-repository';
import { listNotices } from '#repositories/notice-repository';

const Detail = z.object({ caseNumber: z.string().check(z.minLength(1)) });

export type ArchiveOutcome =
  | { kind: 'archived'; caseNumber: string; packageKey: string; manifestSha256: string; objects: number; bytes: number }
  | { kind: 'already_archived' | 'not_ended'; caseNumber: string }
  | { kind: 'fixity_failed'; caseNumber: string; problems: number };

/**
 * 归档: invoked by the bus rule for CaseClosed and CaseWithdrawn (see functions/manifest.ts), so it
 * does not depend on how the lifecycle ends a case. Copies the case file into the archive bucket as
 * one package (GB/T 42727), each object checked against the SHA-256 recorded when it was stored,
 * then marks the case archived: from then on it never changes. A redelivered event finds the case
 * archived and does nothing. An object that fails its fixity check stops the archiving: the case is
 * listed as failed for supervisors and an ArchiveFixityFailed event goes on the bus.
 */
export async function handler(event: EventBridgeEvent<string, unknown>): Promise<ArchiveOutcome> {
  const { caseNumber } = Detail.parse(event.detail);
  const record = await getCase(caseNumber, true);
  if (!record) throw new Error(`Case ${caseNumber} of event ${event.id} was not found`);
  // A rating of an archived case goes into an addendum package; of one not archived yet, into its own package later.
  if (event['detail-type'] === 'CaseRated') return record.archived ? addToArchive(record, new Date()) : { kind: 'not_ended', caseNumber };
  if (record.archived) return { kind: 'already_archived', caseNumber };
  if (!hasEnded(record)) {
    logger.warn('archive skipped: the case has not ended', { caseNumber, state: record.state });
    return { kind: 'not_ended', caseNumber };
  }
  return archiveCase(record, new Date());
}

export async function archiveCase(record: CaseRecord, at: Date): Promise<ArchiveOutcome> {
  const { caseNumber } = record;
  const built = await writeArchivePackage(record, at);
  if (built.kind === 'fixity_failed') {
    const failure = fixityFailure(caseNumber, built.problems, at);
    const previous = await getVerification(caseNumber);
    await putVerification({ ...failure, centre: record.centre, department: record.department });
    if (previous?.status !== 'failed') {
      const failed = await putEvents(setting('eventBusName'), [
        {
          source: SUPERVISION_EVENT_SOURCE,
          detailType: 'ArchiveFixityFailed',
          detail: { caseNumber, department: record.department, problems: built.problems },
          resources: [caseNumber],
        },
      ]);
      if (failed.length) throw new Error(`PutEvents refused ArchiveFixityFailed of ${caseNumber}`);
    }
    logger.error('archive refused: fixity check failed', { caseNumber, problems: built.problems });
    return { kind: 'fixity_failed', caseNumber, problems: built.problems.length };
  }
  const { pkg, entry } = built;
  await markArchived(record, { at: pkg.manifest.archivedAt, packageKey: pkg.packageKey, manifestSha256: pkg.manifestSha256 }, entry);
  logger.info('case archived', { caseNumber, packageKey: pkg.packageKey, objects: entry.objects, bytes: entry.bytes });
  return { kind: 'archived', caseNumber, packageKey: pkg.packageKey, manifestSha256: pkg.manifestSha256, objects: entry.objects, bytes: entry.bytes };
}

/**
 * Reads the case file, checks each object's fixity, and writes the package under its own prefix,
 * without marking the case: the package is not the case's until markArchived records it.
 */
export async function writeArchivePackage(
  record: CaseRecord,
  at: Date,
): Promise<{ kind: 'written'; pkg: ArchivePackage; entry: ArchiveEntry } | { kind: 'fixity_failed'; problems: FixityProblem[] }> {
  const { caseNumber } = record;
  const [history, notices] = await Promise.all([getHistory(caseNumber), listNotices(caseNumber)]);
  const pending = noticesPending(record, history, notices);
  // Thrown, so the bus retries: the notice renderer is still writing them.
  if (pending.length) throw new Error(`Case ${caseNumber} still has notices being issued (${pending.join(', ')}); archiving waits for them`);

  const sources = archiveSources(record, notices);
  const materials = setting('materialsBucket');
  const read = await Promise.all(sources.map(async (source) => ({ source, bytes: (await fetchObjectViaUrl(materials, source.sourceKey))?.bytes })));
  const problems = checkSourceFixity(sources, read.map((r) => ({ sourceKey: r.source.sourceKey, bytes: r.bytes })));
  if (problems.length) return { kind: 'fixity_failed', problems };

  const pkg = buildArchivePackage({
    record,
    caseView: publicView(record),
    history,
    sources: read.map((r) => ({ source: r.source, bytes: r.bytes! })),
    at,
  });
  await writePackage(pkg);
  const item = await getItemVersion(record.itemCode, record.itemVersion);
  return { kind: 'written', pkg, entry: archiveEntry(pkg, record, item?.materials) };
}

/**
 * 补充件: the audit lines written after the case was archived (its rating) become an addendum package
 * linked to the original, under the same retention, recorded with the archive entry.
 */
export async function addToArchive(record: CaseRecord, at: Date): Promise<ArchiveOutcome> {
  const { caseNumber } = record;
  const [history, entry] = await Promise.all([getHistory(caseNumber), getArchiveEntry(caseNumber)]);
  if (!entry) throw new Error(`Archived case ${caseNumber} has no archive entry`);
  const lines = linesAfterArchive(record, history, entry.addenda ?? []);
  if (lines.length === 0) return { kind: 'already_archived', caseNumber };
  const { addendum, objects, manifestBytes } = buildAddendum(record, lines, at);
  const bucket = setting('archiveBucket');
  const until = entry.retention.retainUntil;
  await Promise.all(objects.map((o) => putObjectViaUrl(bucket, o.key, o.bytes, o.contentType, until)));
  await putObjectViaUrl(bucket, addendum.manifestKey, manifestBytes, 'application/json', until);
  await addArchiveAddendum(caseNumber, addendum);
  logger.info('archive addendum written', { caseNumber, packageKey: addendum.packageKey, lines: addendum.seqs });
  return { kind: 'archived', caseNumber, packageKey: addendum.packageKey, manifestSha256: addendum.manifestSha256, objects: objects.length, bytes: manifestBytes.length };
}

/** Objects first, the manifest last: a manifest in the bucket means its package is complete. */
async function writePackage(pkg: ArchivePackage): Promise<void> {
  const bucket = setting('archiveBucket');
  const until = pkg.manifest.retention.retainUntil;
  await Promise.all(pkg.objects.map((o) => putObjectViaUrl(bucket, o.object.key, o.bytes, o.object.contentType, until)));
  await putObjectViaUrl(bucket, pkg.manifestKey, pkg.manifestBytes, 'application/json', until);
}
