import * as z from 'zod/mini';
import { ALL_ROUTES } from '../manifest';
import { CONTRACT, ErrorResponse, type RouteContract } from './schemas';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
}

const ERROR_STATUSES: Record<string, string> = {
  '400': 'The request is malformed or invalid (code says which field)',
  '401': 'No valid bearer token',
  '403': 'The role or department may not do this',
  '404': 'No such resource',
  '409': 'The case or item changed meanwhile, or the step was already taken',
  '413': 'The body is larger than 256 KiB',
  '415': 'The body is not JSON',
  '422': 'The request is well formed but breaks a rule',
  '429': 'Too many requests on a throttled route',
};

/** OpenAPI 3.1, built from the manifest's routes and the very schemas handlers validate with. */
export function buildOpenApi(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ALL_ROUTES) {
    const key = `${route.method} ${route.path}` as keyof typeof CONTRACT;
    const contract = CONTRACT[key] as RouteContract | undefined;
    if (!contract) throw new Error(`Route ${key} has no contract in functions/http/schemas.ts`);
    const isPublic = route.access === 'public';
    const op: Record<string, unknown> = {
      operationId: `${route.fn.name}:${key}`,
      summary: route.summary,
      tags: [route.fn.name],
      ...(isPublic ? { security: [] } : { 'x-roles': route.access }),
      parameters: [...parameters(contract.path, 'path'), ...parameters(contract.query, 'query')],
      responses: {
        [String(contract.status)]: {
          description: 'Success',
          content: { [contract.responseContentType ?? 'application/json']: { schema: toSchema(contract.response, 'output') } },
        },
        ...Object.fromEntries(
          Object.entries(ERROR_STATUSES)
            .filter(([status]) => (isPublic ? ['400', '404', '429'].includes(status) : status !== '429' || route.throttle))
            .map(([status, description]) => [status, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
        ),
      },
    };
    if (key === 'POST /cases') {
      (op.parameters as unknown[]).push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'Retrying with the same key returns the same case and issues nothing twice.',
        schema: { type: 'string', maxLength: 200 },
      });
    }
    if (contract.body) {
      op.requestBody = { required: true, content: { 'application/json': { schema: toSchema(contract.body, 'input') } } };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OneWindow (一窗通办) API',
      version: '0.1.0',
      description: 'Comprehensive-window government service: intake, back-office decisions, output window.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Error: toSchema(ErrorResponse, 'output') },
    },
    paths,
  };
}
