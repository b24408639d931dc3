import type { Sealed } from './personal-data';

/** 暂存: an intake a clerk saved unfinished, to resume without typing the applicant's data again. */
export interface Draft {
  draftId: string;
  owner: string;
  label: string;
  /** The intake form as far as it was filled in (the body of POST /cases, every field optional). */
  form: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Drafts are working notes, not records: they expire. */
  expiresAt: string;
}

export const DRAFT_LIFETIME_DAYS = 7;

export function newDraft(draftId: string, owner: string, label: string, form: Record<string, unknown>, at: Date): Draft {
  return {
    draftId,
    owner,
    label,
    form,
    version: 1,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + DRAFT_LIFETIME_DAYS * 86_400_000).toISOString(),
  };
}

export function updateDraft(current: Draft, label: string | undefined, form: Record<string, unknown>, at: Date): Draft {
  return {
    ...current,
    label: label ?? current.label,
    form,
    version: current.version + 1,
    updatedAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + DRAFT_LIFETIME_DAYS * 86_400_000).toISOString(),
  };
}

/** As stored: the form holds personal data (names, identity numbers), so it is kept sealed. */
export type StoredDraft = Omit<Draft, 'form'> & { sealedForm: Sealed };
