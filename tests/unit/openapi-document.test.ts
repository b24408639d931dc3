import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { handler } from '#api/openapi';
import { ESBUILD_OPTIONS, ESM_OUTFILE_NAME, functionEntryPath, repoPath } from '#infra/bundling';
import { ALL_ROUTES, FUNCTIONS } from '#manifest';
import { committedOpenApiDocument, openApiDocumentText } from '#local/openapi-document';
import { lambdaContext } from '#tests/support/lambda-event';

describe('the OpenAPI document the openapi function serves', () => {
  it('functions/http/openapi.json is written from the current contracts (run npm run generate:api)', () => {
    expect(committedOpenApiDocument() === openApiDocumentText()).toBe(true);
  });

  const event = {
    version: '2.0',
    routeKey: 'GET /openapi.json',
    rawPath: '/openapi.json',
    rawQueryString: '',
    headers: {},
    requestContext: { http: { method: 'GET', path: '/openapi.json' } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;

  it('GET /openapi.json answers that document, with every route of the manifest', async () => {
    const res = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['cache-control']).toBe('public, max-age=300');
    const served = JSON.parse(String(res.body)) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(served).toEqual(JSON.parse(committedOpenApiDocument()));
    expect(served.openapi).toMatch(/^3\.1\./);
    const operations = Object.entries(served.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(ALL_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('the bundled function finds the document where CDK puts its assets, next to the bundle', async () => {
    const spec = FUNCTIONS.find((f) => f.name === 'openapi')!;
    expect(spec.assets).toEqual(['functions/http/openapi.json']);
    const dir = mkdtempSync(join(tmpdir(), 'onewindow-openapi-'));
    try {
      const outfile = join(dir, ESM_OUTFILE_NAME);
      await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: [functionEntryPath(spec.entry)], outfile, logLevel: 'error' });
      for (const asset of spec.assets ?? []) copyFileSync(repoPath(asset), join(dir, basename(asset)));
      const bundled = (await import(/* @vite-ignore */ pathToFileURL(outfile).href)) as { handler: typeof handler };
      const res = (await bundled.handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(String(res.body))).toEqual(JSON.parse(committedOpenApiDocument()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
