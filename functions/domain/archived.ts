import type { Actor } from './case/actor';
import type { AuditEntry } from './case/transition';
import type { CaseRecord } from './case/records';
import { conflict } from './errors';

/**
 * An archived case never changes (GB/T 42727; see domain/archive.ts): the refusal and its record.
 * Apart from archive.ts because the case repository, which every function loads, needs only this.
 */

/** A change refused because the case is archived: kept with the case, listed with its package. */
export interface RefusedChange {
  caseNumber: string;
  at: string;
  action: string;
  /** The state the change would have put the case in. */
  attemptedState: string;
  actor: Actor;
  packageKey: string;
}

/** What was attempted: the audit line the change would have written, or at least its action and actor. */
export type Attempt = Pick<AuditEntry, 'caseNumber' | 'actor'> & { action: string; toState: string };

export function refusedChange(archived: NonNullable<CaseRecord['archived']>, attempt: Attempt, at: Date): RefusedChange {
  return { caseNumber: attempt.caseNumber, at: at.toISOString(), action: attempt.action, attemptedState: attempt.toState, actor: attempt.actor, packageKey: archived.packageKey };
}

export function archivedError(caseNumber: string, archived: NonNullable<CaseRecord['archived']>) {
  return conflict(
    'archived',
    `Case ${caseNumber} was archived on ${archived.at.slice(0, 10)} (GB/T 42727); an archived case cannot be changed. The attempt was recorded.`,
    { caseNumber, archivedAt: archived.at, packageKey: archived.packageKey },
  );
}
