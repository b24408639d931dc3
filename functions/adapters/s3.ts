import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

let client: S3Client | undefined;

export function s3Client(): S3Client {
  client ??= new S3Client({
    // Local s3rver stores aws-chunked framing unless checksums are only sent when required.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
  });
  return client;
}

export function presignPut(bucket: string, key: string, contentType: string, expiresIn: number): Promise<string> {
  return getSignedUrl(s3Client(), new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType }), {
    expiresIn,
  });
}

/** Streams an object through `onChunk`; returns its size, or undefined when there is no such object. */
export async function readObject(
  bucket: string,
  key: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<{ size: number; contentType?: string } | undefined> {
  try {
    const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    let size = 0;
    for await (const chunk of out.Body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      onChunk(chunk);
    }
    return { size, contentType: out.ContentType };
  } catch (error) {
    if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) return undefined;
    throw error;
  }
}
