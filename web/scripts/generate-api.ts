import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApi } from '../../functions/http/openapi';

/**
 * Writes web/src/api/schema.d.ts from the same OpenAPI document that GET /openapi.json serves, so
 * the screens and the API share one contract. A unit test fails when the file is out of date.
 */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(buildOpenApi())));
  return `/* Generated from GET /openapi.json by web/scripts/generate-api.ts; do not edit. */\n${astToString(ast)}`;
}

export const SCHEMA_FILE = resolve(import.meta.dirname, '../src/api/schema.d.ts');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(SCHEMA_FILE, await generateApiTypes());
  console.log(`wrote ${SCHEMA_FILE}`);
}
