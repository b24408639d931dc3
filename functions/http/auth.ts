import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { setting } from '../adapters/env';
import { unauthorized } from '../domain/errors';
import { principalFromClaims, type Principal } from '../domain/principal';

let jwks: { url: string; get: JWTVerifyGetKey } | undefined;

function keySet(): JWTVerifyGetKey {
  const url = setting('jwksUrl');
  // Cached per container; jose refetches on an unknown key id (key rotation).
  if (jwks?.url !== url) jwks = { url, get: createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000 }) };
  return jwks.get;
}

/**
 * Verifies the bearer token the same way in AWS (behind the API's JWT authorizer) and locally:
 * signature against the issuer's JWKS, issuer, audience, expiry.
 */
export async function authenticate(authorization: string | undefined): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('Sign in first: the request has no bearer token (Authorization: Bearer …).');
  try {
    const { payload } = await jwtVerify(match[1]!, keySet(), {
      issuer: setting('jwtIssuer'),
      audience: setting('jwtAudience'),
      algorithms: ['RS256'],
    });
    return principalFromClaims(payload);
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    const reason = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'invalid';
    throw unauthorized(
      reason === 'ERR_JWT_EXPIRED' ? 'Your sign-in has expired. Sign in again.' : 'The bearer token is not valid for this system.',
      { reason },
    );
  }
}
