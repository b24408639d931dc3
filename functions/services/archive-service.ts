import { fetchObjectViaUrl, presignObjectUrl } from '#adapters/s3-urls';
import { setting } from '#config/settings';
import { manifestKeyOf, parseManifest, sha256Hex } from '#domain/archive';
import type { CaseRecord } from '#domain/case/records';
import { notFound } from '#domain/errors';
import { getArchiveEntry, getVerification, listRefusedChanges } from '#repositories/archive-repository';

/** How long the presigned GET URLs of an archive package stay valid. */
const URL_SECONDS = 15 * 60;

export const withoutCentre = <T extends { centre: string }>({ centre: _c, ...rest }: T) => rest;

/**
 * An archived case file (GB/T 42727): its manifest, checked against the SHA-256 recorded at archiving,
 * presigned URLs of its objects and addenda, refused changes and the latest verification.
 */
export async function readArchivedCase(record: CaseRecord, now: Date) {
  const { archived } = record;
  if (!archived) {
    throw notFound(
      'not_archived',
      `Case ${record.caseNumber} is ${record.state} and not archived (yet); a case is archived when it ends.`,
      {
        caseNumber: record.caseNumber,
        state: record.state,
      },
    );
  }
  const bucket = setting('archiveBucket');
  const manifestKey = manifestKeyOf(archived.packageKey);
  const read = await fetchObjectViaUrl(bucket, manifestKey);
  if (!read) throw new Error(`The manifest of archived case ${record.caseNumber} is missing (${manifestKey})`);
  const parsed = parseManifest(read.bytes);
  if (!parsed.ok) throw new Error(`The manifest of archived case ${record.caseNumber} is unusable: ${parsed.problem}`);
  const [refused, verification, manifestUrl, objects, entry] = await Promise.all([
    listRefusedChanges(record.caseNumber),
    getVerification(record.caseNumber),
    presignObjectUrl('GET', bucket, manifestKey, URL_SECONDS),
    Promise.all(parsed.manifest.objects.map(async (o) => ({ ...o, url: await presignObjectUrl('GET', bucket, o.key, URL_SECONDS) }))),
    getArchiveEntry(record.caseNumber),
  ]);
  const addenda = await Promise.all(
    (entry?.addenda ?? []).map(async (a) => ({ ...a, manifestUrl: await presignObjectUrl('GET', bucket, a.manifestKey, URL_SECONDS) })),
  );
  return {
    caseNumber: record.caseNumber,
    archived,
    manifestSha256Matches: sha256Hex(read.bytes) === archived.manifestSha256,
    manifest: parsed.manifest,
    manifestUrl,
    objects: objects.map(({ sourceKey: _source, ...o }) => o),
    urlsExpireAt: new Date(now.getTime() + URL_SECONDS * 1000).toISOString(),
    addenda,
    refusedChanges: refused.map(({ at, action, attemptedState, actor }) => ({ at, action, attemptedState, actor })),
    ...(verification ? { verification: withoutCentre(verification) } : {}),
  };
}
