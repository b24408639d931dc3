import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import type { HttpRequest } from '@smithy/types';
import { AppError } from '#domain/errors';

/**
 * Presigned S3 URLs with the SDK's own S3 presigner, without the S3 client: scanning stations PUT
 * through them, and handlers and background jobs read and write objects through them with fetch.
 * The full S3 client would cost each function ~130 KB of bundle (the 400 KB budget).
 */
class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', typeof secret === 'string' ? secret : Buffer.from(secret as ArrayBuffer));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(typeof data === 'string' ? data : Buffer.from(ArrayBuffer.isView(data) ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

let presigner: S3RequestPresigner | undefined;

function region(): string {
  const value = process.env.AWS_REGION;
  if (!value) throw new Error('AWS_REGION is not set');
  return value;
}

/** Path-style against a local endpoint (AWS_ENDPOINT_URL_S3), virtual-hosted against AWS. */
function objectRequest(method: 'GET' | 'PUT', bucket: string, key: string): HttpRequest {
  const local = process.env.AWS_ENDPOINT_URL_S3;
  const encodedKey = key.split('/').map(encodeURIComponent).join('/');
  if (local) {
    const url = new URL(local);
    return {
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: `/${bucket}/${encodedKey}`,
      headers: { host: url.host },
      query: {},
    };
  }
  const suffix = region().startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const hostname = `${bucket}.s3.${region()}.${suffix}`;
  return { method, protocol: 'https:', hostname, path: `/${encodedKey}`, headers: { host: hostname }, query: {} };
}

function format(request: HttpRequest): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(request.query ?? {})) {
    for (const value of Array.isArray(v) ? v : [v]) if (value != null) query.append(k, value);
  }
  const port = request.port ? `:${request.port}` : '';
  return `${request.protocol}//${request.hostname}${port}${request.path}?${query.toString().replace(/\+/g, '%20')}`;
}

export async function presignObjectUrl(
  method: 'GET' | 'PUT',
  bucket: string,
  key: string,
  expiresIn: number,
  signedHeaders: Record<string, string> = {},
): Promise<string> {
  presigner ??= new S3RequestPresigner({ credentials: fromEnv(), region: region(), sha256: NodeSha256 });
  const request = objectRequest(method, bucket, key);
  Object.assign(request.headers, signedHeaders);
  // Signed as headers, not hoisted into the query: S3 reads Object Lock settings from headers only.
  return format(await presigner.presign(request, { expiresIn, unhoistableHeaders: new Set(Object.keys(signedHeaders)) }));
}

/** Streams an object through `onChunk`; undefined when there is no such object. */
export async function readObjectViaUrl(bucket: string, key: string, onChunk: (chunk: Uint8Array) => void): Promise<{ size: number } | undefined> {
  const res = await getViaUrl(bucket, key);
  if (!res) return undefined;
  let size = 0;
  const chunks = res.body![Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch (error) {
      // The connection broke mid-object.
      throw storageUnavailable(error instanceof Error ? error.message : String(error));
    }
    if (next.done) break;
    size += next.value.length;
    onChunk(next.value);
  }
  return { size };
}

/** S3 cannot be reached or answers 5xx: the caller retries later; nothing the clerk sent is at fault. */
export const storageUnavailable = (cause: string) =>
  new AppError(503, 'storage_unavailable', 'Storage is unavailable right now; nothing was changed. Try again in a moment.', { cause });

async function getViaUrl(bucket: string, key: string): Promise<Response | undefined> {
  let res: Response;
  try {
    res = await fetch(await presignObjectUrl('GET', bucket, key, 60));
  } catch (error) {
    throw storageUnavailable(error instanceof Error ? error.message : String(error));
  }
  if (res.status === 404) return undefined;
  if (res.status >= 500) throw storageUnavailable(`S3 GET answered HTTP ${res.status}`);
  if (!res.ok || !res.body) throw new Error(`S3 GET ${key} failed: HTTP ${res.status}`);
  return res;
}

/** Whether the bucket answers: any S3 answer below 500 (404 for the probe key) means it is up. */
export async function probeBucket(bucket: string, abortSignal: AbortSignal): Promise<void> {
  const res = await fetch(await presignObjectUrl('GET', bucket, 'health/probe', 60), { signal: abortSignal });
  await res.body?.cancel();
  if (res.status >= 500) throw new Error(`S3 answered HTTP ${res.status}`);
}

export interface FetchedObject {
  bytes: Buffer;
  /** Object Lock as S3 reports it (needs s3:GetObjectRetention); absent where storage has none. */
  lock: { mode?: string; retainUntil?: string };
}

/** An object's bytes and its Object Lock headers; undefined when there is no such object. */
export async function fetchObjectViaUrl(bucket: string, key: string): Promise<FetchedObject | undefined> {
  const res = await getViaUrl(bucket, key);
  if (!res) return undefined;
  const bytes = Buffer.from(await res.arrayBuffer());
  const mode = res.headers.get('x-amz-object-lock-mode') ?? undefined;
  const retainUntil = res.headers.get('x-amz-object-lock-retain-until-date') ?? undefined;
  return { bytes, lock: { ...(mode ? { mode } : {}), ...(retainUntil ? { retainUntil } : {}) } };
}

/**
 * Stores bytes under `key` through a presigned PUT (documents the system itself writes, e.g. notices).
 * With `retainUntil` the object is written under Object Lock COMPLIANCE until then (S3 then wants a
 * Content-MD5); storage without Object Lock (s3rver) ignores it.
 */
export async function putObjectViaUrl(bucket: string, key: string, body: Uint8Array, contentType: string, retainUntil?: string): Promise<void> {
  const signed: Record<string, string> = retainUntil
    ? {
        'content-md5': createHash('md5').update(body).digest('base64'),
        'x-amz-object-lock-mode': 'COMPLIANCE',
        'x-amz-object-lock-retain-until-date': retainUntil,
      }
    : {};
  const url = await presignObjectUrl('PUT', bucket, key, 60, signed);
  const res = await fetch(url, { method: 'PUT', headers: { 'content-type': contentType, ...signed }, body });
  if (!res.ok) throw new Error(`S3 PUT ${key} failed: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
}
