import { logger } from '#logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { AppError, badRequest, notFound } from '#domain/errors';
import { assertMayAct } from '#domain/access-policy';
import type { Principal } from '#domain/principal';
import type { RouteSpec } from '#manifest';
import { principalOf } from './auth';
import { ENGLISH_ERRORS } from '#domain/zod-locale';
import { languageOf, messageFor, type Language } from './messages';
import type { CONTRACT, RouteContract, RouteKey } from './schemas';

/** JSON bodies only: scans travel through presigned URLs, never through the API. */
export const MAX_BODY_BYTES = 256 * 1024;

type Infer<T> = T extends z.ZodMiniType ? z.output<T> : undefined;

export interface RequestContext<K extends RouteKey> {
  principal: Principal;
  body: Infer<(typeof CONTRACT)[K] extends { body: infer B } ? B : undefined>;
  query: Infer<(typeof CONTRACT)[K] extends { query: infer Q } ? Q : undefined>;
  path: Infer<(typeof CONTRACT)[K] extends { path: infer P } ? P : undefined>;
  headers: Record<string, string | undefined>;
  requestId: string;
  now: Date;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of a JSON body (e.g. a PDF): sent base64-encoded, as API Gateway expects; name the content-type in headers. */
  binary?: Uint8Array;
}

export type RouteHandler<K extends RouteKey> = (ctx: RequestContext<K>) => Promise<Reply>;
export type RouteTable = { [K in RouteKey]?: RouteHandler<K> };

const json = (status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode: status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

/** An error whose message is already in the caller's language (request validation builds it so). */
class LocalizedError extends AppError {}

/** The error as the caller reads it: stable code, the message in their language (Chinese unless English is asked for), details. */
export function errorBody(error: AppError, language: Language = 'zh') {
  const message = error instanceof LocalizedError ? error.message : messageFor(error.code, error.message, error.details, language);
  return { code: error.code, message, details: error.details };
}

const WHERE = { body: ['请求内容', 'body'], query: ['查询参数', 'query'], path: ['地址参数', 'path'] } as const;

function zodDetails(error: z.core.$ZodError, where: string) {
  return {
    where,
    issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code })),
  };
}

function parse<T extends z.ZodMiniType>(schema: T | undefined, value: unknown, where: keyof typeof WHERE, language: Language): unknown {
  if (!schema) return undefined;
  const result = language === 'en' ? schema.safeParse(value, ENGLISH_ERRORS) : schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const path = first?.path.join('.');
    const message =
      language === 'en'
        ? `The request ${where} is not valid${path ? ` (${path})` : ''}: ${first?.message ?? 'invalid'}`
        : `${WHERE[where][0]}有误${path ? `（${path}）` : ''}：${first?.message ?? '无效输入'}`;
    throw new LocalizedError(400, `invalid_${where}`, message, zodDetails(result.error, where));
  }
  return result.data;
}

function readBody(event: APIGatewayProxyEventV2, expectsBody: boolean): unknown {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > MAX_BODY_BYTES) {
    throw new AppError(
      413,
      'body_too_large',
      `The request body is ${bytes.length} bytes; the limit is ${MAX_BODY_BYTES}. Upload files through /uploads.`,
      {
        limit: MAX_BODY_BYTES,
      },
    );
  }
  if (!expectsBody) {
    if (bytes.length > 0 && raw.trim() !== '' && raw.trim() !== '{}') throw badRequest('unexpected_body', 'This request takes no body.');
    return undefined;
  }
  const contentType = event.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    throw new AppError(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).', {
      contentType,
    });
  }
  if (bytes.length === 0) throw badRequest('missing_body', 'The request needs a JSON body.');
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    // JSON.parse explains in English; the clerk gets where it broke.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw badRequest('invalid_json', 'The request body is not valid JSON.', {
      reason: position ? `第 ${Number(position) + 1} 个字符处不符合 JSON 格式` : 'JSON 格式不完整或有误',
    });
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const OUTAGE_NAMES = new Set([
  'ServiceUnavailable',
  'InternalServerError',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
]);

/**
 * Why a failure is an outage of a service we depend on (DynamoDB, S3, KMS … unreachable, 5xx or
 * throttling), not a fault in the request or our code: such requests answer 503 "try again", as
 * API Gateway does when an integration is down. Undefined for every other failure.
 */
export function outageCause(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 3) return undefined;
  const e = error as { name?: unknown; code?: unknown; cause?: unknown; errors?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  if (typeof e.name === 'string' && OUTAGE_NAMES.has(e.name)) return e.name;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return `HTTP ${e.$metadata!.httpStatusCode}`;
  if (Array.isArray(e.errors)) for (const inner of e.errors) if (outageCause(inner, depth + 1)) return outageCause(inner, depth + 1);
  return outageCause(e.cause, depth + 1);
}

/**
 * Outages after which a write may have been applied: the request may have reached the service before the
 * answer was lost (a timeout, a reset connection, a 500; DynamoDB says a transaction that ends in
 * InternalServerError may have succeeded). Refused connections, unknown hosts, 503 and throttling
 * never reach or never run the write.
 */
const UNSURE_OUTAGES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'TimeoutError',
  'RequestTimeout',
  'InternalServerError',
  'InternalFailure',
]);

/** Whether a change may have been saved before the outage cut the request off (reads never change anything). */
export function writeMayHaveApplied(method: string, cause: string): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  return UNSURE_OUTAGES.has(cause) || (/^HTTP 5\d\d$/.test(cause) && cause !== 'HTTP 503');
}

/** Turns every failure into `{ code, message, details }`; unexpected ones are logged and hidden. */
const errorResponses = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: async (request) => {
    const error = request.error;
    const language = languageOf(Object.entries(request.event.headers ?? {}).find(([k]) => k.toLowerCase() === 'accept-language')?.[1]);
    if (error instanceof AppError) {
      if (error.status >= 500) logger.error('request failed', { error });
      else logger.info('request refused', { code: error.code, status: error.status });
      request.response = json(error.status, errorBody(error, language));
      return;
    }
    const outage = outageCause(error);
    if (outage) {
      logger.error('dependency unavailable', { error: error as Error, outage });
      const method = request.event.requestContext?.http?.method ?? 'GET';
      const unavailable = writeMayHaveApplied(method, outage)
        ? new AppError(
            503,
            'storage_uncertain',
            'Storage did not answer in time; the change may have been saved. Look at the record before trying again.',
            { cause: outage },
          )
        : new AppError(503, 'storage_unavailable', 'Storage is unavailable right now; nothing was changed. Try again in a moment.', {
            cause: outage,
          });
      request.response = json(503, errorBody(unavailable, language), { 'retry-after': '5' });
      return;
    }
    logger.error('unexpected error', { error: error as Error });
    const internal = new AppError(
      500,
      'internal_error',
      'Something went wrong on our side. Nothing was changed; try again, and call support if it keeps happening.',
      {
        requestId: request.context.awsRequestId,
      },
    );
    request.response = json(500, errorBody(internal, language));
  },
});

/** The contracts of a function's own routes, taken from its area's module under contracts/ (never the whole registry). */
export type ContractSlice<K extends RouteKey> = { [P in K]: (typeof CONTRACT)[P] };

/**
 * One Lambda handler for a group of routes: logging, error shaping, body limits, authentication,
 * role check and schema validation happen here, so route functions only do the work. It is given only
 * its own routes (from the manifest) and their contracts, so a function's bundle holds those and not
 * every route's.
 */
export function httpHandler<K extends RouteKey>(
  specs: readonly RouteSpec[],
  contracts: ContractSlice<K>,
  routes: { [P in K]: RouteHandler<P> },
) {
  // The function's own routes from the manifest (their actions), never the whole list: see manifest.ts.
  const actions = new Map(specs.map((r) => [`${r.method} ${r.path}`, r.action]));
  const unlisted = Object.keys(routes).filter((key) => !actions.has(key));
  if (unlisted.length > 0) throw new Error(`Routes not in this function's manifest entry: ${unlisted.join(', ')}`);
  const dispatch = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const routeKey = event.routeKey as RouteKey;
    const route = (routes as RouteTable)[routeKey] as RouteHandler<RouteKey> | undefined;
    const contract = (contracts as Partial<Record<RouteKey, RouteContract>>)[routeKey];
    const action = actions.get(routeKey);
    if (!route || !contract || !action) throw notFound('no_route', `No such route: ${event.routeKey}.`);
    const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const principal =
      action === 'public' ? ({ subject: 'anonymous', name: 'anonymous', role: 'applicant' } as Principal) : principalOf(event);
    if (action !== 'public') assertMayAct(principal, action);
    const body = readBody({ ...event, headers }, Boolean(contract.body));
    const language = languageOf(headers['accept-language']);
    const reply = await route({
      principal,
      body: parse(contract.body, body, 'body', language),
      query: parse(contract.query, event.queryStringParameters ?? {}, 'query', language),
      path: parse(contract.path, event.pathParameters ?? {}, 'path', language),
      headers,
      requestId: context.awsRequestId,
      now: new Date(),
    } as RequestContext<RouteKey>);
    if (reply.binary) {
      return {
        statusCode: reply.status ?? contract.status,
        headers: { ...reply.headers },
        body: Buffer.from(reply.binary).toString('base64'),
        isBase64Encoded: true,
      };
    }
    return json(reply.status ?? contract.status, reply.body, reply.headers);
  };
  const lambda = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(errorResponses())
    .handler(dispatch);
  // The routes it serves, so a test can hold every function against the manifest.
  return Object.assign(lambda, { routes: Object.keys(routes) as RouteKey[] });
}
