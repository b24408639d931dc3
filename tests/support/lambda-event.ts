import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { claimsOfToken } from '#local/auth';

/** A Lambda context for calling a handler directly. */
export const lambdaContext = { awsRequestId: randomUUID(), functionName: 'test', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

/**
 * The event API Gateway (payload 2.0) hands an HTTP function, for tests that call a handler as
 * Lambda does: with a bearer, its claims as the JWT authorizer passes them on; without, none.
 */
export function apiEvent(routeKey: string, body: unknown, bearer: string | undefined, pathParameters?: Record<string, string>): APIGatewayProxyEventV2 {
  const [method, path] = routeKey.split(' ') as [string, string];
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), 'content-type': 'application/json' },
    pathParameters,
    requestContext: {
      http: { method, path },
      ...(bearer ? { authorizer: { jwt: { claims: claimsOfToken(bearer), scopes: null } } } : {}),
    } as unknown as APIGatewayProxyEventV2['requestContext'],
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
}
