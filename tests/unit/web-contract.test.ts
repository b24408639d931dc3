import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../../web/scripts/generate-api';

describe('the workbench client contract', () => {
  it('web/src/api/schema.d.ts is generated from the current OpenAPI document (run npm run generate:api)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8') === (await generateApiTypes())).toBe(true);
  }, 60_000);
});
