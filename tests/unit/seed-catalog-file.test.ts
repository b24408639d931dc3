import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogFile, SEED_CATALOG_FILE } from '#local/seed-catalog';

/** The seed catalog is data: a broken entry stops the load and is named, rather than reaching the table. */
describe('the seed catalog file', () => {
  const text = readFileSync(SEED_CATALOG_FILE, 'utf8');
  const entries = JSON.parse(text) as Record<string, unknown>[];

  it('loads every entry of the file', () => {
    expect(parseCatalogFile(text, 'seed').map((i) => i.implementationCode)).toEqual(entries.map((e) => e.implementationCode));
  });

  it('names the entry that breaks the schema and what is wrong with it', () => {
    const broken = entries.map((e, i) => (i === 2 ? { ...e, promisedDays: 'soon' } : e));
    const code = String(entries[2]!.implementationCode);
    expect(() => parseCatalogFile(JSON.stringify(broken), 'seed.json')).toThrow(new RegExp(`^seed\\.json: item 3 \\(${code}\\) is not a valid item:\\n.*promisedDays`, 's'));
  });

  it('refuses a file that is not a list', () => {
    expect(() => parseCatalogFile('{"items": []}', 'seed.json')).toThrow('seed.json is not a list of items');
  });
});
