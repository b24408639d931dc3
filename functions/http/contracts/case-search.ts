import * as z from 'zod/mini';
import '#domain/zod-locale';
import { CASE_STATES } from '#domain/case/lifecycle';
import { caseNumber, day, line, type RouteContract } from './shared';

const light = z.enum(['yellow', 'red']);

/** 办件查询: the filters travel in the body, so a name or identity number never lands in a URL or an access log. */
export const CASE_SEARCH_CONTRACT = {
  'POST /cases/search': {
    body: z.strictObject({
      caseNumber: z.optional(caseNumber),
      /** The applicant: full name and/or identity number (居民身份证号 / 统一社会信用代码); matched by keyed hash, never stored. */
      applicant: z.optional(
        z.strictObject({
          name: z.optional(line(100)),
          idNumber: z.optional(z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18))),
          /** Absent: a valid 居民身份证号 is a person's, anything else a legal person's. */
          kind: z.optional(z.enum(['person', 'legal_person'])),
        }),
      ),
      itemCode: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      department: z.optional(line(100)),
      state: z.optional(z.enum(CASE_STATES)),
      /** China-local days, both included. */
      receivedFrom: z.optional(day),
      receivedTo: z.optional(day),
      /** 电子监察 light. */
      light: z.optional(light),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(100)), 20),
      cursor: z.optional(z.string().check(z.maxLength(2000))),
    }),
    status: 200,
    response: z.object({
      cases: z.array(
        z.object({
          caseNumber: z.string(),
          itemCode: z.string(),
          itemName: z.string(),
          department: z.string(),
          coDepartments: z.optional(z.array(z.string())),
          /** Masked: a person's name and every identity number. */
          applicant: z.object({ kind: z.enum(['person', 'legal_person']), name: z.string(), idNumberMasked: z.string() }),
          state: z.enum(CASE_STATES),
          receivedAt: z.string(),
          promisedBy: z.optional(z.string()),
          light: z.optional(light),
        }),
      ),
      /** Rows looked at for this page: a sparse search may answer a short page with a cursor to go on. */
      examined: z.int(),
      nextCursor: z.optional(z.string()),
    }),
  },
} satisfies Record<string, RouteContract>;
