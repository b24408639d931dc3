import { actorOf, decideCase, type ResultDocument } from '../domain/case';
import { forbidden } from '../domain/errors';
import type { Principal } from '../domain/principal';
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
    waitingOn('higher_authority'),
    (current) => {
      if (current.report?.authority !== principal.subject) {
        throw forbidden('not_the_authority', `Case ${caseNumber} was reported to ${current.report?.authority ?? 'no authority'}, not to ${principal.subject}.`, { caseNumber });
      }
      return decideCase(current, decision, actorOf(principal), now);
    },
    (after) => ({ outcome: decision.outcome, decidedAt: after.decision?.decidedAt }),
    now,
  );
}
