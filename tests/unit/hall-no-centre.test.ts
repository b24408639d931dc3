import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler as hall } from '#api/hall';
import { handler as hallBookings } from '#api/hall-bookings';
import { ALL_ROUTES, type Role } from '#manifest';
import { lambdaContext } from '#tests/support/lambda-event';

/**
 * The hall's staff routes called with a verified token that names no centre (a Cognito user whose
 * custom:centre was never set, or the admin above the centres): a 403 the clerk can act on, in Chinese,
 * before anything is read or written — never a 500. No engine runs here: a refusal that reached
 * DynamoDB would fail for want of one.
 */
const HALL_ROUTES = ALL_ROUTES.filter((r) => r.path.startsWith('/hall/'));
/** The hall's routes are served by two functions (the queue, and 预约). */
const HANDLERS: Record<string, typeof hall> = { hall, 'hall-bookings': hallBookings };
const SAMPLE_PATH: Record<string, string> = { category: 'general-affairs', windowId: 'window-1', ticketId: 'HZ-20261221-A001' };

function event(route: (typeof HALL_ROUTES)[number], role: Role): APIGatewayProxyEventV2 {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pathParameters = Object.fromEntries(params.map((p) => [p, SAMPLE_PATH[p] ?? 'x']));
  const path = route.path.replace(/\{(\w+)\}/g, (_, p: string) => pathParameters[p]!);
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    pathParameters,
    requestContext: {
      http: { method: route.method, path },
      authorizer: {
        jwt: {
          claims: {
            sub: `no-centre-${role}`,
            'cognito:groups': `[${role}]`,
            name: '无中心账号',
            ...(role === 'approver' ? { 'custom:department': '人社局' } : {}),
          },
          scopes: null,
        },
      },
    } as unknown as APIGatewayProxyEventV2['requestContext'],
    body: route.method === 'GET' ? undefined : '{}',
    isBase64Encoded: false,
  };
}

describe('hall routes with a token of no centre', () => {
  it('has staff routes to try', () => expect(HALL_ROUTES.length).toBeGreaterThanOrEqual(20));

  for (const role of ['intake_clerk', 'output_clerk', 'supervisor', 'approver', 'admin'] as const) {
    it(`answer 403 in Chinese to a ${role} of no centre, on every route`, async () => {
      const answers: string[] = [];
      for (const route of HALL_ROUTES) {
        const res = (await HANDLERS[route.fn.name]!(event(route, role), lambdaContext)) as APIGatewayProxyStructuredResultV2;
        const body = JSON.parse(String(res.body)) as { code: string; message: string };
        answers.push(`${route.method} ${route.path} → ${res.statusCode} ${body.code} ${body.message}`);
      }
      for (const answer of answers) {
        expect(answer).toMatch(/ → 403 (no_centre|role_not_allowed) /);
        expect(answer).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }
});
