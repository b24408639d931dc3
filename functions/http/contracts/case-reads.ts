import * as z from 'zod/mini';
import '#domain/zod-locale';
import { CASE_STATES } from '#domain/case/lifecycle';
import { code } from './case-fields';
import { AuditLine, CaseView } from './case-view';
import { caseNumber, type RouteContract } from './shared';

/** A case with its history, a material's download, the output desk and the department's queue. */
export const CASE_READ_CONTRACT = {
  'GET /cases/{caseNumber}': {
    path: z.object({ caseNumber }),
    status: 200,
    response: z.extend(CaseView, { history: z.array(AuditLine) }),
  },
  'GET /cases/{caseNumber}/materials/{code}': {
    path: z.object({ caseNumber, code }),
    status: 200,
    response: z.object({
      code: z.string(),
      name: z.string(),
      contentType: z.string(),
      sha256: z.string(),
      url: z.string(),
      expiresAt: z.string(),
    }),
  },
  'GET /output-desk': {
    query: z.strictObject({ state: z.optional(z.enum(['approved', 'denied', 'not_accepted', 'result_ready', 'mailed'])) }),
    status: 200,
    response: z.object({ cases: z.array(CaseView), truncated: z.boolean() }),
  },
  'GET /queue': {
    query: z.strictObject({
      state: z.optional(z.enum(CASE_STATES)),
      department: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
      itemCode: z.optional(code),
      /** 电子监察 light: only cases near (yellow) or past (red) their promised deadline. */
      warning: z.optional(z.enum(['yellow', 'red'])),
      /** 联办: co_opinion lists the joint cases waiting for this department's opinion (its 待办), with the step deadline. */
      task: z.optional(z.enum(['co_opinion'])),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2000))),
    }),
    status: 200,
    response: z.object({
      department: z.string(),
      cases: z.array(
        z.extend(CaseView, {
          /** With task=co_opinion: this department's task, since when, its limit and the day it is due. */
          coOpinionTask: z.optional(
            z.object({ department: z.string(), since: z.string(), limitDays: z.int(), dueOn: z.optional(z.string()) }),
          ),
        }),
      ),
      nextCursor: z.optional(z.string()),
    }),
  },
} satisfies Record<string, RouteContract>;
