/** 后台审批: the back office's review, decision and the steps between (特别程序, extension, 联办, 上报, AB posts). */
import {
  opinionsVisibleTo,
  acceptCase,
  actorOf,
  decideCase,
  endSpecialProcedure,
  extendCase,
  recordCoOpinion,
  reassignCase,
  refuseCase,
  reportCase,
  requestSupplement,
  startSpecialProcedure,
} from '../domain/case';
import { httpHandler } from '../http/handler';
import { bringDeferredMaterials } from '../intake/deferred';
import { supplementApplication } from '../intake/receive';
import { centreCalendar } from '../repositories/calendar-repository';
import { recordHigherAuthorityDecision } from '../workflow/higher-authority';
import { changeCase, completeWaitingStep, lead, waitingOn } from '../workflow/resume-case';

export const handler = httpHandler({
  'POST /cases/{caseNumber}/supplement': async ({ path, body, principal, now }) => ({
    body: await supplementApplication(path.caseNumber, body, principal, now),
  }),

  'POST /cases/{caseNumber}/deferred-materials': async ({ path, body, principal, now }) => ({
    body: await bringDeferredMaterials(path.caseNumber, body, principal, now),
  }),

  'POST /cases/{caseNumber}/review': async ({ path, body, principal, now }) => {
    const calendar = await centreCalendar(principal.centre!);
    const actor = actorOf(principal);
    return {
      body: await completeWaitingStep(
        path.caseNumber,
        principal,
        waitingOn('acceptance'),
        lead(principal, (current) => {
          switch (body.outcome) {
            case 'accept':
              return acceptCase(current, calendar, actor, now);
            case 'refuse':
              return refuseCase(current, body, actor, now);
            case 'request_supplement':
              return requestSupplement(current, body, calendar, actor, now);
          }
        }),
        (after) => ({ outcome: after.state, itemType: after.itemType, coDepartments: after.coDepartments ?? [] }),
        now,
      ),
    };
  },

  'POST /cases/{caseNumber}/special-procedures': async ({ path, body, principal, now }) => ({
    body: await changeCase(path.caseNumber, principal, lead(principal, (current) => startSpecialProcedure(current, body, actorOf(principal), now))),
  }),

  'POST /cases/{caseNumber}/special-procedures/end': async ({ path, body, principal, now }) => {
    const calendar = await centreCalendar(principal.centre!);
    return {
      body: await changeCase(path.caseNumber, principal, lead(principal, (current) => endSpecialProcedure(current, body, calendar, actorOf(principal), now))),
    };
  },

  'POST /cases/{caseNumber}/extension': async ({ path, body, principal, now }) => {
    const calendar = await centreCalendar(principal.centre!);
    return { body: await changeCase(path.caseNumber, principal, lead(principal, (current) => extendCase(current, body, calendar, actorOf(principal), now))) };
  },

  'POST /cases/{caseNumber}/assignee': async ({ path, body, principal, now }) => ({
    body: await changeCase(path.caseNumber, principal, lead(principal, (current) => reassignCase(current, body, actorOf(principal), now))),
  }),

  'POST /cases/{caseNumber}/co-opinion': async ({ path, body, principal, now }) => {
    const department = principal.department ?? '';
    return {
      // The answer shows this department's opinion, not the others' (the lead decides on them all).
      body: opinionsVisibleTo(principal, await completeWaitingStep(
        path.caseNumber,
        principal,
        (before) => before.coOpinions?.find((o) => o.department === department && !o.outcome)?.token,
        (current) => recordCoOpinion(current, department, body, actorOf(principal), now),
        () => ({ department, outcome: body.outcome }),
        now,
      )),
    };
  },

  'POST /cases/{caseNumber}/report': async ({ path, body, principal, now }) => ({
    body: await completeWaitingStep(
      path.caseNumber,
      principal,
      waitingOn('report'),
      lead(principal, (current) => reportCase(current, body, actorOf(principal), now)),
      (after) => ({ outcome: 'reported', authority: after.report?.authority }),
      now,
    ),
  }),

  'POST /cases/{caseNumber}/decision': async ({ path, body, principal, now }) => ({
    body: await completeWaitingStep(
      path.caseNumber,
      principal,
      waitingOn('decision'),
      lead(principal, (current) => decideCase(current, body, actorOf(principal), now)),
      (after) => ({ outcome: body.outcome, decidedAt: after.decision?.decidedAt }),
      now,
    ),
  }),

  'POST /cases/{caseNumber}/higher-authority-decision': async ({ path, body, principal, now }) => ({
    body: await recordHigherAuthorityDecision(path.caseNumber, principal, body, now),
  }),
});
