import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The OpenAPI document GET /openapi.json serves: `functions/http/openapi.json`, written from the contracts by
 * `npm run generate:api` (local/openapi-document.ts; a unit test keeps it current). It is a file the function
 * reads at its first request, not code: building it means constructing every route's zod schemas, and even
 * bundled as a literal it would be parsed at every cold start. In AWS it lies next to the bundle (the
 * function's `assets`); run from the sources, beside this module: next to the code either way.
 */
const FILE = 'openapi.json';

let document: unknown;

export function openApiDocument(): unknown {
  if (document === undefined) {
    document = JSON.parse(readFileSync(join(import.meta.dirname, FILE), 'utf8'));
  }
  return document;
}
