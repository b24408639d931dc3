import { createHash, randomUUID } from 'node:crypto';
import { setting } from '#adapters/env';
import { presignObjectUrl, putObjectViaUrl, readObjectViaUrl } from '#adapters/s3-urls';
import { conflict, forbidden, notFound, unprocessable } from '#domain/errors';
import { checkUpload, verifiedObjectKey, type Upload } from '#domain/upload';
import { chinaDate } from '#domain/case-number';
import { httpHandler } from '#http/handler';
import { getUpload, markUploadVerified, saveUpload } from '#repositories/upload-repository';

const URL_LIFETIME_SECONDS = 15 * 60;
const UNUSED_UPLOAD_TTL_SECONDS = 7 * 86400;

export const handler = httpHandler({
  'POST /uploads': async ({ body, principal, now }) => {
    const uploadId = randomUUID();
    const upload: Upload = {
      uploadId,
      objectKey: `materials/${chinaDate(now)}/${uploadId}`,
      fileName: body.fileName,
      contentType: body.contentType,
      sha256: body.sha256.toLowerCase(),
      size: body.size,
      createdAt: now.toISOString(),
      createdBy: principal.subject,
      centre: principal.centre,
      status: 'pending',
    };
    const uploadUrl = await presignObjectUrl('PUT', setting('materialsBucket'), upload.objectKey, URL_LIFETIME_SECONDS);
    await saveUpload(upload, UNUSED_UPLOAD_TTL_SECONDS);
    return {
      status: 201,
      body: {
        uploadId,
        uploadUrl,
        method: 'PUT',
        headers: { 'content-type': upload.contentType },
        expiresAt: new Date(now.getTime() + URL_LIFETIME_SECONDS * 1000).toISOString(),
      },
    };
  },

  'POST /uploads/{uploadId}/complete': async ({ path, principal, now }) => {
    const upload = await getUpload(path.uploadId);
    if (!upload) throw notFound('upload_not_found', `There is no upload ${path.uploadId}, or it expired.`, { uploadId: path.uploadId });
    if (upload.createdBy !== principal.subject) {
      throw forbidden('not_your_upload', 'Only the person who started this upload can complete it.', { uploadId: upload.uploadId });
    }
    if (upload.status === 'verified') throw conflict('upload_already_checked', `Upload ${upload.uploadId} was already checked.`, { uploadId: upload.uploadId });
    const hash = createHash('sha256');
    const head: number[] = [];
    const chunks: Uint8Array[] = [];
    let kept = 0;
    const stored = await readObjectViaUrl(setting('materialsBucket'), upload.objectKey, (chunk) => {
      hash.update(chunk);
      for (let i = 0; head.length < 16 && i < chunk.length; i++) head.push(chunk[i]!);
      // Kept up to the declared size only: a larger object is refused by the check anyway.
      if (kept + chunk.length <= upload.size) chunks.push(chunk);
      kept += chunk.length;
    });
    const check = checkUpload(upload, stored && { sha256: hash.digest('hex'), size: stored.size, head: Uint8Array.from(head) });
    if (!check.ok) throw unprocessable('material_rejected', check.problem!, { uploadId: upload.uploadId, fileName: upload.fileName });
    // Pinned: the very bytes checked go to a key named by their SHA-256, which no upload URL can reach,
    // so a PUT to the same upload URL after this cannot change what the case refers to.
    const pinnedKey = verifiedObjectKey(upload.sha256);
    await putObjectViaUrl(setting('materialsBucket'), pinnedKey, Buffer.concat(chunks), upload.contentType);
    await markUploadVerified(upload.uploadId, now.toISOString(), pinnedKey);
    return { body: { uploadId: upload.uploadId, status: 'verified', sha256: upload.sha256, size: upload.size, contentType: upload.contentType } };
  },
});
