import { setting } from '#adapters/env';
import { putEvents } from '#adapters/eventbridge';
import { assertOwnCentre, requireStaff } from '#domain/access-policy';
import { conflict, notFound } from '#domain/errors';
import { httpHandler } from '#http/handler';
import { getRejection, listRejections, saveRejection } from '#repositories/rejection-repository';

export const handler = httpHandler({
  'GET /county-events/rejected': async ({ query, principal }) => ({
    body: { rejections: (await listRejections(requireStaff(principal).centre, query.status, query.limit)).map(({ centre: _c, ...r }) => r) },
  }),

  /** Puts the refused event on the bus again, as EventBridge's archive replay would: county-intake takes it from there. */
  'POST /county-events/rejected/{rejectionId}/replay': async ({ path, principal, now }) => {
    const rejection = assertOwnCentre(principal, await getRejection(path.rejectionId), () =>
      notFound('rejection_not_found', `There is no refused county application ${path.rejectionId}.`, { rejectionId: path.rejectionId }),
    );
    if (rejection.status === 'replayed') {
      throw conflict('already_replayed', `This application was already received as case ${rejection.caseNumber}.`, { caseNumber: rejection.caseNumber });
    }
    const { event } = rejection;
    const failed = await putEvents(setting('eventBusName'), [
      { source: event.source, detailType: 'ApplicationSubmitted', detail: event.detail as object, time: new Date(event.time) },
    ]);
    if (failed.length > 0) throw new Error('PutEvents refused the replayed application');
    await saveRejection({ ...rejection, resubmittedBy: principal.subject, resubmittedAt: now.toISOString() });
    return { status: 202, body: { rejectionId: rejection.rejectionId, status: 'resubmitted' } };
  },
});
