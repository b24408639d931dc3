/** 后台审批: the back office's review, decision and the steps between (特别程序, extension, 联办, 上报, AB posts). */
import { opinionsVisibleTo } from '#domain/case/access';
import {
  acceptCase,
  endSpecialProcedure,
  extendCase,
  reassignCase,
  refuseCase,
  requestSupplement,
  startSpecialProcedure,
} from '#domain/case/back-office';
import { actorOf } from '#domain/case/actor';
import { decideCase, recordCoOpinion, reportCase } from '#domain/case/decision';
import { httpHandler } from '#http/handler';
import { DECISIONS_ROUTES } from '#manifest';
import { DECISION_CONTRACT, SUPPLEMENT_CONTRACT } from '#http/contracts/decisions';
import { bringDeferredMaterials } from '#services/deferred-materials';
import { supplementApplication } from '#services/intake-service';
import { centreCalendar } from '#repositories/calendar-repository';
import { recordHigherAuthorityDecision } from '#services/higher-authority-service';
import { changeCase, completeWaitingStep, waitingOn } from '#services/resume-case';
import { requireStaff } from '#domain/access-policy';

export const handler = httpHandler(
  DECISIONS_ROUTES,
  { ...SUPPLEMENT_CONTRACT, ...DECISION_CONTRACT },
  {
    'POST /cases/{caseNumber}/supplement': async ({ path, body, principal, now }) => ({
      body: await supplementApplication(path.caseNumber, body, principal, now),
    }),

    'POST /cases/{caseNumber}/deferred-materials': async ({ path, body, principal, now }) => ({
      body: await bringDeferredMaterials(path.caseNumber, body, principal, now),
    }),

    'POST /cases/{caseNumber}/review': async ({ path, body, principal, now }) => {
      const calendar = await centreCalendar(requireStaff(principal).centre);
      const actor = actorOf(principal);
      return {
        body: await completeWaitingStep(
          path.caseNumber,
          principal,
          'case.review',
          waitingOn('acceptance'),
          (current) => {
            switch (body.outcome) {
              case 'accept':
                return acceptCase(current, calendar, actor, now);
              case 'refuse':
                return refuseCase(current, body, actor, now);
              case 'request_supplement':
                return requestSupplement(current, body, calendar, actor, now);
            }
          },
          (after) => ({ outcome: after.state, itemType: after.itemType, coDepartments: after.coDepartments ?? [] }),
          now,
        ),
      };
    },

    'POST /cases/{caseNumber}/special-procedures': async ({ path, body, principal, now }) => ({
      body: await changeCase(path.caseNumber, principal, 'case.special_procedure', (current) =>
        startSpecialProcedure(current, body, actorOf(principal), now),
      ),
    }),

    'POST /cases/{caseNumber}/special-procedures/end': async ({ path, body, principal, now }) => {
      const calendar = await centreCalendar(requireStaff(principal).centre);
      return {
        body: await changeCase(path.caseNumber, principal, 'case.special_procedure', (current) =>
          endSpecialProcedure(current, body, calendar, actorOf(principal), now),
        ),
      };
    },

    'POST /cases/{caseNumber}/extension': async ({ path, body, principal, now }) => {
      const calendar = await centreCalendar(requireStaff(principal).centre);
      return {
        body: await changeCase(path.caseNumber, principal, 'case.extend', (current) =>
          extendCase(current, body, calendar, actorOf(principal), now),
        ),
      };
    },

    'POST /cases/{caseNumber}/assignee': async ({ path, body, principal, now }) => ({
      body: await changeCase(path.caseNumber, principal, 'case.reassign', (current) =>
        reassignCase(current, body, actorOf(principal), now),
      ),
    }),

    'POST /cases/{caseNumber}/co-opinion': async ({ path, body, principal, now }) => {
      const department = principal.department ?? '';
      return {
        // The answer shows this department's opinion, not the others' (the lead decides on them all).
        body: opinionsVisibleTo(
          principal,
          await completeWaitingStep(
            path.caseNumber,
            principal,
            'case.co_opinion',
            (before) => before.coOpinions?.find((o) => o.department === department && !o.outcome)?.token,
            (current) => recordCoOpinion(current, department, body, actorOf(principal), now),
            () => ({ department, outcome: body.outcome }),
            now,
          ),
        ),
      };
    },

    'POST /cases/{caseNumber}/report': async ({ path, body, principal, now }) => ({
      body: await completeWaitingStep(
        path.caseNumber,
        principal,
        'case.report',
        waitingOn('report'),
        (current) => reportCase(current, body, actorOf(principal), now),
        (after) => ({ outcome: 'reported', authority: after.report?.authority }),
        now,
      ),
    }),

    'POST /cases/{caseNumber}/decision': async ({ path, body, principal, now }) => ({
      body: await completeWaitingStep(
        path.caseNumber,
        principal,
        'case.decide',
        waitingOn('decision'),
        (current) => decideCase(current, body, actorOf(principal), now),
        (after) => ({ outcome: body.outcome, decidedAt: after.decision?.decidedAt }),
        now,
      ),
    }),

    'POST /cases/{caseNumber}/higher-authority-decision': async ({ path, body, principal, now }) => ({
      body: await recordHigherAuthorityDecision(path.caseNumber, principal, body, now),
    }),
  },
);
