import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { deploymentCentre, setting } from '#config/settings';
import { putEvents } from '#adapters/eventbridge';
import { AppError } from '#domain/errors';
import type { Principal } from '#domain/principal';
import { INTAKE_CONTRACT } from '#http/contracts/intake';
import { INTAKE_EVENT_SOURCE } from '#manifest';
import { getCase } from '#repositories/case-repository';
import { getRejection, saveRejection, type Rejection } from '#repositories/rejection-repository';
import { receiveApplication, requestHash } from './intake-service';

/**
 * Applications county systems put on the bus (source `county.<systemId>`, detail-type
 * ApplicationSubmitted) go through the very review the window uses. The outcome is answered on the
 * bus; a refused application is kept for replay. Only failures of our own (not of the application)
 * are thrown, so EventBridge retries them and finally parks them in the dead-letter queue. A
 * supervisor's replay puts the very event on the bus again, and it comes back through here.
 */
export const ApplicationSubmitted = z.strictObject({
  /** The source system's own application id: intake is idempotent on it. */
  applicationId: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  centre: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  application: INTAKE_CONTRACT['POST /cases'].body,
});

export interface CountyEvent {
  source: string;
  detail: unknown;
  time: string;
}

export type CountyOutcome =
  | { kind: 'received'; applicationId: string; caseNumber: string; state: string; replayed: boolean }
  | { kind: 'rejected'; rejection: Rejection };

/** The centre an application is addressed to, even when the rest of it cannot be read; else this deployment's. */
function centreOf(detail: unknown): string {
  const centre = (detail as { centre?: unknown } | null)?.centre;
  return typeof centre === 'string' && /^[A-Za-z0-9_-]{1,32}$/.test(centre) ? centre : deploymentCentre();
}

function systemIdOf(source: string): string {
  return source.startsWith('county.') ? source.slice('county.'.length) : source;
}

async function answer(systemId: string, detailType: 'ApplicationReceived' | 'ApplicationRejected', detail: object): Promise<void> {
  const failed = await putEvents(setting('eventBusName'), [{ source: INTAKE_EVENT_SOURCE, detailType, detail: { systemId, ...detail } }]);
  if (failed.length > 0) throw new Error(`PutEvents refused the ${detailType} answer`);
}

/** JSON with object keys sorted: a detail read back from DynamoDB keeps its content, not its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The same event always gets the same id, so a replayed event updates its rejection record. */
export function rejectionIdOf(event: CountyEvent): string {
  return createHash('sha256')
    .update(`${event.source}\n${event.time}\n${canonical(event.detail)}`)
    .digest('hex')
    .slice(0, 32);
}

export async function processCountyApplication(event: CountyEvent, now: Date): Promise<CountyOutcome> {
  const rejectionId = rejectionIdOf(event);
  const previous = await getRejection(rejectionId);
  const systemId = systemIdOf(event.source);
  const rawId = (event.detail as { applicationId?: unknown } | null)?.applicationId;
  const applicationId = typeof rawId === 'string' && rawId ? rawId : 'unknown';
  const reject = async (error: AppError): Promise<CountyOutcome> => {
    const rejection: Rejection = {
      rejectionId,
      source: event.source,
      applicationId,
      event,
      code: error.code,
      message: error.message,
      details: error.details,
      centre: centreOf(event.detail),
      rejectedAt: now.toISOString(),
      attempts: (previous?.attempts ?? 0) + 1,
      status: 'open',
    };
    await saveRejection(rejection);
    await answer(systemId, 'ApplicationRejected', {
      applicationId,
      rejectionId: rejection.rejectionId,
      code: error.code,
      message: error.message,
      details: error.details,
    });
    return { kind: 'rejected', rejection };
  };

  const parsed = ApplicationSubmitted.safeParse(event.detail);
  if (!parsed.success) {
    return reject(
      new AppError(400, 'invalid_application', 'The application event does not match the ApplicationSubmitted schema.', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      }),
    );
  }
  const principal: Principal = { subject: systemId, name: systemId, role: 'county_system', centre: parsed.data.centre };
  try {
    const result = await receiveApplication(parsed.data.application, principal, now, {
      scope: `county:${systemId}`,
      key: parsed.data.applicationId,
      requestHash: requestHash(parsed.data.application),
    });
    const caseNumber = result.kind === 'created' ? result.record.caseNumber : result.caseNumber;
    const record = result.kind === 'created' ? result.record : await getCase(caseNumber, true);
    const state = record?.state ?? 'registered';
    await answer(systemId, 'ApplicationReceived', {
      applicationId: parsed.data.applicationId,
      caseNumber,
      state,
      correction: record?.correction,
      replayed: result.kind === 'replayed',
    });
    if (previous && previous.status === 'open')
      await saveRejection({ ...previous, status: 'replayed', caseNumber, replayedAt: now.toISOString() });
    return { kind: 'received', applicationId: parsed.data.applicationId, caseNumber, state, replayed: result.kind === 'replayed' };
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return reject(error);
    throw error;
  }
}
