import { actorOf, handOverCase } from '../domain/case';
import { httpHandler } from '../http/handler';
import { completeWaitingStep, waitingOn } from '../workflow/resume-case';

export const handler = httpHandler({
  'POST /cases/{caseNumber}/handover': async ({ path, body, principal, now }) => ({
    body: await completeWaitingStep(
      path.caseNumber,
      principal,
      waitingOn('result_ready'),
      (current) => handOverCase(current, body, actorOf(principal), now),
      (after) => ({ method: 'pickup', handedOverAt: after.handover?.handedOverAt }),
      now,
    ),
  }),
});
