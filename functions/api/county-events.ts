import { assertOwnCentre, requireStaff } from '#domain/access-policy';
import { conflict, notFound } from '#domain/errors';
import { httpHandler } from '#http/handler';
import { COUNTY_EVENTS_ROUTES } from '#manifest';
import { COUNTY_EVENT_CONTRACT } from '#http/contracts/county-events';
import { getRejection, listRejections } from '#repositories/rejection-repository';
import { replayRejected } from '#services/county-replay-service';

export const handler = httpHandler(COUNTY_EVENTS_ROUTES, COUNTY_EVENT_CONTRACT, {
  'GET /county-events/rejected': async ({ query, principal }) => ({
    body: {
      rejections: (await listRejections(requireStaff(principal).centre, query.status, query.limit)).map(({ centre: _c, ...r }) => r),
    },
  }),

  /** Puts the refused event on the bus again, as EventBridge's archive replay would: county-intake takes it from there. */
  'POST /county-events/rejected/{rejectionId}/replay': async ({ path, principal, now }) => {
    const rejection = assertOwnCentre(principal, await getRejection(path.rejectionId), () =>
      notFound('rejection_not_found', `There is no refused county application ${path.rejectionId}.`, { rejectionId: path.rejectionId }),
    );
    if (rejection.status === 'replayed') {
      throw conflict('already_replayed', `This application was already received as case ${rejection.caseNumber}.`, {
        caseNumber: rejection.caseNumber,
      });
    }
    await replayRejected(rejection, principal.subject, now);
    return { status: 202, body: { rejectionId: rejection.rejectionId, status: 'resubmitted' } };
  },
});
