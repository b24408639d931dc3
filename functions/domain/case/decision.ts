/** 审批决定: 联办 opinions and the joint outcome rule, 上报 to the higher authority, and 准予 / 不予. */
import { assertHigherAuthority } from '#domain/access-policy';
import { assertNoDeferredOutstanding } from '#domain/deferral';
import { conflict } from '#domain/errors';
import type { Actor } from './actor';
import { actingDetails, refusalFlags } from './back-office';
import { assertTransition, type CaseState } from './lifecycle';
import type { CaseRecord, CoOpinion, Report, ResultDocument } from './records';
import { advance, type Transition } from './transition';

/** 联办: a co-department's opinion, given once, while its wait is open. */
export function recordCoOpinion(
  current: CaseRecord,
  department: string,
  input: { outcome: 'approve' | 'deny'; opinion: string },
  actor: Actor,
  at: Date,
): Transition {
  const slot = current.coOpinions?.find((o) => o.department === department);
  if (slot?.outcome) throw conflict('already_given', `${department} already gave its opinion on case ${current.caseNumber}.`, { caseNumber: current.caseNumber });
  if (!slot?.token) {
    throw conflict('not_waiting', `Case ${current.caseNumber} is not waiting for an opinion of ${department} right now; reload it.`, { caseNumber: current.caseNumber });
  }
  const given: CoOpinion = { department, since: slot.since, outcome: input.outcome, opinion: input.opinion, at: at.toISOString(), by: actor };
  const coOpinions = current.coOpinions!.map((o) => (o.department === department ? given : o));
  return advance(current, 'co_opinion', current.state, { coOpinions }, actor, at, { department, outcome: input.outcome, opinion: input.opinion });
}

/**
 * The 联办 outcome rule: the lead department decides only once every co-department has given its
 * opinion, and may approve only if all of them approved; one co-department's 不予 makes it 不予.
 */
export function jointOutcomeProblem(current: CaseRecord, outcome: 'approve' | 'deny'): string | undefined {
  if (current.itemType !== 'joint') return undefined;
  const pending = (current.coDepartments ?? []).filter((d) => !current.coOpinions?.some((o) => o.department === d && o.outcome));
  if (pending.length > 0) return `Co-department opinion(s) still missing: ${pending.join(', ')}.`;
  const denying = (current.coOpinions ?? []).filter((o) => o.outcome === 'deny').map((o) => o.department);
  if (outcome === 'approve' && denying.length > 0) return `${denying.join(', ')} did not agree; a joint case is approved only when every co-department agrees.`;
  return undefined;
}

/** 上报: the department's preliminary review goes up; the higher authority decides. */
export function reportCase(current: CaseRecord, input: { authority: string; opinion: string }, actor: Actor, at: Date): Transition {
  if (current.itemType !== 'reported') {
    throw conflict('not_reported_item', `Case ${current.caseNumber} is not a 上报件; decide it in the department.`, { caseNumber: current.caseNumber });
  }
  const report: Report = { authority: input.authority, opinion: input.opinion, reportedAt: at.toISOString(), reportedBy: actor };
  return advance(current, 'report', 'reported', { report, pendingTask: undefined }, actor, at, {
    authority: input.authority,
    opinion: input.opinion,
    ...actingDetails(current, actor),
  });
}

/**
 * 准予 / 不予. A 上报件 is decided by the authority it was reported to, a 联办件 by the lead department
 * under the joint outcome rule, every other case by its department.
 */
export function decideCase(
  current: CaseRecord,
  input: { outcome: 'approve' | 'deny'; opinion: string; result?: ResultDocument },
  actor: Actor,
  at: Date,
): Transition {
  const { result, ...decision } = input;
  assertTransition('decide', current.state, decision.outcome === 'approve' ? 'approved' : 'denied', current.caseNumber);
  if (current.state === 'reported') assertHigherAuthority(actor, current);
  if (current.itemType === 'reported' && current.state === 'accepted') {
    throw conflict('needs_higher_authority', `Case ${current.caseNumber} is a 上报件: report it to the higher authority, which decides.`, { caseNumber: current.caseNumber });
  }
  if (decision.outcome === 'approve') assertNoDeferredOutstanding(current);
  const problem = jointOutcomeProblem(current, decision.outcome);
  if (problem) throw conflict('joint_outcome', problem, { caseNumber: current.caseNumber, coOpinions: current.coOpinions?.map(({ token: _t, ...o }) => o) ?? [] });
  const to: CaseState = decision.outcome === 'approve' ? 'approved' : 'denied';
  const flagged = decision.outcome === 'deny' ? refusalFlags(current, decision.opinion) : { patch: {}, details: {} };
  return advance(
    current,
    'decide',
    to,
    {
      decision: { ...decision, decidedAt: at.toISOString(), decidedBy: actor },
      ...(result ? { result: { ...result, attachedAt: at.toISOString(), attachedBy: actor } } : {}),
      pendingTask: undefined,
      ...flagged.patch,
    },
    actor,
    at,
    {
      outcome: decision.outcome,
      opinion: decision.opinion,
      ...(result ? { result: resultDetails(result) } : {}),
      ...flagged.details,
      ...actingDetails(current, actor),
    },
  );
}

const resultDetails = (r: ResultDocument) => ({ kind: r.kind, number: r.number, issuer: r.issuer, validUntil: r.validUntil });
