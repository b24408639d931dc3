import * as z from 'zod/mini';
import { ALL_ROUTES } from '#manifest';
import { ResultDocumentInput } from './contracts/delivery-view';
import { NoticeView } from './contracts/notices-contract';
import { ItemResponse } from './contracts/items';
import { Actor } from './contracts/shared';
import { OPERATIONS, REQUEST_EXAMPLES, TAGS, type RouteKey } from './operations';
import { AuditLine, CaseView, CONTRACT, ErrorResponse, type RouteContract } from './schemas';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

const SCHEMA_REF = '#/components/schemas/';

/** Schemas many routes share, by the name clients know them under; every other body and answer is named after its operation. */
const SHARED_SCHEMAS: Record<Io, [string, z.ZodMiniType][]> = {
  output: [
    ['Error', ErrorResponse],
    ['Case', CaseView],
    ['AuditLine', AuditLine],
    ['Actor', Actor],
    ['Item', ItemResponse],
    ['Notice', NoticeView],
  ],
  // (The delivery choice stays inline: as a `$ref` its default, pickup, would be lost.)
  input: [['ResultDocument', ResultDocumentInput]],
};

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

const inline = (schema: z.ZodMiniType, io: Io): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = inline(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

/**
 * Component schemas: one registry per direction, since a request is read as input (defaults optional)
 * and an answer written as output. zod names every registered schema and refers to it with `$ref`.
 */
class Components {
  private readonly registries = { input: z.registry<{ id: string }>(), output: z.registry<{ id: string }>() };

  constructor() {
    for (const io of ['input', 'output'] as const) for (const [id, schema] of SHARED_SCHEMAS[io]) this.registries[io].add(schema, { id });
  }

  /** A `$ref` to the schema, registered under `name` unless it already has one. */
  ref(schema: z.ZodMiniType, io: Io, name: string) {
    const registry = this.registries[io];
    if (!registry.has(schema)) registry.add(schema, { id: name });
    return { $ref: `${SCHEMA_REF}${registry.get(schema)!.id}` };
  }

  schemas(): Record<string, JsonSchema> {
    const all: Record<string, JsonSchema> = {};
    for (const io of ['output', 'input'] as const) {
      const { schemas } = z.toJSONSchema(this.registries[io], { io, unrepresentable: 'any', uri: (id) => `${SCHEMA_REF}${id}` }) as {
        schemas: Record<string, JsonSchema>;
      };
      for (const [id, { $schema: _s, $id: _i, ...schema }] of Object.entries(schemas)) {
        if (all[id] && JSON.stringify(all[id]) !== JSON.stringify(schema)) {
          throw new Error(`Schema ${id} differs as a request and as an answer: give the request's a name of its own in SHARED_SCHEMAS`);
        }
        all[id] = schema;
      }
    }
    return all;
  }
}

const ERROR_STATUSES: Record<string, string> = {
  '400': 'The request is malformed or invalid (code says which field)',
  '401': 'No valid bearer token',
  '403': 'The role or department may not do this',
  '404': 'No such resource',
  '409': 'The case or item changed meanwhile, or the step was already taken',
  '413': 'The body is too large',
  '415': 'The body is not JSON',
  '422': 'The request is well formed but breaks a rule',
  '429': 'Too many requests on a throttled route',
};

const ERROR_EXAMPLE = {
  code: 'invalid_state',
  message: '办件 HZ202612070001 当前状态为 registered，无法执行该操作。',
  details: { caseNumber: 'HZ202612070001', state: 'registered' },
};

/** OpenAPI 3.1, built from the manifest's routes and the very schemas handlers validate with. */
export function buildOpenApi(serverUrl?: string) {
  const components = new Components();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ALL_ROUTES) {
    const key = `${route.method} ${route.path}` as RouteKey;
    const contract = CONTRACT[key] as RouteContract | undefined;
    const operation = OPERATIONS[key] as (typeof OPERATIONS)[RouteKey] | undefined;
    if (!contract) throw new Error(`Route ${key} has no contract in functions/http/schemas.ts`);
    if (!operation) throw new Error(`Route ${key} has no operation in functions/http/operations.ts`);
    const isPublic = route.access === 'public';
    const rolesNote = route.access === 'public' ? 'No sign-in needed.' : `Roles: ${route.access.join(', ')}.`;
    const pdf = contract.responseContentType === 'application/pdf';
    const op: Record<string, unknown> = {
      operationId: operation.id,
      summary: route.summary,
      description: `${route.summary}\n\n${rolesNote}`,
      tags: [operation.tag],
      ...(isPublic ? { security: [] } : { 'x-roles': route.access }),
      parameters: [...parameters(contract.path, 'path'), ...parameters(contract.query, 'query')],
      responses: {
        [String(contract.status)]: {
          description: 'Success',
          content: {
            [contract.responseContentType ?? 'application/json']: {
              schema: pdf
                ? { type: 'string', contentMediaType: 'application/pdf' }
                : components.ref(contract.response, 'output', `${pascal(operation.id)}Response`),
            },
          },
        },
        ...Object.fromEntries(
          Object.entries(ERROR_STATUSES)
            .filter(([status]) => (isPublic ? ['400', '404', '429'].includes(status) : status !== '429' || route.throttle))
            .map(([status]) => [status, { $ref: `#/components/responses/Error${status}` }]),
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
      const example = REQUEST_EXAMPLES[key];
      const schema = components.ref(contract.body, 'input', `${pascal(operation.id)}Request`);
      op.requestBody = { required: true, content: { 'application/json': { schema, ...(example ? { example } : {}) } } };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OneWindow (一窗通办) API',
      version: '0.1.0',
      description:
        'Comprehensive-window government service (综合窗口): intake at any window, back-office decisions within the promised working days, one output window, supervision, archive and ratings. Errors share one shape: a stable English `code`, a `message` a clerk can act on, and `details`.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl ?? '/', description: serverUrl ? 'This system' : 'The API on the same origin as this document' }],
    tags: [...TAGS],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'An OpenID Connect token of the centre (Cognito in AWS, the local issuer locally).',
        },
      },
      responses: Object.fromEntries(
        Object.entries(ERROR_STATUSES).map(([status, description]) => [
          `Error${status}`,
          { description, content: { 'application/json': { schema: { $ref: `${SCHEMA_REF}Error` }, example: ERROR_EXAMPLE } } },
        ]),
      ),
      schemas: components.schemas(),
    },
    paths,
  };
}
