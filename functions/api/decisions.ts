import { actorOf, decideCase } from '../domain/case';
import { httpHandler } from '../http/handler';
import { completeWaitingStep } from '../workflow/resume-case';

export const handler = httpHandler({
  'POST /cases/{caseNumber}/decision': async ({ path, body, principal, now }) => ({
    body: await completeWaitingStep(
      path.caseNumber,
      principal,
      'forward',
      (current) => decideCase(current, body, actorOf(principal), now),
      (after) => ({ outcome: body.outcome, decidedAt: after.decision?.decidedAt }),
      now,
    ),
  }),
});
