import * as z from 'zod';
import type { RouteContract } from './shared';

const draftId = z.object({ draftId: z.string().uuid() });

/**
 * The intake form as far as the clerk got: the fields of POST /cases, each optional and only
 * loosely checked — formal review happens when the case is registered.
 */
const DraftForm = z
  .object({
    itemCode: z.string().max(64),
    applicant: z
      .object({ kind: z.enum(['person', 'legal_person']), name: z.string().max(100), idNumber: z.string().max(18), phone: z.string().max(20) })
      .partial()
      .strict(),
    channel: z.enum(['window', 'online', 'county_system']),
    materials: z.array(z.object({ code: z.string().max(64), uploadId: z.string().max(64) }).strict()).max(100),
    defects: z.array(z.object({ code: z.string().max(64), reason: z.string().max(500) }).strict()).max(100),
    deferral: z.object({ materials: z.array(z.string().max(64)).max(50), commitment: z.string().max(2000), dueDate: z.string().max(10) }).partial().strict(),
    note: z.string().max(2000),
  })
  .partial()
  .strict();

const DraftView = z.object({
  draftId: z.string(),
  label: z.string(),
  form: DraftForm,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
});

const label = z.string().trim().min(1).max(100);

/** 暂存 routes: a clerk's own unfinished intakes. */
export const DRAFT_CONTRACT = {
  'POST /drafts': { body: z.object({ label: label.optional(), form: DraftForm }).strict(), status: 201, response: DraftView },
  'GET /drafts': { status: 200, response: z.object({ drafts: z.array(DraftView) }) },
  'GET /drafts/{draftId}': { path: draftId, status: 200, response: DraftView },
  'PUT /drafts/{draftId}': {
    path: draftId,
    body: z.object({ label: label.optional(), form: DraftForm, version: z.number().int().min(1) }).strict(),
    status: 200,
    response: DraftView,
  },
  'DELETE /drafts/{draftId}': { path: draftId, status: 204, response: z.null() },
} satisfies Record<string, RouteContract>;
