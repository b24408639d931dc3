import { createLocalJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { AppError, unauthorized } from '#domain/errors';
import { LOCAL_AUDIENCE, type Issuer } from './issuer';

/**
 * Claims as API Gateway's JWT authorizer passes them to the function: every value a string, an
 * array as `[a b]`. The local server hands the handlers exactly this, so they read claims the way
 * they will in AWS.
 */
export function apiGatewayClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value)]),
  );
}

/** The claims of an unverified token, in API Gateway's shape (tests that invoke a handler directly). */
export function claimsOfToken(token: string): Record<string, string> {
  return apiGatewayClaims(decodeJwt(token));
}

/**
 * What the API's JWT authorizer does before a function runs: the bearer token's signature against
 * the issuer's keys, its issuer, audience and expiry. Refusals are our usual 401 body.
 */
export async function verifyBearer(authorization: string | undefined, issuer: Issuer): Promise<Record<string, string>> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('Sign in first: the request has no bearer token (Authorization: Bearer …).');
  try {
    // API Gateway's JWT authorizer requires exp (and so does Cognito): a token without one never expires, so it is refused.
    const { payload } = await jwtVerify(match[1]!, createLocalJWKSet(issuer.jwks), {
      issuer: issuer.issuer,
      audience: LOCAL_AUDIENCE,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
    });
    return apiGatewayClaims(payload);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'invalid';
    throw unauthorized(reason === 'ERR_JWT_EXPIRED' ? 'Your sign-in has expired. Sign in again.' : 'The bearer token is not valid for this system.', { reason });
  }
}
