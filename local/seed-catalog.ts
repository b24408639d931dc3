import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ServiceItemInputSchema, type ServiceItemInput } from '#domain/item';

/**
 * The seed catalog (示范事项清单) of a county service centre, loaded by `npm start` into an empty
 * table and used by the tests. It is data (seed-catalog.json, in the form `POST /items/import`
 * takes), checked by the same schema the API uses when it is loaded: a bad entry stops the start.
 * Departments are those the seed plans bring to the comprehensive window (Tongshan: 人社、医保、民政、
 * 残联、教育、林业、农业农村、市场监管、水利、退役军人、卫健、住建、自然资源、应急; a police window;
 * Hezuo: 企业开办 and 项目建设 zones with 税务). Names, conditions, checklists and limits follow
 * typical county 实施清单; codes are illustrative, not official.
 *
 * The first five items are the original demo items: tests depend on their codes and checklists.
 */
export const SEED_CATALOG_FILE = new URL('./seed-catalog.json', import.meta.url);

/** Parses a catalog file's items with the API's schema; the first bad entry is named with what is wrong. */
export function parseCatalogFile(text: string, source: string): ServiceItemInput[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${source} is not a list of items`);
  return data.map((entry: unknown, index) => {
    const parsed = ServiceItemInputSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const code = typeof entry === 'object' && entry !== null && 'implementationCode' in entry ? ` (${String(entry.implementationCode)})` : '';
    throw new Error(`${source}: item ${index + 1}${code} is not a valid item:\n${z.prettifyError(parsed.error)}`);
  });
}

/** The seed catalog, every item parsed (defaults filled) by the same schema the API uses. */
export const SEED_CATALOG: ServiceItemInput[] = parseCatalogFile(readFileSync(SEED_CATALOG_FILE, 'utf8'), 'local/seed-catalog.json');
