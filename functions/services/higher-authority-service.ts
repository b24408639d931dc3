import { actorOf } from '#domain/case/actor';
import { decideCase } from '#domain/case/decision';
import type { ResultDocument } from '#domain/case/records';
import type { Principal } from '#domain/principal';
import { completeWaitingStep, waitingOn } from './resume-case';

/**
 * 上报件: the decision of the higher authority the case was reported to — through the API or as an
 * event on the bus; only that authority's system may give it.
 */
export function recordHigherAuthorityDecision(
  caseNumber: string,
  principal: Principal,
  decision: { outcome: 'approve' | 'deny'; opinion: string; result?: ResultDocument },
  now: Date,
) {
  return completeWaitingStep(
    caseNumber,
    principal,
    'case.higher_authority_decision',
    waitingOn('higher_authority'),
    // decideCase lets only the authority the case was reported to decide it.
    (current) => decideCase(current, decision, actorOf(principal), now),
    (after) => ({ outcome: decision.outcome, decidedAt: after.decision?.decidedAt }),
    now,
  );
}
