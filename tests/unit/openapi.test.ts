import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildOpenApi } from '../../functions/http/openapi';
import { CONTRACT, type RouteContract } from '../../functions/http/schemas';
import { ALL_ROUTES } from '../../functions/manifest';

const doc = buildOpenApi();
const keys = ALL_ROUTES.map((r) => `${r.method} ${r.path}`);

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
      expect(body?.content['application/json'].schema).toEqual(expected);
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
  it('documents the notice download as a PDF, and everything else as JSON', () => {
    for (const route of ALL_ROUTES) {
      const key = `${route.method} ${route.path}` as keyof typeof CONTRACT;
      const contract = CONTRACT[key] as RouteContract;
      const op = (doc.paths[route.path] as Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>)[route.method.toLowerCase()]!;
      const types = Object.keys(op.responses[String(contract.status)]?.content ?? {});
      expect(types, key).toEqual([key === 'GET /cases/{caseNumber}/notices/{noticeId}' ? 'application/pdf' : 'application/json']);
    }
  });
});
