/** What a 联办 co-department may read of a case before the lead department decides. */
import type { Principal } from '#domain/principal';
import type { CaseRecord } from './records';
import type { AuditEntry } from './transition';

/** A 联办 co-department's approver: not the lead department, one of the case's co-departments. */
function coDepartmentOf(principal: Principal, record: Pick<CaseRecord, 'department' | 'coDepartments'>): string | undefined {
  const own = principal.department;
  return principal.role === 'approver' && own && own !== record.department && record.coDepartments?.includes(own) ? own : undefined;
}

/**
 * 联办: until the lead department decides, a co-department sees the lead's file and its own opinion,
 * not another co-department's — each gives its view independently.
 */
export function opinionsVisibleTo<T extends Pick<CaseRecord, 'department' | 'coDepartments' | 'decision'> & { coOpinions?: { department: string }[] }>(
  principal: Principal,
  view: T,
): T {
  const own = coDepartmentOf(principal, view);
  if (!own || view.decision || !view.coOpinions) return view;
  return { ...view, coOpinions: view.coOpinions.filter((o) => o.department === own) };
}

/** The history lines a co-department may read before the decision: other co-departments' opinion lines are left out. */
export function historyVisibleTo<L extends Pick<AuditEntry, 'action' | 'details'>>(principal: Principal, record: CaseRecord, history: L[]): L[] {
  const own = coDepartmentOf(principal, record);
  if (!own || record.decision) return history;
  return history.filter((line) => {
    const department = line.details.department;
    const aboutOpinion = line.action === 'co_opinion' || (line.action === 'open_step' && line.details.step === 'co_opinion');
    return !aboutOpinion || department === own;
  });
}
