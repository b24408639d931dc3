/**
 * 办件查询 (case search) for clerks, approvers and supervisors: which listing a search reads, and
 * which cases it keeps. Plain rules; the repository owns the listings' keys.
 */
import { departmentScope, type Caller } from './access-policy';
import type { CaseState } from './case/lifecycle';
import type { CaseRecord } from './case/records';
import { badRequest } from './errors';
import { isValidCitizenId } from './identity';

export type SearchLight = 'yellow' | 'red';

/** What the caller asked for. The applicant's name and identity number travel in the body only. */
export interface CaseSearchFilters {
  caseNumber?: string;
  applicant?: { name?: string; idNumber?: string; kind?: 'person' | 'legal_person' };
  itemCode?: string;
  department?: string;
  state?: CaseState;
  /** China-local days, both included. */
  receivedFrom?: string;
  receivedTo?: string;
  /** 电子监察 light. */
  light?: SearchLight;
}

/** The filters once the access policy has scoped them: the caller's centre, an approver's department. */
export interface ScopedSearch extends Omit<CaseSearchFilters, 'applicant'> {
  centre: string;
  /** Received at or after (ISO instant), before (ISO instant, exclusive). */
  receivedRange?: { from?: string; before?: string };
}

/**
 * The listing a search reads, the most selective first: one case by number; the applicant's cases
 * (identity number, then name); the cases with a light; a department's queue in one state; one state
 * across the centre (every department's queue in that state, nearest deadline first); else the centre's
 * cases by the time received. The rest of the filters are checked on each case read.
 */
export type SearchSource =
  | { kind: 'case_number'; caseNumber: string }
  | { kind: 'applicant' }
  | { kind: 'name' }
  | { kind: 'light'; level: SearchLight }
  | { kind: 'queue'; department: string; state: CaseState }
  | { kind: 'state'; state: CaseState }
  | { kind: 'received' };

export function searchSource(filters: CaseSearchFilters, scoped: ScopedSearch): SearchSource {
  if (scoped.caseNumber) return { kind: 'case_number', caseNumber: scoped.caseNumber };
  if (filters.applicant?.idNumber) return { kind: 'applicant' };
  if (filters.applicant?.name) return { kind: 'name' };
  if (scoped.light) return { kind: 'light', level: scoped.light };
  if (scoped.department && scoped.state) return { kind: 'queue', department: scoped.department, state: scoped.state };
  // A state alone: a few cases in each department's queue beat walking the whole centre's listing for them.
  if (scoped.state && !scoped.itemCode && !scoped.receivedRange) return { kind: 'state', state: scoped.state };
  return { kind: 'received' };
}

/** The start of a China-local day as an ISO instant (China has no daylight saving time). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const nextDayStart = (day: string) => new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();

/** The caller's search, scoped: approvers search their own department's cases (lead or co-department) only. */
export function scopeSearch(caller: Caller & { centre: string }, filters: CaseSearchFilters): ScopedSearch {
  const { applicant: _applicant, ...rest } = filters;
  if (filters.receivedFrom && filters.receivedTo && filters.receivedFrom > filters.receivedTo) {
    throw badRequest('invalid_range', `The range starts (${filters.receivedFrom}) after it ends (${filters.receivedTo}).`, {
      from: filters.receivedFrom,
      to: filters.receivedTo,
    });
  }
  const department = departmentScope(caller, filters.department, 'cases', true);
  const receivedRange =
    filters.receivedFrom || filters.receivedTo
      ? {
          from: filters.receivedFrom ? dayStart(filters.receivedFrom) : undefined,
          before: filters.receivedTo ? nextDayStart(filters.receivedTo) : undefined,
        }
      : undefined;
  return { ...rest, centre: caller.centre, department, receivedRange };
}

/** 自然人 or 法人 by the number, unless the caller said: a valid 居民身份证号 is a person's. */
export function applicantKindOf(applicant: NonNullable<CaseSearchFilters['applicant']>): 'person' | 'legal_person' {
  return applicant.kind ?? (applicant.idNumber && isValidCitizenId(applicant.idNumber) ? 'person' : 'legal_person');
}

type Searchable = Pick<CaseRecord, 'caseNumber' | 'centre' | 'department' | 'coDepartments' | 'itemCode' | 'state' | 'receivedAt'>;

/** Whether a case read from a listing is one the search asked for (and the caller may see). */
export function matchesSearch(record: Searchable, search: ScopedSearch, light: SearchLight | undefined): boolean {
  if (record.centre !== search.centre) return false;
  if (search.caseNumber && record.caseNumber !== search.caseNumber) return false;
  if (search.department && record.department !== search.department && !record.coDepartments?.includes(search.department)) return false;
  if (search.itemCode && record.itemCode !== search.itemCode) return false;
  if (search.state && record.state !== search.state) return false;
  if (search.receivedRange?.from && record.receivedAt < search.receivedRange.from) return false;
  if (search.receivedRange?.before && record.receivedAt >= search.receivedRange.before) return false;
  if (search.light && light !== search.light) return false;
  return true;
}
