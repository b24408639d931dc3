import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi } from '#http/openapi';

/**
 * The OpenAPI document that GET /openapi.json serves, written out from the contracts by `npm run generate:api`
 * (with web/src/api/schema.d.ts). The function serves the file as it is: building the document means
 * constructing every route's zod schemas, tens of milliseconds that each cold start of a function serving a
 * fixed document would pay again. tests/unit/openapi-document.test.ts fails when the file is out of date.
 */
export const OPENAPI_DOCUMENT_FILE = resolve(import.meta.dirname, '../functions/http/openapi.json');

export function openApiDocumentText(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}

export function committedOpenApiDocument(): string {
  return readFileSync(OPENAPI_DOCUMENT_FILE, 'utf8');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(OPENAPI_DOCUMENT_FILE, openApiDocumentText());
  console.log(`wrote ${OPENAPI_DOCUMENT_FILE}`);
}
