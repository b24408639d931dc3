import { logger } from '#logger';
import type { EventBridgeEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import '#domain/zod-locale';
import { setting } from '#config/settings';
import { putEvents } from '#adapters/eventbridge';
import { AppError } from '#domain/errors';
import { ResultDocumentInput } from '#http/contracts/delivery-view';
import type { Principal } from '#domain/principal';
import { CASE_EVENT_SOURCE } from '#manifest';
import { recordHigherAuthorityDecision } from '#services/higher-authority-service';

const HigherAuthorityDecision = z.object({
  caseNumber: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,80}$/)),
  outcome: z.enum(['approve', 'deny']),
  opinion: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  /** The authority's result document, if it sends one; otherwise the output window registers it with the scan. */
  result: z.optional(ResultDocumentInput),
});

/**
 * 上报件: the higher authority's system answers on the bus (source `county.<systemId>`). A decision that
 * cannot be taken — wrong authority, case not waiting, malformed — is answered with
 * HigherAuthorityDecisionRefused, so the sending system learns why; nothing is changed.
 */
export async function handler(event: EventBridgeEvent<'HigherAuthorityDecision', unknown>): Promise<void> {
  const systemId = event.source.replace(/^county\./, '');
  const principal: Principal = { subject: systemId, name: systemId, role: 'county_system' };
  const parsed = HigherAuthorityDecision.safeParse(event.detail);
  try {
    if (!parsed.success) {
      throw new AppError(400, 'invalid_decision', 'The event does not match the HigherAuthorityDecision schema.', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const { caseNumber, ...decision } = parsed.data;
    const after = await recordHigherAuthorityDecision(caseNumber, principal, decision, new Date());
    logger.info('higher authority decision', { caseNumber, systemId, state: after.state });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    logger.warn('higher authority decision refused', { systemId, code: error.code });
    const failed = await putEvents(setting('eventBusName'), [
      {
        source: CASE_EVENT_SOURCE,
        detailType: 'HigherAuthorityDecisionRefused',
        detail: { systemId, caseNumber: parsed.data?.caseNumber, code: error.code, message: error.message, details: error.details },
      },
    ]);
    if (failed.length > 0) throw new Error('PutEvents refused the HigherAuthorityDecisionRefused answer');
  }
}
