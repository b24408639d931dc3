import { httpHandler } from '#http/handler';
import { UPLOADS_ROUTES } from '#manifest';
import { UPLOAD_CONTRACT } from '#http/contracts/uploads';
import { completeUpload, startUpload } from '#services/upload-service';

export const handler = httpHandler(UPLOADS_ROUTES, UPLOAD_CONTRACT, {
  'POST /uploads': async ({ body, principal, now }) => ({ status: 201, body: await startUpload(body, principal, now) }),

  'POST /uploads/{uploadId}/complete': async ({ path, principal, now }) => ({ body: await completeUpload(path.uploadId, principal, now) }),
});
