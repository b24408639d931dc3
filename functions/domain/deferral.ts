import { advance, type Transition } from './case/transition';
import { WORKFLOW_ACTOR, type Actor } from './case/actor';
import type { CaseMaterial, DeferredMaterial, MissedCommitment } from './case/application';
import type { CaseRecord } from './case/records';
import { chinaDay } from './calendar';
import { conflict, unprocessable } from './errors';

/**
 * 容缺 followed up (容缺受理后的跟踪): each deferred material has its due day; the applicant brings it to
 * any window; a due day passed is recorded as a missed commitment (容缺承诺未履行), which raises a
 * supervision warning and lets supervisors set a credit flag; the item's rule then ends the case
 * (终止办理) or lets it wait. Approval waits for every deferred material (case/decision.ts, decideCase).
 */

/** The supervision flag of a case whose deferred material was not brought by its due day. */
export const DEFERRAL_OVERDUE = 'deferral_overdue';

/** The refusal when a case owes no deferred material (none deferred, or all brought). */
export const nothingOwed = (caseNumber: string) => conflict('no_deferred_material', `办件${caseNumber}没有待补交的容缺材料。`, { caseNumber });

/** Deferred materials still outstanding after their due day. */
export function overdueDeferred(record: Pick<CaseRecord, 'deferred'>, today: string): (DeferredMaterial & { dueDate: string })[] {
  return outstandingDeferred(record).filter((m) => m.dueDate < today);
}

/**
 * 容缺材料补交: the applicant brings deferred materials (checked like any scan by the caller). Each must
 * be one the case still owes; brought after its due day it is kept and marked late.
 */
export function bringDeferred(current: CaseRecord, supplied: CaseMaterial[], actor: Actor, at: Date): Transition {
  const deferral = current.deferred;
  const outstanding = new Map(outstandingDeferred(current).map((m) => [m.code, m]));
  if (!deferral || outstanding.size === 0) throw nothingOwed(current.caseNumber);
  const problems = supplied
    .filter((m) => !outstanding.has(m.code))
    .map((m) => ({ code: m.code, problem: `材料${m.code}不是本办件待补交的容缺材料。` }));
  if (problems.length > 0) {
    throw unprocessable('not_deferred', `${problems.length}项材料不是本办件待补交的容缺材料；待补交的是：${[...outstanding.values()].map((m) => `「${m.name}」`).join('、')}。`, {
      caseNumber: current.caseNumber,
      problems,
    });
  }
  const today = chinaDay(at);
  const byCode = new Map(supplied.map((m) => [m.code, m]));
  const materials: DeferredMaterial[] = deferral.materials.map((m) =>
    byCode.has(m.code) && !m.broughtAt
      ? { ...m, dueDate: m.dueDate ?? deferral.dueDate, broughtAt: at.toISOString(), broughtBy: actor, ...((m.dueDate ?? deferral.dueDate) < today ? { late: true } : {}) }
      : m,
  );
  const remaining = materials.filter((m) => !m.broughtAt).map((m) => m.code);
  return advance(
    current,
    'bring_deferred',
    current.state,
    { materials: [...current.materials, ...supplied], deferred: { ...deferral, materials } },
    actor,
    at,
    { materials: supplied.map((m) => ({ code: m.code, sha256: m.sha256 })), outstanding: remaining },
  );
}

/**
 * 容缺承诺未履行: the due day of deferred materials passed. Recorded once per material with the case
 * flagged (a CaseWarning for the department and supervisors, from the audit line's flags).
 */
export function missDeferral(current: CaseRecord, at: Date): Transition {
  const deferral = current.deferred;
  const already = new Set(deferral?.missed?.materials.map((m) => m.code) ?? []);
  const newly = overdueDeferred(current, chinaDay(at)).filter((m) => !already.has(m.code));
  if (!deferral || newly.length === 0) {
    throw conflict('not_due', `办件${current.caseNumber}没有逾期未补交的容缺材料。`, { caseNumber: current.caseNumber });
  }
  const missed: MissedCommitment = {
    recordedAt: deferral.missed?.recordedAt ?? at.toISOString(),
    materials: [...(deferral.missed?.materials ?? []), ...newly.map(({ code, name, dueDate }) => ({ code, name, dueDate }))],
  };
  return advance(
    current,
    'miss_deferral',
    current.state,
    { deferred: { ...deferral, missed }, flags: [...new Set([...(current.flags ?? []), DEFERRAL_OVERDUE])] },
    WORKFLOW_ACTOR,
    at,
    { materials: newly.map(({ code, name, dueDate }) => ({ code, name, dueDate })), rule: deferral.onLapse ?? 'wait', flags: [DEFERRAL_OVERDUE] },
  );
}

/** Whether the item's rule ends this case now: it terminates on a missed commitment, and one is recorded and still outstanding. */
export function terminationDue(record: CaseRecord, today: string): boolean {
  return record.deferred?.onLapse === 'terminate' && Boolean(record.deferred.missed) && overdueDeferred(record, today).length > 0;
}

/** 终止办理 (容缺承诺未履行): the county's rule ends the case; its execution is stopped and the applicant told. */
export function terminateForMissedDeferral(current: CaseRecord, at: Date): Transition {
  const overdue = overdueDeferred(current, chinaDay(at));
  if (!terminationDue(current, chinaDay(at))) {
    throw conflict('not_terminable', `办件${current.caseNumber}不符合因容缺承诺未履行而终止办理的条件。`, { caseNumber: current.caseNumber });
  }
  const reason = `容缺承诺未履行：${overdue.map((m) => `「${m.name}」未在${m.dueDate}前补交`).join('，')}，终止办理`;
  return advance(
    current,
    'terminate',
    'terminated',
    { termination: { reason, terminatedAt: at.toISOString(), recordedBy: WORKFLOW_ACTOR }, pendingTask: undefined },
    WORKFLOW_ACTOR,
    at,
    { reason, materials: overdue.map((m) => m.code) },
  );
}

/** 容缺 materials not brought yet, with their due days. */
export function outstandingDeferred(record: Pick<CaseRecord, 'deferred'>): (DeferredMaterial & { dueDate: string })[] {
  const deferral = record.deferred;
  if (!deferral) return [];
  return deferral.materials.filter((m) => !m.broughtAt).map((m) => ({ ...m, dueDate: m.dueDate ?? deferral.dueDate }));
}

/** 准予 waits for every 容缺 material: the commitment must be kept before the permit is granted. */
export function assertNoDeferredOutstanding(record: CaseRecord): void {
  const outstanding = outstandingDeferred(record);
  if (outstanding.length === 0) return;
  const names = outstanding.map((m) => `「${m.name}」（补交期限${m.dueDate}）`).join('、');
  throw conflict('deferred_material_outstanding', `容缺材料${names}尚未补交，不能作出准予决定。请申请人补交后再审批，或作出不予决定。`, {
    caseNumber: record.caseNumber,
    materials: outstanding.map((m) => ({ code: m.code, name: m.name, dueDate: m.dueDate })),
  });
}
