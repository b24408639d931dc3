import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { CLAIMS } from '#domain/principal';
import { ROLES, type Role } from '#manifest';

/**
 * The local stand-in for the Cognito user pool: one RSA key kept in the data folder, a JWKS to
 * verify with, and ID tokens carrying the same claims Cognito puts in them.
 */
export const LOCAL_AUDIENCE = 'onewindow-local';
/** A working day. */
export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 3600;
/** Local tokens live at most 12 h: a leaked one is not a key for weeks. */
export const MAX_TOKEN_TTL_SECONDS = 12 * 3600;

export interface TokenRequest {
  role: Role;
  subject?: string;
  name?: string;
  department?: string;
  centre?: string;
  windowDecision?: boolean;
  ttlSeconds?: number;
}

export interface Issuer {
  issuer: string;
  jwks: { keys: JWK[] };
  mint(request: TokenRequest): Promise<string>;
}

export async function loadOrCreateKey(file: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const pair = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
  return pair;
}

export async function createIssuer(keyFile: string, issuer: string, defaultCentre: string): Promise<Issuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKey(keyFile);
  const key = await importJWK(privateJwk, 'RS256');
  return {
    issuer,
    jwks: { keys: [publicJwk] },
    async mint(request) {
      if (!ROLES.includes(request.role)) throw new Error(`Unknown role ${request.role}; one of ${ROLES.join(', ')}`);
      const ttl = request.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) throw new Error(`ttlSeconds must be 1 to ${MAX_TOKEN_TTL_SECONDS} (12 h); got ${ttl}`);
      const staff = !['applicant', 'county_system'].includes(request.role);
      const subject = request.subject ?? `${request.role}${request.department ? `@${request.department}` : ''}`;
      return new SignJWT({
        [CLAIMS.groups]: [request.role],
        [CLAIMS.name]: request.name ?? subject,
        ...(request.department ? { [CLAIMS.department]: request.department } : {}),
        ...(request.windowDecision ? { [CLAIMS.windowDecision]: 'true' } : {}),
        ...(staff ? { [CLAIMS.centre]: request.centre ?? defaultCentre } : request.centre ? { [CLAIMS.centre]: request.centre } : {}),
        token_use: 'id',
      })
        .setProtectedHeader({ alg: 'RS256', kid: privateJwk.kid })
        .setSubject(subject)
        .setIssuer(issuer)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttl}s`)
        .sign(key);
    },
  };
}
