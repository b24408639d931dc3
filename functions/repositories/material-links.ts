import { setting } from '#adapters/env';
import { presignObjectUrl } from '#adapters/s3-urls';

/** A short-lived link to read one stored scan (the case file's inline preview). */
export async function materialViewUrl(objectKey: string, seconds: number): Promise<string> {
  return presignObjectUrl('GET', setting('materialsBucket'), objectKey, seconds);
}
