import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ALL_ROUTES, FUNCTIONS, ROLES, type Role } from '#manifest';
import { closeServer, readRequestBody } from './aws-json';
import type { LocalEventBus } from './eventbus';
import { MAX_TOKEN_TTL_SECONDS, type Issuer } from './issuer';
import { verifyBearer } from './auth';
import { AppError, badRequest } from '#domain/errors';
import { errorBody } from '#http/handler';
import { languageOf } from '#http/messages';
import { invoke, LOCAL_ACCOUNT, scheduledEvent } from './lambda';
import { clockRequest } from './clock';
import { optionalSetting } from '#adapters/env';
import { centreCalendar } from '#repositories/calendar-repository';

/** API Gateway's payload limit. */
const API_GATEWAY_MAX_BODY = 10 * 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

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
    pathParameters: route.params.length ? Object.fromEntries(route.params.map((p, i) => [p, decodePathParameter(match[i + 1]!)])) : undefined,
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

/** API Gateway answers 400 to a path whose percent-escapes do not decode (e.g. /cases/%E0%A4%A). */
function decodePathParameter(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest('invalid_uri', 'The request path has a malformed percent-encoding.', { path: raw });
  }
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
  /** WebSocket upgrades (the hall screens' push channel, local/hall-push.ts). */
  upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
}

export async function startApiServer(port: number, issuer: Issuer, bus: LocalEventBus, mounts: ApiServerMounts = {}): Promise<LocalApi> {
  const routes = compile();
  const admit = throttler();
  const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  /** Our refusals in the caller's language, like the handlers'. */
  const sendError = (req: IncomingMessage, res: ServerResponse, error: AppError, headers: Record<string, string> = {}) =>
    sendJson(res, error.status, errorBody(error, languageOf(req.headers['accept-language'])), headers);

  async function local(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<boolean> {
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks.json') {
      sendJson(res, 200, issuer.jwks);
      return true;
    }
    // Local stand-in for signing in to the Cognito user pool: for this machine only, short-lived.
    if (req.method === 'POST' && url.pathname === '/local/token') {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
        sendError(req, res, new AppError(403, 'local_only', 'Local tokens are issued to this machine (127.0.0.1) only.', { remoteAddress: req.socket.remoteAddress ?? null }));
        return true;
      }
      let input: { role?: string; department?: string; centre?: string; name?: string; subject?: string; windowDecision?: boolean; ttlSeconds?: unknown };
      try {
        input = body.length ? (JSON.parse(body.toString('utf8')) as typeof input) : {};
      } catch {
        sendError(req, res, badRequest('invalid_json', 'The request body is not valid JSON.'));
        return true;
      }
      if (!input.role || !ROLES.includes(input.role as Role)) {
        sendError(req, res, badRequest('invalid_role', `role must be one of ${ROLES.join(', ')}`, { roles: ROLES }));
        return true;
      }
      if (input.role === 'approver' && !input.department) {
        sendError(req, res, badRequest('department_required', 'An approver token needs a department.'));
        return true;
      }
      const ttl = input.ttlSeconds;
      if (ttl !== undefined && !(Number.isInteger(ttl) && (ttl as number) >= 1 && (ttl as number) <= MAX_TOKEN_TTL_SECONDS)) {
        sendError(req, res, badRequest('invalid_ttl', `ttlSeconds must be a whole number from 1 to ${MAX_TOKEN_TTL_SECONDS} (12 hours).`, { max: MAX_TOKEN_TTL_SECONDS }));
        return true;
      }
      const token = await issuer.mint({ ...input, role: input.role as Role, ttlSeconds: ttl as number | undefined });
      sendJson(res, 200, { token, tokenType: 'Bearer' });
      return true;
    }
    // Runs a scheduled function now (it also runs on its timer), e.g. the 电子监察 sweep. A JSON body
    // becomes the event's detail, e.g. {"day":"2026-11-24"} for archive-daily.
    const schedule = /^\/local\/schedules\/([a-z0-9-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && schedule) {
      const spec = FUNCTIONS.find((f) => f.kind === 'schedule' && f.name === schedule[1]);
      if (!spec) {
        sendError(req, res, new AppError(404, 'no_schedule', `There is no scheduled function ${schedule[1]}.`));
        return true;
      }
      let detail: unknown = {};
      try {
        detail = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        detail = undefined;
      }
      if (!detail || typeof detail !== 'object' || Array.isArray(detail)) {
        sendError(req, res, badRequest('invalid_json', 'The body, if any, must be a JSON object (the event detail).'));
        return true;
      }
      sendJson(res, 200, { result: await invoke(spec.name, scheduledEvent(detail as Record<string, unknown>)) });
      return true;
    }
    // Simulated time (local only): read or move the clock of the whole local system.
    if (url.pathname === '/local/clock') {
      const reply = await clockRequest(req.method, body, {
        calendar: () => centreCalendar(optionalSetting('centreCode', 'HZ')),
        schedules: FUNCTIONS.flatMap((f) => (f.kind === 'schedule' && f.everyMinutes ? [{ name: f.name, everyMinutes: f.everyMinutes }] : [])),
        run: (name) => invoke(name, scheduledEvent()),
      });
      sendJson(res, reply.status, reply.body);
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
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        sendError(req, res, badRequest('invalid_uri', 'The request path is not a valid URL.'));
        return;
      }
      try {
        if (mounts.oidc && (await mounts.oidc(req, res))) return;
      } catch (error) {
        console.error('[oidc] failed:', error);
        if (!res.headersSent) sendError(req, res, new AppError(500, 'internal_error', 'The sign-in service failed; see the server log.'));
        return;
      }
      let body: Buffer;
      try {
        body = await readRequestBody(req, API_GATEWAY_MAX_BODY);
      } catch {
        // API Gateway's answer to an oversized payload; the connection closes after it.
        if (!res.headersSent) {
          sendError(req, res, new AppError(413, 'body_too_large', 'The request body is larger than 10 MB.', { limit: API_GATEWAY_MAX_BODY }), { connection: 'close' });
        }
        return;
      }
      try {
        if (await local(req, res, url, body)) return;
        const candidates = routes.filter((r) => r.pattern.test(url.pathname));
        if (mounts.web?.(req, res, url, candidates.length > 0)) return;
        const route = candidates.find((r) => r.method === req.method);
        if (!route) {
          sendError(
            req,
            res,
            candidates.length
              ? new AppError(405, 'method_not_allowed', `${req.method} is not allowed on ${url.pathname}.`, { allowed: candidates.map((c) => c.method) })
              : new AppError(404, 'no_route', `There is no ${url.pathname} in this API. See /openapi.json.`),
          );
          return;
        }
        if (!admit(route)) {
          sendError(req, res, new AppError(429, 'too_many_requests', 'Too many requests; wait a moment and try again.', { route: route.routeKey }));
          return;
        }
        const event = toApiGatewayEvent(req, url, body, route, route.pattern.exec(url.pathname)!);
        // API Gateway's JWT authorizer: routes that need a token get its verified claims, or 401.
        if (route.needsToken) {
          const claims = await verifyBearer(event.headers.authorization, issuer);
          Object.assign(event.requestContext, { authorizer: { jwt: { claims, scopes: null } } });
        }
        const result = (await invoke(route.functionName, event)) as APIGatewayProxyStructuredResultV2;
        res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
        res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
      } catch (error) {
        if (error instanceof AppError && error.status < 500) {
          if (!res.headersSent) sendError(req, res, error);
          return;
        }
        console.error('[api] handler crashed:', error);
        if (!res.headersSent) sendError(req, res, new AppError(502, 'internal_error', 'The handler crashed; see the server log.'));
      }
    })();
  });
  server.keepAliveTimeout = 65_000;
  if (mounts.upgrade) server.on('upgrade', mounts.upgrade);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url: `http://localhost:${port}`, stop: () => closeServer(server) };
}
