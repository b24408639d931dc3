import { DecryptCommand, GenerateDataKeyCommand, GenerateMacCommand, KMSClient } from '@aws-sdk/client-kms';
import { clientPerEndpoint } from './client-per-endpoint';

const kms = /* @__PURE__ */ clientPerEndpoint('AWS_ENDPOINT_URL_KMS', () => new KMSClient({ maxAttempts: 3 }));

export interface DataKey {
  plaintext: Uint8Array;
  /** The data key encrypted under the KMS key: stored beside what it encrypts. */
  encrypted: Uint8Array;
}

export async function generateDataKey(keyId: string): Promise<DataKey> {
  const out = await kms().send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256' }));
  if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS returned no data key');
  return { plaintext: out.Plaintext, encrypted: out.CiphertextBlob };
}

export async function decryptDataKey(keyId: string, encrypted: Uint8Array): Promise<Uint8Array> {
  const out = await kms().send(new DecryptCommand({ KeyId: keyId, CiphertextBlob: encrypted }));
  if (!out.Plaintext) throw new Error('KMS returned no plaintext');
  return out.Plaintext;
}

/** HMAC-SHA-256 under a KMS HMAC key: the same message always gives the same MAC, and only KMS holds the key. */
export async function generateMac(keyId: string, message: string): Promise<string> {
  const out = await kms().send(
    new GenerateMacCommand({ KeyId: keyId, MacAlgorithm: 'HMAC_SHA_256', Message: new TextEncoder().encode(message) }),
  );
  if (!out.Mac) throw new Error('KMS returned no MAC');
  return Buffer.from(out.Mac).toString('hex');
}
