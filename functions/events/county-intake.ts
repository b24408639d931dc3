import { logger } from '#logger';
import type { EventBridgeEvent } from 'aws-lambda';
import { processCountyApplication } from '#services/county-intake-service';


/** Invoked by the bus rule for `county.*` ApplicationSubmitted events (see functions/manifest.ts). */
export async function handler(event: EventBridgeEvent<'ApplicationSubmitted', unknown>): Promise<void> {
  const outcome = await processCountyApplication({ source: event.source, detail: event.detail, time: event.time }, new Date());
  if (outcome.kind === 'rejected') {
    logger.warn('county application refused', { source: event.source, applicationId: outcome.rejection.applicationId, code: outcome.rejection.code });
  } else {
    logger.info('county application received', { source: event.source, applicationId: outcome.applicationId, caseNumber: outcome.caseNumber });
  }
}
