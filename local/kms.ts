import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Server } from 'node:http';
import { AwsJsonError, closeServer, serveAwsJson } from './aws-json';

/**
 * KMS on this machine, for the three operations OneWindow uses (GenerateDataKey, Decrypt,
 * GenerateMac), over the AWS protocol. Key material lives in the data folder, so sealed data stays
 * readable across restarts; a reset throws it away with the data it protects.
 */
export const LOCAL_DATA_KEY_ID = 'alias/onewindow/personal-data';
export const LOCAL_MAC_KEY_ID = 'alias/onewindow/applicant-mac';

export interface LocalKms {
  endpoint: string;
  stop(): Promise<void>;
}

interface KeyFile {
  encryption: string;
  mac: string;
}

function loadKeys(file: string): { encryption: Buffer; mac: Buffer } {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const keys: KeyFile = { encryption: randomBytes(32).toString('base64'), mac: randomBytes(32).toString('base64') };
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  const keys = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  return { encryption: Buffer.from(keys.encryption, 'base64'), mac: Buffer.from(keys.mac, 'base64') };
}

export async function startKms(port: number, keyFile: string): Promise<LocalKms> {
  const keys = loadKeys(keyFile);
  const b64 = (value: unknown, field: string) => {
    if (typeof value !== 'string' || !value) throw new AwsJsonError('ValidationException', `${field} is required`);
    return Buffer.from(value, 'base64');
  };
  const server: Server = await serveAwsJson(port, 'TrentService', {
    GenerateDataKey: (input) => {
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
      const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return {
        KeyId: String(input.KeyId ?? LOCAL_DATA_KEY_ID),
        Plaintext: plaintext.toString('base64'),
        CiphertextBlob: Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64'),
      };
    },
    Decrypt: (input) => {
      const blob = b64(input.CiphertextBlob, 'CiphertextBlob');
      try {
        const decipher = createDecipheriv('aes-256-gcm', keys.encryption, blob.subarray(0, 12));
        decipher.setAuthTag(blob.subarray(12, 28));
        const plaintext = Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
        return { KeyId: String(input.KeyId ?? LOCAL_DATA_KEY_ID), Plaintext: plaintext.toString('base64') };
      } catch {
        throw new AwsJsonError('InvalidCiphertextException', 'The ciphertext was not made by this key');
      }
    },
    GenerateMac: (input) => ({
      KeyId: String(input.KeyId ?? LOCAL_MAC_KEY_ID),
      MacAlgorithm: 'HMAC_SHA_256',
      Mac: createHmac('sha256', keys.mac).update(b64(input.Message, 'Message')).digest().toString('base64'),
    }),
  });
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => closeServer(server) };
}
