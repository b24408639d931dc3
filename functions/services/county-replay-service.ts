import { putEvents } from '#adapters/eventbridge';
import { setting } from '#config/settings';
import { saveRejection, type Rejection } from '#repositories/rejection-repository';

/**
 * Puts a refused county application on the bus again, as EventBridge's archive replay would (county-intake
 * takes it from there), and records who resubmitted it.
 */
export async function replayRejected(rejection: Rejection, by: string, at: Date): Promise<void> {
  const { event } = rejection;
  const failed = await putEvents(setting('eventBusName'), [
    { source: event.source, detailType: 'ApplicationSubmitted', detail: event.detail as object, time: new Date(event.time) },
  ]);
  if (failed.length > 0) throw new Error('PutEvents refused the replayed application');
  await saveRejection({ ...rejection, resubmittedBy: by, resubmittedAt: at.toISOString() });
}
