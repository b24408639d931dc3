import * as z from 'zod/mini';
import { day, line, loose, type RouteContract } from './shared';

const draftId = z.object({ draftId: z.uuid() });

/** Loosely checked (a draft may be half-typed), but never with hidden characters. */
const max = (n: number) => loose(n, n > 200);

/**
 * The intake form as far as the clerk got: the fields of POST /cases, each optional and only
 * loosely checked — formal review happens when the case is registered.
 */
const DraftForm = z.partial(
  z.strictObject({
    itemCode: max(64),
    applicant: z.partial(z.strictObject({ kind: z.enum(['person', 'legal_person']), name: max(100), idNumber: max(18), phone: max(20) })),
    channel: z.enum(['window', 'online', 'county_system']),
    materials: z.array(z.strictObject({ code: max(64), uploadId: max(64) })).check(z.maxLength(100)),
    defects: z.array(z.strictObject({ code: max(64), reason: max(500) })).check(z.maxLength(100)),
    deferral: z.partial(z.strictObject({ materials: z.array(max(64)).check(z.maxLength(50)), commitment: max(2000), dueDate: day })),
    note: max(2000),
  }),
);

const DraftView = z.object({
  draftId: z.string(),
  label: z.string(),
  form: DraftForm,
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
});

const label = line(100);

/** 暂存 routes: a clerk's own unfinished intakes. */
export const DRAFT_CONTRACT = {
  'POST /drafts': { body: z.strictObject({ label: z.optional(label), form: DraftForm }), status: 201, response: DraftView },
  'GET /drafts': { status: 200, response: z.object({ drafts: z.array(DraftView) }) },
  'GET /drafts/{draftId}': { path: draftId, status: 200, response: DraftView },
  'PUT /drafts/{draftId}': {
    path: draftId,
    body: z.strictObject({ label: z.optional(label), form: DraftForm, version: z.int().check(z.minimum(1)) }),
    status: 200,
    response: DraftView,
  },
  'DELETE /drafts/{draftId}': { path: draftId, status: 204, response: z.null() },
} satisfies Record<string, RouteContract>;
