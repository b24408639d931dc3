import * as z from 'zod';
import { ITEM_TYPES, ServiceItemInputSchema, WINDOW_CATEGORIES } from '../../domain/item';
import { MAX_IMPORT_ROWS } from '../../domain/catalog-import';
import { ItemResponse, type RouteContract } from './shared';

const ItemCodePath = z.object({ itemCode: z.string().min(1).max(64) }).strict();

/** Catalog (事项清单) routes. */
export const ITEM_CONTRACT = {
  'POST /items': { body: ServiceItemInputSchema, status: 201, response: ItemResponse },
  'GET /items': {
    query: z
      .object({
        q: z.string().trim().min(1).max(200).optional().describe('Words (Chinese or codes), all must match: name, code, keyword, theme or department'),
        department: z.string().trim().min(1).max(100).optional().describe('Lead or co-implementing department, or part of its name'),
        windowCategory: z.enum(WINDOW_CATEGORIES).optional(),
        theme: z.string().trim().min(1).max(50).optional().describe('主题, or part of it'),
        itemType: z.enum(ITEM_TYPES).optional(),
        includeRetired: z
          .enum(['true', 'false'])
          .optional()
          .transform((v) => v === 'true')
          .describe('Also list retired items (default false)'),
      })
      .strict(),
    status: 200,
    response: z.object({ items: z.array(ItemResponse).describe('Best match first; without q, by name') }),
  },
  'GET /items/{itemCode}': { path: ItemCodePath, status: 200, response: ItemResponse },
  'GET /items/{itemCode}/versions/{version}': {
    path: z
      .object({
        itemCode: z.string().min(1).max(64),
        version: z
          .string()
          .regex(/^[1-9][0-9]{0,5}$/, 'A version is a whole number from 1.')
          .transform(Number),
      })
      .strict(),
    status: 200,
    response: ItemResponse,
  },
  'POST /items/import': {
    body: z
      .object({
        format: z.enum(['json', 'csv']),
        items: z
          .array(z.unknown())
          .min(1)
          .max(MAX_IMPORT_ROWS)
          .optional()
          .describe('format json: the items, each as POST /items takes it; each is checked and reported by its position (line) 1, 2, …'),
        content: z
          .string()
          .min(1)
          .optional()
          .describe(
            'format csv: the file as text. Header of field names; lists split by | or ；; booleans true/false, 1/0, 是/否; ' +
              'materials as code:name:required:originals:copies:form:deferrable entries split by | (see functions/domain/catalog-import.ts)',
          ),
      })
      .strict()
      .superRefine((body, ctx) => {
        if (body.format === 'json' && (body.items === undefined || body.content !== undefined)) {
          ctx.addIssue({ code: 'custom', path: ['items'], message: 'A JSON import sends the items in "items" (and no "content").' });
        }
        if (body.format === 'csv' && (body.content === undefined || body.items !== undefined)) {
          ctx.addIssue({ code: 'custom', path: ['content'], message: 'A CSV import sends the file text in "content" (and no "items").' });
        }
      }),
    status: 200,
    response: z.object({
      imported: z.number().int().describe('Items written as a new version'),
      unchanged: z.number().int().describe('Items identical to their current version, left as they were'),
      items: z.array(
        z.object({
          implementationCode: z.string(),
          version: z.number().int(),
          result: z.enum(['created', 'updated', 'unchanged']),
        }),
      ),
    }),
  },
  'POST /items/{itemCode}/retire': {
    path: ItemCodePath,
    body: z.object({ reason: z.string().trim().min(1).max(500).describe('Why the item is retired (e.g. 事项取消, 合并, 调整)') }).strict(),
    status: 200,
    response: ItemResponse,
  },
} satisfies Record<string, RouteContract>;
