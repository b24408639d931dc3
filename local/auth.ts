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
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]),
  );
}

/** The claims of an unverified token, in API Gateway's shape (tests that invoke a handler directly). */
export function claimsOfToken(token: string): Record<string, string> {
  return apiGatewayClaims(decodeJwt(token));
}

// One key set per issuer: importing the public key again for every request is work API Gateway does not do either.
const keySets = new WeakMap<Issuer, ReturnType<typeof createLocalJWKSet>>();
function keySetOf(issuer: Issuer): ReturnType<typeof createLocalJWKSet> {
  let set = keySets.get(issuer);
  if (!set) {
    set = createLocalJWKSet(issuer.jwks);
    keySets.set(issuer, set);
  }
  return set;
}

// Tokens this issuer's keys verified, with their expiry: a clerk's token is checked once, not on every request.
const VERIFIED_MAX = 1000;
const verified = new WeakMap<Issuer, Map<string, { claims: Record<string, string>; expiresAt: number }>>();
function verifiedOf(issuer: Issuer) {
  let tokens = verified.get(issuer);
  if (!tokens) {
    tokens = new Map();
    verified.set(issuer, tokens);
  }
  return tokens;
}
function remember(issuer: Issuer, token: string, claims: Record<string, string>, expiresAt: number): void {
  const tokens = verifiedOf(issuer);
  tokens.set(token, { claims, expiresAt });
  if (tokens.size > VERIFIED_MAX) tokens.delete(tokens.keys().next().value!);
}

/**
 * What the API's JWT authorizer does before a function runs: the bearer token's signature against
 * the issuer's keys, its issuer, audience and expiry. Refusals are our usual 401 body.
 */
export async function verifyBearer(authorization: string | undefined, issuer: Issuer): Promise<Record<string, string>> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('Sign in first: the request has no bearer token (Authorization: Bearer …).');
  const token = match[1]!;
  const known = verifiedOf(issuer).get(token);
  // Until it expires a verified token stays valid: checking its signature again would give the same answer.
  if (known && known.expiresAt > Date.now() / 1000) return known.claims;
  try {
    // API Gateway's JWT authorizer requires exp (and so does Cognito): a token without one never expires, so it is refused.
    const { payload } = await jwtVerify(match[1]!, keySetOf(issuer), {
      issuer: issuer.issuer,
      audience: LOCAL_AUDIENCE,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
    });
    const claims = apiGatewayClaims(payload);
    remember(issuer, token, claims, payload.exp!);
    return claims;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'invalid';
    throw unauthorized(
      reason === 'ERR_JWT_EXPIRED' ? 'Your sign-in has expired. Sign in again.' : 'The bearer token is not valid for this system.',
      { reason },
    );
  }
}
