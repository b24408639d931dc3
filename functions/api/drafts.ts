import { randomUUID } from 'node:crypto';
import { DRAFT_LIFETIME_DAYS, formToStore, formView, newDraft, updateDraft, type Draft } from '#domain/draft';
import { conflict, notFound } from '#domain/errors';
import { httpHandler } from '#http/handler';
import { DRAFTS_ROUTES } from '#manifest';
import { DRAFT_CONTRACT } from '#http/contracts/drafts';
import { deleteDraft } from '#repositories/draft-repository';
import { listOwnDrafts, loadDraft as load, storeDraft as store } from '#services/draft-service';

/** What the clerk sees: never the full identity number (only GET /cases/{n}/personal-data shows it). */
const view = ({ owner: _owner, form, ...rest }: Draft) => ({ ...rest, form: formView(form) });

const missing = (draftId: string) =>
  notFound('draft_not_found', `There is no saved intake ${draftId} of yours (drafts expire after ${DRAFT_LIFETIME_DAYS} days).`, {
    draftId,
  });

export const handler = httpHandler(DRAFTS_ROUTES, DRAFT_CONTRACT, {
  'POST /drafts': async ({ body, principal, now }) => {
    const form = formToStore({}, body.form);
    const draft = newDraft(randomUUID(), principal.subject, body.label ?? String(form.itemCode ?? '未命名'), form, now);
    await store(draft);
    return { status: 201, body: view(draft), headers: { location: `/drafts/${draft.draftId}` } };
  },
  'GET /drafts': async ({ principal }) => {
    const drafts = await listOwnDrafts(principal.subject);
    return { body: { drafts: drafts.map(view) } };
  },
  'GET /drafts/{draftId}': async ({ path, principal }) => {
    const draft = await load(principal.subject, path.draftId);
    if (!draft) throw missing(path.draftId);
    return { body: view(draft) };
  },
  'PUT /drafts/{draftId}': async ({ path, body, principal, now }) => {
    const current = await load(principal.subject, path.draftId);
    if (!current) throw missing(path.draftId);
    if (current.version !== body.version) {
      throw conflict('draft_changed', 'This draft was saved from another window meanwhile. Reload it first.', {
        draftId: path.draftId,
        version: current.version,
      });
    }
    const next = updateDraft(current, body.label, formToStore(current.form, body.form), now);
    await store(next);
    return { body: view(next) };
  },
  'DELETE /drafts/{draftId}': async ({ path, principal }) => {
    if (!(await deleteDraft(principal.subject, path.draftId))) throw missing(path.draftId);
    return { status: 204, body: undefined };
  },
});
