import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ALL_ROUTES, FUNCTIONS, ROLES, type Role } from '../functions/manifest';
import { closeServer, readRequestBody } from './aws-json';
import type { LocalEventBus } from './eventbus';
import type { Issuer } from './issuer';
import { verifyBearer } from './auth';
import { AppError } from '../functions/domain/errors';
import { invoke, LOCAL_ACCOUNT, scheduledEvent } from './lambda';

/** API Gateway's payload limit. */
const API_GATEWAY_MAX_BODY = 10 * 1024 * 1024;

interface CompiledRoute {
  routeKey: string;
  method: string;
  pattern: RegExp;
  params: string[];
  functionName: string;
  throttle?: { rateLimit: number; burstLimit: number };
  needsToken: boolean;
}

/** API Gateway's route throttling: a token bucket per route, refilled at rateLimit per second. */
function throttler() {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (route: CompiledRoute): boolean => {
    if (!route.throttle) return true;
    const now = Date.now();
    const bucket = buckets.get(route.routeKey) ?? { tokens: route.throttle.burstLimit, at: now };
    bucket.tokens = Math.min(route.throttle.burstLimit, bucket.tokens + ((now - bucket.at) / 1000) * route.throttle.rateLimit);
    bucket.at = now;
    buckets.set(route.routeKey, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}

function compile(): CompiledRoute[] {
  return ALL_ROUTES.map((r) => {
    const params: string[] = [];
    const source = r.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      params.push(name);
      return '([^/]+)';
    });
    return { routeKey: `${r.method} ${r.path}`, method: r.method, pattern: new RegExp(`^${source}$`), params, functionName: r.fn.name, throttle: r.throttle, needsToken: r.access !== 'public' };
  });
}

const TEXTUAL = /^(application\/(json|x-www-form-urlencoded|xml)|text\/)/i;

/** The HTTP API as API Gateway v2 builds it: the same route keys, event shape (payload 2.0) and handlers. */
export function toApiGatewayEvent(req: IncomingMessage, url: URL, body: Buffer, route: CompiledRoute, match: RegExpExecArray): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const textual = TEXTUAL.test(headers['content-type'] ?? 'application/json');
  const now = new Date();
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: headers.cookie?.split(';').map((c) => c.trim()),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: route.params.length ? Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(match[i + 1]!)])) : undefined,
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: { method: req.method ?? 'GET', path: url.pathname, protocol: `HTTP/${req.httpVersion}`, sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? (textual ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !textual,
  };
}

export interface LocalApi {
  url: string;
  stop(): Promise<void>;
}

/** What else the local server answers on the API's origin: the OIDC provider and the workbench. */
export interface ApiServerMounts {
  /** Runs before the body is read (the OIDC provider parses its own); true when it answered. */
  oidc?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** The workbench's files and pages; `isApiPath` tells it the path is an API route's. */
  web?: (req: IncomingMessage, res: ServerResponse, url: URL, isApiPath: boolean) => boolean;
}

export async function startApiServer(port: number, issuer: Issuer, bus: LocalEventBus, mounts: ApiServerMounts = {}): Promise<LocalApi> {
  const routes = compile();
  const admit = throttler();
  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  async function local(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<boolean> {
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks.json') {
      sendJson(res, 200, issuer.jwks);
      return true;
    }
    // Local stand-in for signing in to the Cognito user pool.
    if (req.method === 'POST' && url.pathname === '/local/token') {
      let input: { role?: string; department?: string; centre?: string; name?: string; subject?: string; windowDecision?: boolean };
      try {
        input = body.length ? (JSON.parse(body.toString('utf8')) as typeof input) : {};
      } catch {
        sendJson(res, 400, { code: 'invalid_json', message: 'The request body is not valid JSON.', details: {} });
        return true;
      }
      if (!input.role || !ROLES.includes(input.role as Role)) {
        sendJson(res, 400, { code: 'invalid_role', message: `role must be one of ${ROLES.join(', ')}`, details: { roles: ROLES } });
        return true;
      }
      if (input.role === 'approver' && !input.department) {
        sendJson(res, 400, { code: 'department_required', message: 'An approver token needs a department.', details: {} });
        return true;
      }
      const token = await issuer.mint({ ...input, role: input.role as Role });
      sendJson(res, 200, { token, tokenType: 'Bearer' });
      return true;
    }
    // Runs a scheduled function now (it also runs on its timer), e.g. the 电子监察 sweep. A JSON body
    // becomes the event's detail, e.g. {"day":"2026-11-24"} for archive-daily.
    const schedule = /^\/local\/schedules\/([a-z0-9-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && schedule) {
      const spec = FUNCTIONS.find((f) => f.kind === 'schedule' && f.name === schedule[1]);
      if (!spec) {
        sendJson(res, 404, { code: 'no_schedule', message: `There is no scheduled function ${schedule[1]}.`, details: {} });
        return true;
      }
      let detail: unknown = {};
      try {
        detail = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        detail = undefined;
      }
      if (!detail || typeof detail !== 'object' || Array.isArray(detail)) {
        sendJson(res, 400, { code: 'invalid_json', message: 'The body, if any, must be a JSON object (the event detail).', details: {} });
        return true;
      }
      sendJson(res, 200, { result: await invoke(spec.name, scheduledEvent(detail as Record<string, unknown>)) });
      return true;
    }
    if (req.method === 'GET' && url.pathname === '/local/events') {
      sendJson(res, 200, { events: bus.events({ caseNumber: url.searchParams.get('caseNumber') ?? undefined }) });
      return true;
    }
    return false;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      try {
        if (mounts.oidc && (await mounts.oidc(req, res))) return;
      } catch (error) {
        console.error('[oidc] failed:', error);
        if (!res.headersSent) sendJson(res, 500, { code: 'internal_error', message: 'The sign-in service failed; see the server log.', details: {} });
        return;
      }
      let body: Buffer;
      try {
        body = await readRequestBody(req, API_GATEWAY_MAX_BODY);
      } catch {
        if (!res.headersSent) sendJson(res, 413, { code: 'body_too_large', message: 'The request body is larger than 10 MB.', details: {} });
        return;
      }
      try {
        if (await local(req, res, url, body)) return;
        const candidates = routes.filter((r) => r.pattern.test(url.pathname));
        if (mounts.web?.(req, res, url, candidates.length > 0)) return;
        const route = candidates.find((r) => r.method === req.method);
        if (!route) {
          sendJson(
            res,
            candidates.length ? 405 : 404,
            candidates.length
              ? { code: 'method_not_allowed', message: `${req.method} is not allowed on ${url.pathname}.`, details: { allowed: candidates.map((c) => c.method) } }
              : { code: 'no_route', message: `There is no ${url.pathname} in this API. See /openapi.json.`, details: {} },
          );
          return;
        }
        if (!admit(route)) {
          sendJson(res, 429, { code: 'too_many_requests', message: 'Too many requests; wait a moment and try again.', details: { route: route.routeKey } });
          return;
        }
        const event = toApiGatewayEvent(req, url, body, route, route.pattern.exec(url.pathname)!);
        // API Gateway's JWT authorizer: routes that need a token get its verified claims, or 401.
        if (route.needsToken) {
          try {
            const claims = await verifyBearer(event.headers.authorization, issuer);
            Object.assign(event.requestContext, { authorizer: { jwt: { claims, scopes: null } } });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            sendJson(res, error.status, { code: error.code, message: error.message, details: error.details ?? {} });
            return;
          }
        }
        const result = (await invoke(route.functionName, event)) as APIGatewayProxyStructuredResultV2;
        res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
        res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
      } catch (error) {
        console.error('[api] handler crashed:', error);
        if (!res.headersSent) sendJson(res, 502, { code: 'internal_error', message: 'The handler crashed; see the server log.', details: {} });
      }
    })();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url: `http://localhost:${port}`, stop: () => closeServer(server) };
}
