import { setting } from '#adapters/env';
import { fetchObjectViaUrl, presignObjectUrl } from '#adapters/s3-urls';
import { manifestKeyOf, parseManifest, sha256Hex } from '#domain/archive';
import { requireStaff } from '#domain/access-policy';
import { notFound } from '#domain/errors';
import { httpHandler } from '#http/handler';
import { getArchiveEntry, listRefusedChanges, getVerification, listVerifications } from '#repositories/archive-repository';
import { caseFor } from '#services/case-access';

/** How long the presigned GET URLs of an archive package stay valid. */
const URL_SECONDS = 15 * 60;

export const handler = httpHandler({
  'GET /archive/cases/{caseNumber}': async ({ path, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'archive.read');
    const { archived } = record;
    if (!archived) {
      throw notFound('not_archived', `Case ${record.caseNumber} is ${record.state} and not archived (yet); a case is archived when it ends.`, {
        caseNumber: record.caseNumber,
        state: record.state,
      });
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
    const addenda = await Promise.all((entry?.addenda ?? []).map(async (a) => ({ ...a, manifestUrl: await presignObjectUrl('GET', bucket, a.manifestKey, URL_SECONDS) })));
    return {
      body: {
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
      },
    };
  },

  'GET /archive/verifications': async ({ query, principal }) => {
    const page = await listVerifications(requireStaff(principal).centre, query);
    return { body: { verifications: page.verifications.map(withoutCentre), nextCursor: page.nextCursor } };
  },
});

const withoutCentre = <T extends { centre: string }>({ centre: _c, ...rest }: T) => rest;
