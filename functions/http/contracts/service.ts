import * as z from 'zod/mini';
import '#domain/zod-locale';
import type { RouteContract } from './shared';

/** Liveness, with each engine's state. */
export const HEALTH_CONTRACT = {
  'GET /health': {
    status: 200,
    // 503 with status "unavailable" while any engine is down.
    response: z.object({
      status: z.enum(['ok', 'unavailable']),
      time: z.string(),
      engines: z.record(z.string(), z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.optional(z.string()) })),
    }),
  },
} satisfies Record<string, RouteContract>;

/** The API document. */
export const OPENAPI_CONTRACT = {
  'GET /openapi.json': { status: 200, response: z.looseObject({ openapi: z.string() }) },
} satisfies Record<string, RouteContract>;
