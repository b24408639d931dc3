import { maskIdNumber } from './identity';
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

type Form = Record<string, unknown>;
const applicantOf = (form: Form) =>
  form.applicant && typeof form.applicant === 'object' ? (form.applicant as Record<string, unknown>) : undefined;

/**
 * The form as the API shows it: the identity number masked (110***********002X), as everywhere but
 * GET /cases/{n}/personal-data. The clerk has the document in hand when resuming.
 */
export function formView(form: Form): Form {
  const applicant = applicantOf(form);
  if (typeof applicant?.idNumber !== 'string') return form;
  return { ...form, applicant: { ...applicant, idNumber: maskIdNumber(applicant.idNumber) } };
}

/**
 * The form to store on an update: a form sent back with the masked identity number it was shown
 * keeps the full number already stored; any other masked value (it is no number) is dropped.
 */
export function formToStore(previous: Form, next: Form): Form {
  const applicant = applicantOf(next);
  const sent = applicant?.idNumber;
  if (typeof sent !== 'string' || !sent.includes('*')) return next;
  const stored = applicantOf(previous)?.idNumber;
  const { idNumber: _masked, ...rest } = applicant!;
  return { ...next, applicant: typeof stored === 'string' && maskIdNumber(stored) === sent ? { ...rest, idNumber: stored } : rest };
}

/** As stored: the form holds personal data (names, identity numbers), so it is kept sealed. */
export type StoredDraft = Omit<Draft, 'form'> & { sealedForm: Sealed };
