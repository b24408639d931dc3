import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildOpenApi } from '#http/openapi';
import { OPERATIONS, REQUEST_EXAMPLES, type RouteKey } from '#http/operations';
import { CONTRACT, type RouteContract } from '#http/schemas';
import { ALL_ROUTES } from '#manifest';

const doc = buildOpenApi();
const keys = ALL_ROUTES.map((r) => `${r.method} ${r.path}`);

type Json = unknown;
/** The schema with every `$ref` to a component replaced by the component, as a client generator resolves it. */
function resolved(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(resolved);
  if (schema === null || typeof schema !== 'object') return schema;
  const { $ref, ...rest } = schema as Record<string, Json>;
  if (typeof $ref === 'string') {
    const name = $ref.replace('#/components/schemas/', '');
    const target = (doc.components.schemas as Record<string, Json>)[name];
    if (!target) throw new Error(`dangling $ref ${$ref}`);
    return resolved(target);
  }
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, resolved(v)]));
}

describe('OpenAPI document and the schemas handlers validate with', () => {
  it('has a contract for every route in the manifest, and no contract without a route', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...keys].sort());
  });

  it.each(ALL_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('documents %s from its contract', (key, route) => {
    const contract = CONTRACT[key as keyof typeof CONTRACT] as RouteContract;
    const op = (doc.paths[route.path] as Record<string, Record<string, unknown>>)[route.method.toLowerCase()]!;
    expect(op.summary).toBe(route.summary);
    const body = op.requestBody as { content: { 'application/json': { schema: unknown } } } | undefined;
    if (contract.body) {
      const { $schema: _s, ...expected } = z.toJSONSchema(contract.body, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      expect(resolved(body?.content['application/json'].schema)).toEqual(expected);
    } else {
      expect(body).toBeUndefined();
    }
    expect(Object.keys((op.responses as Record<string, unknown>) ?? {})).toContain(String(contract.status));
    if (route.access === 'public') expect(op.security).toEqual([]);
    else expect(op['x-roles']).toEqual(route.access);
    const pathParams = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const documented = (op.parameters as { name: string; in: string }[]).filter((p) => p.in === 'path').map((p) => p.name);
    expect(documented).toEqual(pathParams);
  });

  it('names every request and answer as a component, and every operation with a URL-safe, unique id', () => {
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods as Record<string, { operationId: string }>).map((op) => op.operationId));
    expect(ids).toHaveLength(ALL_ROUTES.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]+$/);
    const register = (doc.paths['/cases'] as Record<string, { operationId: string; requestBody: { content: Record<string, { schema: unknown }> } }>).post!;
    expect(register.operationId).toBe('registerCase');
    expect(register.requestBody.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/RegisterCaseRequest' });
    const getCase = (doc.paths['/cases/{caseNumber}'] as Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>).get!;
    expect(getCase.responses['200']!.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/GetCaseResponse' });
    const answer = JSON.stringify(doc.components.schemas.GetCaseResponse);
    expect(answer).toContain('"items":{"$ref":"#/components/schemas/AuditLine"}');
    expect(answer).toContain('"decidedBy":{"$ref":"#/components/schemas/Actor"}');
  });

  it('has an example for the main requests that its own schema accepts', () => {
    expect(Object.keys(REQUEST_EXAMPLES).length).toBeGreaterThanOrEqual(5);
    for (const [key, example] of Object.entries(REQUEST_EXAMPLES)) {
      const body = (CONTRACT[key as RouteKey] as RouteContract).body!;
      const parsed = z.safeParse(body, example);
      expect(parsed.success, `${key}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('passes the Redocly linter (recommended rules) with no error and no warning', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const lint = spawnSync(join(process.cwd(), 'node_modules/.bin/redocly'), ['lint', file, '--format', 'summary'], { encoding: 'utf8' });
    expect(`${lint.stdout}${lint.stderr}`).not.toMatch(/error|warning/i);
    expect(lint.status).toBe(0);
    expect(doc.info.license).toEqual({ name: 'Apache-2.0', identifier: 'Apache-2.0' });
    expect(Object.keys(OPERATIONS).sort()).toEqual([...keys].sort());
  }, 60_000);

  it('is OpenAPI 3.1 with bearer authentication and the error shape', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.Error).toMatchObject({ required: ['code', 'message', 'details'] });
  });

  it('rejects unknown fields in every request body (strict schemas)', () => {
    for (const [key, contract] of Object.entries(CONTRACT) as [string, RouteContract][]) {
      if (!contract.body) continue;
      const schema = z.toJSONSchema(contract.body, { io: 'input', unrepresentable: 'any' }) as { additionalProperties?: unknown };
      // A body of several shapes (e.g. the review's outcomes) is strict in each shape.
      const union = schema as { oneOf?: unknown[]; anyOf?: unknown[] };
      const shapes = (union.oneOf ?? union.anyOf ?? [schema]) as { additionalProperties?: unknown }[];
      for (const shape of shapes) expect(shape.additionalProperties, key).toBe(false);
    }
  });
});

describe('OpenAPI media types', () => {
  it('documents the notice download and the receipt reprint as PDFs, and everything else as JSON', () => {
    const pdfRoutes = ['GET /cases/{caseNumber}/notices/{noticeId}', 'GET /cases/{caseNumber}/receipt'];
    for (const route of ALL_ROUTES) {
      const key = `${route.method} ${route.path}` as keyof typeof CONTRACT;
      const contract = CONTRACT[key] as RouteContract;
      const op = (doc.paths[route.path] as Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>)[route.method.toLowerCase()]!;
      const types = Object.keys(op.responses[String(contract.status)]?.content ?? {});
      expect(types, key).toEqual([pdfRoutes.includes(key) ? 'application/pdf' : 'application/json']);
    }
  });
});
