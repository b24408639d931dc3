import * as z from 'zod/mini';
import '#domain/zod-locale';
import { ACCEPTED_CONTENT_TYPES, MAX_MATERIAL_BYTES } from '#domain/upload';
import { sha256 } from './case-fields';
import { line, type RouteContract } from './shared';

/** Scans: a presigned URL to upload, then the check once the bytes are in storage. */
export const UPLOAD_CONTRACT = {
  'POST /uploads': {
    body: z.strictObject({
      fileName: line(200),
      contentType: z.enum(ACCEPTED_CONTENT_TYPES),
      sha256,
      size: z.int().check(z.minimum(1), z.maximum(MAX_MATERIAL_BYTES)),
    }),
    status: 201,
    response: z.object({
      uploadId: z.string(),
      uploadUrl: z.string(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()),
      expiresAt: z.string(),
    }),
  },
  'POST /uploads/{uploadId}/complete': {
    path: z.object({ uploadId: z.uuid() }),
    status: 200,
    response: z.object({
      uploadId: z.string(),
      status: z.literal('verified'),
      sha256: z.string(),
      size: z.number(),
      contentType: z.string(),
    }),
  },
} satisfies Record<string, RouteContract>;
