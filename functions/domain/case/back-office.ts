/**
 * 后台审批 up to the decision: review (受理, 不予受理, 补正), the clock (特别程序, 延长审批, a recount when a
 * year's holidays are loaded) and AB岗 reassignment. The decision itself is in decision.ts.
 */
import { chinaDay, type WorkingCalendar } from '#domain/calendar';
import { acceptanceDay, caseClock, CORRECTION_WINDOW_DAYS, latestCorrectionDue, pausedDays, reviewDueOn, reviewPeriodPassed, STATUTORY_EXTENSION_DAYS, type CaseClock } from '#domain/deadline';
import { conflict, unprocessable } from '#domain/errors';
import { REFUSAL_WITHOUT_REASON, refusalWithoutReason } from '#domain/supervision';
import { WORKFLOW_ACTOR, type Actor } from './actor';
import type { CaseMaterial, MaterialProblem } from './application';
import { assertTransition } from './lifecycle';
import type { Acceptance, Assignee, CaseRecord, Extension, Pause, Refusal, SpecialProcedureKind, SupplementRequest } from './records';
import { advance, type Transition } from './transition';

/** Who acts: when an approver acts on a case assigned to another (AB岗, B post), the audit line says for whom. */
export function actingDetails(current: CaseRecord, actor: Actor): Record<string, unknown> {
  return current.assignee && current.assignee.subject !== actor.subject && actor.role === 'approver'
    ? { actingFor: { subject: current.assignee.subject, name: current.assignee.name } }
    : {};
}

/** 受理: the clock starts (from receipt if the review took longer than 5 working days); the reviewing approver takes the case. */
export function acceptCase(current: CaseRecord, calendar: WorkingCalendar, actor: Actor, at: Date): Transition {
  const { acceptedOn, deemed } = acceptanceDay(calendar, current, chinaDay(at));
  const acceptance: Acceptance = { acceptedOn, acceptedAt: at.toISOString(), deemed, acceptedBy: actor };
  const assignee = current.assignee ?? { subject: actor.subject, name: actor.name, since: at.toISOString(), assignedBy: actor };
  const clock = caseClock(calendar, { ...current, acceptance });
  return advance(current, 'accept', 'accepted', { acceptance, assignee, ...clock, pendingTask: undefined }, actor, at, {
    acceptedOn,
    deemed,
    ...clockDetails(clock),
    ...actingDetails(current, actor),
  });
}

/** The deadline as an audit line records it: the day, and that it is provisional when it is. */
function clockDetails(clock: CaseClock): Record<string, unknown> {
  return { promisedBy: clock.promisedBy, ...(clock.provisional ? { provisional: true } : {}) };
}

/** A refusal whose reason is too thin is recorded anyway (the decision is the department's) but flagged for supervision. */
export function refusalFlags(current: CaseRecord, reason: string): { patch: Partial<CaseRecord>; details: Record<string, unknown> } {
  if (!refusalWithoutReason(reason)) return { patch: {}, details: {} };
  return { patch: { flags: [...new Set([...(current.flags ?? []), REFUSAL_WITHOUT_REASON])] }, details: { flags: [REFUSAL_WITHOUT_REASON] } };
}

/** 不予受理: with the reason and its legal basis, both told to the applicant in the notice. */
export function refuseCase(current: CaseRecord, input: { reason: string; legalBasis: string }, actor: Actor, at: Date): Transition {
  const refusal: Refusal = { reason: input.reason, legalBasis: input.legalBasis, refusedAt: at.toISOString(), refusedBy: actor };
  const flagged = refusalFlags(current, input.reason);
  return advance(current, 'refuse', 'not_accepted', { refusal, pendingTask: undefined, ...flagged.patch }, actor, at, {
    reason: input.reason,
    legalBasis: input.legalBasis,
    ...flagged.details,
    ...actingDetails(current, actor),
  });
}

/**
 * 补正 asked by the back office: once, listing everything, within 5 working days of receipt — later,
 * the law counts the application as accepted, so the approver must accept or refuse it instead.
 */
export function requestSupplement(
  current: CaseRecord,
  input: { problems: MaterialProblem[]; dueDate: string },
  calendar: WorkingCalendar,
  actor: Actor,
  at: Date,
): Transition {
  const today = chinaDay(at);
  assertTransition('request_supplement', current.state, 'supplement_requested', current.caseNumber);
  if (input.problems.length === 0) throw unprocessable('no_problems', 'List at least one material to correct, with what is wrong with it.');
  if (current.supplementRequest) {
    throw conflict('supplement_already_requested', `A correction was already requested for case ${current.caseNumber} on ${chinaDay(new Date(current.supplementRequest.requestedAt))}; everything must be asked for at once, so accept or refuse the case now.`, { caseNumber: current.caseNumber });
  }
  if (reviewPeriodPassed(calendar, current, today)) {
    throw conflict(
      'correction_too_late',
      `The 5-working-day period to ask for a correction of case ${current.caseNumber} ended on ${reviewDueOn(calendar, current)}; by law the application counts as accepted from the day it was received. Accept or refuse it.`,
      { caseNumber: current.caseNumber, reviewDueOn: reviewDueOn(calendar, current) },
    );
  }
  if (input.dueDate <= today) {
    throw unprocessable('due_date_passed', `The day to bring the correction (${input.dueDate}) must be after today (${today}).`, { dueDate: input.dueDate });
  }
  const latest = latestCorrectionDue(calendar, today);
  if (input.dueDate > latest) {
    throw unprocessable('due_date_too_late', `The day to bring the correction (${input.dueDate}) must be on or before ${latest}, within ${CORRECTION_WINDOW_DAYS} working days.`, {
      dueDate: input.dueDate,
      latest,
      limitDays: CORRECTION_WINDOW_DAYS,
    });
  }
  const supplementRequest: SupplementRequest = { problems: input.problems, dueDate: input.dueDate, requestedAt: at.toISOString(), requestedBy: actor };
  return advance(current, 'request_supplement', 'supplement_requested', { supplementRequest, pendingTask: undefined }, actor, at, {
    problems: input.problems,
    dueDate: input.dueDate,
    ...actingDetails(current, actor),
  });
}

/** The applicant brought what the back office asked for: every listed material, replaced by its new scan. */
export function supplyRequested(current: CaseRecord, supplied: CaseMaterial[], actor: Actor, at: Date): Transition {
  const request = current.supplementRequest;
  const missing = (request?.problems ?? []).filter((p) => !supplied.some((m) => m.code === p.code));
  if (current.state === 'supplement_requested' && missing.length > 0) {
    throw unprocessable('still_incomplete', `${missing.length} material(s) the correction notice asked for are still missing.`, {
      caseNumber: current.caseNumber,
      problems: missing,
    });
  }
  const codes = new Set(supplied.map((m) => m.code));
  const materials = [...current.materials.filter((m) => !codes.has(m.code)), ...supplied];
  return advance(
    current,
    'supplement',
    'pending_acceptance',
    { materials, supplementRequest: request && { ...request, suppliedAt: at.toISOString() }, pendingTask: undefined },
    actor,
    at,
    { materials: supplied.map((m) => ({ code: m.code, sha256: m.sha256 })) },
  );
}

/** 逾期未补正: the day to bring the correction passed; the application is deemed withdrawn (视为撤回). */
export function lapseCase(current: CaseRecord, at: Date): Transition {
  const dueDate = current.supplementRequest?.dueDate;
  if (current.state !== 'supplement_requested' || !dueDate) assertTransition('lapse', current.state, 'withdrawn', current.caseNumber);
  if (!dueDate || chinaDay(at) <= dueDate) {
    throw conflict('not_due', `Case ${current.caseNumber} still has until ${dueDate} to bring the correction.`, { caseNumber: current.caseNumber });
  }
  const reason = `逾期未补正（补正期限${dueDate}），视为撤回申请`;
  return advance(current, 'lapse', 'withdrawn', { withdrawal: { reason, withdrawnAt: at.toISOString(), recordedBy: WORKFLOW_ACTOR }, pendingTask: undefined }, WORKFLOW_ACTOR, at, {
    dueDate,
  });
}

/** 特别程序 begins: the clock stops; the applicant is told in writing (特别程序告知书). */
export function startSpecialProcedure(
  current: CaseRecord,
  input: { kind: SpecialProcedureKind; reason: string; expectedDays?: number },
  actor: Actor,
  at: Date,
): Transition {
  const pause: Pause = {
    kind: input.kind,
    reason: input.reason,
    expectedDays: input.expectedDays,
    startedAt: at.toISOString(),
    startedBy: actor,
    startedOn: chinaDay(at),
    ...(current.promisedBy ? { deadlineBefore: current.promisedBy } : {}),
  };
  return advance(current, 'start_special_procedure', 'special_procedure', { pauses: [...(current.pauses ?? []), pause] }, actor, at, {
    kind: input.kind,
    reason: input.reason,
    expectedDays: input.expectedDays,
    startedOn: pause.startedOn,
    deadlineBefore: pause.deadlineBefore,
    ...actingDetails(current, actor),
  });
}

/** 特别程序 ends: the clock runs again and the deadline moves by the working days it stood still. */
export function endSpecialProcedure(current: CaseRecord, input: { outcome: string }, calendar: WorkingCalendar, actor: Actor, at: Date): Transition {
  const pauses = [...(current.pauses ?? [])];
  const open = pauses.length - 1;
  if (open < 0 || pauses[open]!.endedAt) throw conflict('no_special_procedure', `Case ${current.caseNumber} is not in a special procedure.`, { caseNumber: current.caseNumber });
  const ended: Pause = {
    ...pauses[open]!,
    endedAt: at.toISOString(),
    endedBy: actor,
    endedOn: chinaDay(at),
    outcome: input.outcome,
    pausedWorkingDays: pausedDays(calendar, pauses[open]!, at.toISOString(), current.limitUnit),
  };
  pauses[open] = ended;
  const clock = caseClock(calendar, { ...current, pauses });
  if (clock.promisedBy) ended.deadlineAfter = clock.promisedBy;
  return advance(current, 'end_special_procedure', 'accepted', { pauses, ...clock }, actor, at, {
    kind: ended.kind,
    outcome: input.outcome,
    pausedWorkingDays: ended.pausedWorkingDays,
    endedOn: ended.endedOn,
    deadlineBefore: ended.deadlineBefore,
    ...clockDetails(clock),
    ...actingDetails(current, actor),
  });
}

/** 延长审批: once, within the statutory extension, approved by the head of the body, the reason recorded. */
export function extendCase(
  current: CaseRecord,
  input: { days: number; reason: string; approvedBy: string },
  calendar: WorkingCalendar,
  actor: Actor,
  at: Date,
): Transition {
  if (current.extension) {
    throw conflict('already_extended', `Case ${current.caseNumber} was already extended by ${current.extension.days} working days; the law allows one extension.`, { caseNumber: current.caseNumber });
  }
  const limit = STATUTORY_EXTENSION_DAYS[current.itemType];
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > limit) {
    throw unprocessable('extension_too_long', `An extension adds 1 to ${limit} working days for this item; ${input.days} were asked.`, { limit, days: input.days });
  }
  const extension: Extension = { days: input.days, reason: input.reason, approvedBy: input.approvedBy, recordedBy: actor, at: at.toISOString() };
  const clock = caseClock(calendar, { ...current, extension });
  return advance(current, 'extend', current.state, { extension, ...clock }, actor, at, {
    days: input.days,
    reason: input.reason,
    approvedBy: input.approvedBy,
    ...clockDetails(clock),
    ...actingDetails(current, actor),
  });
}


/**
 * A year's official holiday schedule was loaded: the deadline is counted again on it, and the change
 * (old → new) is audited. Undefined when the deadline stays as it was.
 */
export function recountDeadline(current: CaseRecord, calendar: WorkingCalendar, schedule: { year: number; source: string }, actor: Actor, at: Date): Transition | undefined {
  if (!current.promisedBy) return undefined;
  const clock = caseClock(calendar, current);
  if (!clock.promisedBy || (clock.promisedBy === current.promisedBy && clock.provisional === current.provisional)) return undefined;
  return advance(current, 'change_deadline', current.state, { ...clock }, actor, at, {
    previous: { promisedBy: current.promisedBy, provisional: current.provisional === true },
    promisedBy: clock.promisedBy,
    provisional: clock.provisional === true,
    year: schedule.year,
    source: schedule.source,
  });
}


/** 改派: the case is given to another approver of the same department; recorded with the reason. */
export function reassignCase(current: CaseRecord, input: { subject: string; name: string; reason: string }, actor: Actor, at: Date): Transition {
  const assignee: Assignee = { subject: input.subject, name: input.name, since: at.toISOString(), assignedBy: actor };
  return advance(current, 'reassign', current.state, { assignee }, actor, at, {
    from: current.assignee ? { subject: current.assignee.subject, name: current.assignee.name } : null,
    to: { subject: input.subject, name: input.name },
    reason: input.reason,
  });
}
