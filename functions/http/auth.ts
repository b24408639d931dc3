import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { optionalSetting } from '#adapters/env';
import { unauthorized } from '#domain/errors';
import { principalFromClaims, type Principal } from '#domain/principal';

/** What API Gateway's JWT authorizer adds to the event (payload 2.0) once it has verified the token. */
interface JwtAuthorizerContext {
  authorizer?: { jwt?: { claims?: Record<string, string | number | boolean | string[]> } };
}

/**
 * The caller, from the claims API Gateway's JWT authorizer verified — signature against the
 * issuer's JWKS, issuer, audience, expiry — before the function was invoked. The function does not
 * verify the token again (no JWKS fetch at cold start); the local API server verifies it the same
 * way and passes the claims in the same shape.
 */
export function principalOf(event: APIGatewayProxyEventV2): Principal {
  const claims = (event.requestContext as APIGatewayProxyEventV2['requestContext'] & JwtAuthorizerContext).authorizer?.jwt?.claims;
  if (!claims) throw unauthorized('Sign in first: the request has no bearer token (Authorization: Bearer …).');
  const principal = principalFromClaims(claims);
  // A county system (or applicant) without a centre claim acts for this deployment's centre.
  if (!principal.centre && (principal.role === 'county_system' || principal.role === 'applicant')) {
    return { ...principal, centre: optionalSetting('centreCode', 'HZ') };
  }
  return principal;
}
