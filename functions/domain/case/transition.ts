/** A transition: the new record and its audit line, written together (every transition is audited). */
import type { Actor } from './actor';
import { assertTransition, type CaseAction, type CaseState } from './lifecycle';
import type { CaseRecord } from './records';

/** One append-only audit line (who, role, when, action, result). */
export interface AuditEntry {
  caseNumber: string;
  seq: number;
  at: string;
  action: CaseAction;
  fromState: CaseState | null;
  toState: CaseState;
  /** `reverted`: the transition was undone because the workflow could not take it (see details.reason). */
  result: 'ok' | 'reverted';
  actor: Actor;
  department: string;
  itemCode: string;
  details: Record<string, unknown>;
}

export interface Transition {
  record: CaseRecord;
  audit: AuditEntry;
}

export function advance(
  current: CaseRecord,
  action: CaseAction,
  to: CaseState,
  patch: Partial<CaseRecord>,
  actor: Actor,
  at: Date,
  details: Record<string, unknown> = {},
): Transition {
  assertTransition(action, current.state, to, current.caseNumber);
  const record: CaseRecord = { ...current, ...patch, state: to, version: current.version + 1 };
  return { record, audit: auditFor(record, action, current.state, actor, at, details) };
}

export function auditFor(
  record: CaseRecord,
  action: CaseAction,
  fromState: CaseState | null,
  actor: Actor,
  at: Date,
  details: Record<string, unknown>,
): AuditEntry {
  return {
    caseNumber: record.caseNumber,
    seq: record.version,
    at: at.toISOString(),
    action,
    fromState,
    toState: record.state,
    result: 'ok',
    actor,
    department: record.department,
    itemCode: record.itemCode,
    details,
  };
}

/**
 * Undoes a saved transition the workflow refused (its execution was no longer waiting): the case
 * returns to its earlier content, and the audit trail says so rather than forgetting either line.
 */
export function revertTransition(before: CaseRecord, applied: Transition, reason: string, at: Date): Transition {
  const record: CaseRecord = { ...before, version: applied.record.version + 1 };
  return {
    record,
    audit: {
      ...auditFor(record, applied.audit.action, applied.record.state, applied.audit.actor, at, { reason }),
      result: 'reverted',
    },
  };
}
