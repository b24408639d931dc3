import { CASE_STATES, UNDECIDED_STATES } from './case/lifecycle';
import type { CaseRecord } from './case/records';
import { chinaDay } from './days';

// What statistics (statistics.ts) read of each case, kept beside the case on every change (case repository).

/**
 * States in which a case no longer awaits a decision (办结, 不予受理, 撤回 and everything after the
 * decision): all but the lifecycle's undecided ones. A state this code has never heard of counts as open.
 */
export const SETTLED_STATES: readonly string[] = CASE_STATES.filter((s) => !UNDECIDED_STATES.includes(s));

export function isOpen(state: string): boolean {
  return !SETTLED_STATES.includes(state);
}

/** What statistics read of a case: a small projection, so a range reads little. */
export type CaseFacts = Pick<
  CaseRecord,
  | 'caseNumber'
  | 'centre'
  | 'department'
  | 'itemCode'
  | 'itemName'
  | 'receivedAt'
  | 'promisedBy'
  | 'provisional'
  | 'forwardedAt'
  | 'forwarding'
> & {
  state: string;
  acceptance?: { acceptedOn: string; acceptedAt: string; deemed: boolean };
  pauses?: { kind: string; reason: string; startedAt: string; endedAt?: string; pausedWorkingDays?: number }[];
  extension?: { days: number };
  decision?: { outcome: string; decidedAt: string };
};

export function caseFacts(record: CaseRecord): CaseFacts {
  const facts: CaseFacts = {
    caseNumber: record.caseNumber,
    centre: record.centre,
    department: record.department,
    itemCode: record.itemCode,
    itemName: record.itemName,
    state: record.state,
    receivedAt: record.receivedAt,
    promisedBy: record.promisedBy,
    provisional: record.provisional,
    acceptance: record.acceptance,
    pauses: record.pauses,
    extension: record.extension,
    forwardedAt: record.forwardedAt,
    forwarding: record.forwarding,
    decision: record.decision && { outcome: record.decision.outcome, decidedAt: record.decision.decidedAt },
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as CaseFacts;
}

/** The China-local day of an ISO instant. */
export const dayOf = (iso: string) => chinaDay(new Date(iso));

/**
 * The day a settled case is filed under, undefined while it is open: the decision day once decided,
 * otherwise the day it settled (撤回, 不予受理). Never before its decision or forwarding, so the
 * months from a range's first day to today hold every case decided or forwarded in it.
 */
export function settledOn(facts: CaseFacts, writtenAt: string): string | undefined {
  if (isOpen(facts.state)) return undefined;
  return facts.decision ? dayOf(facts.decision.decidedAt) : dayOf(writtenAt);
}
