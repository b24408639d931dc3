import * as z from 'zod';
import { ITEM_STATUSES, ServiceItemFieldsSchema } from '../../domain/item';

/** What a route takes and answers; `functions/http/schemas.ts` gathers every area's contracts. */
export interface RouteContract {
  body?: z.ZodType;
  query?: z.ZodType;
  path?: z.ZodType;
  status: number;
  response: z.ZodType;
  /** Media type of a non-JSON success body (e.g. a notice PDF); JSON otherwise. */
  responseContentType?: string;
}

/** One version of a catalog item as the API returns it: the supervisor's fields plus the server's. */
export const ItemResponse = ServiceItemFieldsSchema.extend({
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  status: z.enum(ITEM_STATUSES),
  retiredAt: z.string().optional(),
  retiredBy: z.string().optional(),
  retiredReason: z.string().optional(),
});
