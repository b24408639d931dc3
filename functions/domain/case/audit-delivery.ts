/**
 * How a case's audit line reaches the audit trail. Most lines are written in the transaction that
 * changes the case. A line that no stream function acts on (it is published to no one, issues no
 * notice or SMS, starts, stops or resumes no execution) may instead ride on the case's head item and
 * be written out from the table's stream after it (at least once, idempotent by its key): the head
 * write is then one plain conditional write instead of a transaction of two items. Such a line being
 * written out later than the lines after it cannot reorder what the stream functions see.
 */
import type { AuditEntry } from './transition';

/** Whether the line may be written out after the head that carries it: the workflow opening its next wait (待办). */
export function mayRideOnHead(audit: Pick<AuditEntry, 'action'>): boolean {
  return audit.action === 'open_step';
}
