import * as z from 'zod/mini';
import { ITEM_STATUSES, ITEM_TYPES, ServiceItemFieldsSchema, ServiceItemInputSchema, WINDOW_CATEGORIES } from '#domain/item';
import { MAX_IMPORT_ROWS } from '#domain/catalog-import';
import { BaseItemInputSchema } from '#domain/base-catalog';
import { line, type RouteContract } from './shared';

/** One version of a catalog item as the API returns it: the supervisor's fields plus the server's. */
export const ItemResponse = z.extend(ServiceItemFieldsSchema, {
  version: z.int(),
  createdAt: z.string(),
  createdBy: z.string(),
  status: z.enum(ITEM_STATUSES),
  retiredAt: z.optional(z.string()),
  retiredBy: z.optional(z.string()),
  retiredReason: z.optional(z.string()),
});

const itemCode = z.string().check(z.minLength(1), z.maxLength(64));
const ItemCodePath = z.strictObject({ itemCode });
const words = line;

/** Catalog (事项清单) routes. */
const BaseItemResponse = z.object({
  basicCode: z.string(),
  name: z.string(),
  itemType: z.enum(ITEM_TYPES),
  statutoryDays: z.int(),
  legalBasis: z.string(),
  version: z.int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const ITEM_CONTRACT = {
  'GET /base-items': { status: 200, response: z.object({ baseItems: z.array(BaseItemResponse) }) },
  'PUT /base-items/{basicCode}': {
    path: z.strictObject({ basicCode: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)) }),
    body: BaseItemInputSchema,
    status: 200,
    response: BaseItemResponse,
  },
  'POST /items': { body: ServiceItemInputSchema, status: 201, response: ItemResponse },
  'GET /items': {
    query: z.strictObject({
      q: z.optional(words(200)).check(z.describe('Words (Chinese or codes), all must match: name, code, keyword, theme or department')),
      department: z.optional(words(100)).check(z.describe('Lead or co-implementing department, or part of its name')),
      windowCategory: z.optional(z.enum(WINDOW_CATEGORIES)),
      theme: z.optional(words(50)).check(z.describe('主题, or part of it')),
      itemType: z.optional(z.enum(ITEM_TYPES)),
      includeRetired: z
        .pipe(
          z.optional(z.enum(['true', 'false'])),
          z.transform((v) => v === 'true'),
        )
        .check(z.describe('Also list retired items (default false)')),
    }),
    status: 200,
    response: z.object({ items: z.array(ItemResponse).check(z.describe('Best match first; without q, by name')) }),
  },
  'GET /items/{itemCode}': { path: ItemCodePath, status: 200, response: ItemResponse },
  'GET /items/{itemCode}/versions/{version}': {
    path: z.strictObject({
      itemCode,
      version: z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,5}$/, 'A version is a whole number from 1.')), z.transform(Number)),
    }),
    status: 200,
    response: ItemResponse,
  },
  'POST /items/import': {
    body: z
      .strictObject({
        format: z.enum(['json', 'csv']),
        items: z
          .optional(z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_IMPORT_ROWS)))
          .check(
            z.describe('format json: the items, each as POST /items takes it; each is checked and reported by its position (line) 1, 2, …'),
          ),
        content: z
          .optional(z.string().check(z.minLength(1)))
          .check(
            z.describe(
              'format csv: the file as text. Header of field names; lists split by | or ；; booleans true/false, 1/0, 是/否; ' +
                'materials as code:name:required:originals:copies:form:deferrable entries split by | (see functions/domain/catalog-import.ts)',
            ),
          ),
      })
      .check(
        z.superRefine((body, ctx) => {
          if (body.format === 'json' && (body.items === undefined || body.content !== undefined)) {
            ctx.addIssue({ code: 'custom', path: ['items'], message: 'JSON 导入请将事项放在 "items" 中（不要同时提供 "content"）。' });
          }
          if (body.format === 'csv' && (body.content === undefined || body.items !== undefined)) {
            ctx.addIssue({ code: 'custom', path: ['content'], message: 'CSV 导入请将文件内容放在 "content" 中（不要同时提供 "items"）。' });
          }
        }),
      ),
    status: 200,
    response: z.object({
      imported: z.int().check(z.describe('Items written as a new version')),
      unchanged: z.int().check(z.describe('Items identical to their current version, left as they were')),
      items: z.array(
        z.object({
          implementationCode: z.string(),
          version: z.int(),
          result: z.enum(['created', 'updated', 'unchanged']),
        }),
      ),
    }),
  },
  'POST /items/{itemCode}/retire': {
    path: ItemCodePath,
    body: z.strictObject({ reason: words(500).check(z.describe('Why the item is retired (e.g. 事项取消, 合并, 调整)')) }),
    status: 200,
    response: ItemResponse,
  },
} satisfies Record<string, RouteContract>;
