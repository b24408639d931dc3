import { open, seal } from '#adapters/personal-data-sealing';
import type { Draft, StoredDraft } from '#domain/draft';
import { getDraft, listDrafts, saveDraft } from '#repositories/draft-repository';

/** 暂存: a clerk's unfinished intake, its form (identity numbers included) kept sealed like a case's personal data. */
export async function storeDraft(draft: Draft): Promise<void> {
  const { form, ...rest } = draft;
  await saveDraft({ ...rest, sealedForm: await seal(form) });
}

const opened = async ({ sealedForm, ...rest }: StoredDraft): Promise<Draft> => ({
  ...rest,
  form: await open<Record<string, unknown>>(sealedForm),
});

/** One of the clerk's own drafts, opened; undefined when there is none (or it expired). */
export async function loadDraft(owner: string, draftId: string): Promise<Draft | undefined> {
  const stored = await getDraft(owner, draftId);
  return stored && opened(stored);
}

/** The clerk's own drafts, opened. */
export async function listOwnDrafts(owner: string): Promise<Draft[]> {
  return Promise.all((await listDrafts(owner)).map(opened));
}
