import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { setting } from '#config/settings';
import type { Sealed } from '#domain/personal-data';
import { warmCache } from './warm-cache';
import { decryptDataKey, generateDataKey, generateMac, type DataKey } from './kms';

/**
 * Field-level envelope encryption of personal data (names, identity numbers, phones): AES-256-GCM
 * under a data key from KMS, the encrypted data key stored beside the ciphertext. A data key is
 * reused for a few minutes per container, as the AWS Encryption SDK's caching does, so intake
 * does not pay a KMS round trip per case.
 */

const DATA_KEY_MAX_AGE_MS = 5 * 60_000;
const DATA_KEY_MAX_USES = 1000;
const AAD = Buffer.from('onewindow:personal-data:v1');

let current: { key: DataKey; createdAt: number; uses: number } | undefined;
const opened = new Map<string, Uint8Array>();

async function dataKey(): Promise<DataKey> {
  if (!current || Date.now() - current.createdAt > DATA_KEY_MAX_AGE_MS || current.uses >= DATA_KEY_MAX_USES) {
    current = { key: await generateDataKey(setting('personalDataKeyId')), createdAt: Date.now(), uses: 0 };
  }
  current.uses++;
  return current.key;
}

export async function seal(value: object): Promise<Sealed> {
  const key = await dataKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.plaintext, iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return {
    v: 1,
    key: Buffer.from(key.encrypted).toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export async function open<T>(sealed: Sealed): Promise<T> {
  let plaintextKey = opened.get(sealed.key);
  if (!plaintextKey) {
    plaintextKey = await decryptDataKey(setting('personalDataKeyId'), Buffer.from(sealed.key, 'base64'));
    if (opened.size > 100) opened.clear();
    opened.set(sealed.key, plaintextKey);
  }
  const decipher = createDecipheriv('aes-256-gcm', plaintextKey, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(AAD);
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(text) as T;
}

/**
 * A stable, non-reversible key for "the same applicant" across cases (material reuse, credit
 * flags): an HMAC of the kind and identity number under a KMS key, never the number itself.
 */
export async function applicantKey(kind: 'person' | 'legal_person', idNumber: string): Promise<string> {
  const message = `${kind}:${idNumber.toUpperCase()}`;
  // Kept under a digest of the number, not the number: a warm container holds no identity numbers.
  const mac = await macs.get(createHash('sha256').update(message).digest('hex'), () => generateMac(setting('applicantMacKeyId'), message));
  return mac!;
}

// MACs never change while the KMS key stands; kept a few minutes per container like the data key.
const macs = /* @__PURE__ */ warmCache<string, string>({ max: 1000, ttlMs: DATA_KEY_MAX_AGE_MS });

/** The written form a name is keyed by: full-width letters folded (NFKC), spaces dropped. */
export function normalizedName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * 办件查询 by the applicant's name without keeping the name: an HMAC of the normalised name under the
 * same KMS key as applicantKey (another message prefix, so the two never collide).
 */
export async function applicantNameKey(name: string): Promise<string> {
  const message = `name:${normalizedName(name)}`;
  // Kept like applicantKey: under a digest, for the same few minutes, so a returning name costs no KMS call.
  const mac = await macs.get(createHash('sha256').update(message).digest('hex'), () => generateMac(setting('applicantMacKeyId'), message));
  return mac!;
}
