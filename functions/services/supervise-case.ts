import { setting } from '#config/settings';
import { putEvents } from '#adapters/eventbridge';
import { chinaDay, type WorkingCalendar } from '#domain/calendar';
import { parseLimits } from '#config/limits';
import type { CaseRecord } from '#domain/case/records';
import { DEFAULT_STEP_LIMITS, isNews, isRaised, parseYellowDays, warningFor } from '#domain/supervision';
import { ENV, SUPERVISION_EVENT_SOURCE } from '#manifest';
import { deleteWarning, getWarning, putWarning } from '#repositories/supervision-repository';

// Read once per container: a malformed setting fails the first sweep loudly.
let stepLimits: typeof DEFAULT_STEP_LIMITS | undefined;
let yellowDays: number | undefined;

/**
 * The light of one case now: stored (and, when it changed, put on the bus as CaseWarning) while it is
 * yellow, red or a step is over its limit; a light the case no longer has is removed.
 */
export async function superviseCase(
  record: CaseRecord,
  calendar: WorkingCalendar,
  now: Date,
  options: { clear: boolean },
): Promise<'raised' | 'kept' | 'none'> {
  stepLimits ??= parseLimits(process.env[ENV.stepLimits], DEFAULT_STEP_LIMITS);
  yellowDays ??= parseYellowDays(process.env[ENV.yellowWorkingDays]);
  const warning = warningFor(record, chinaDay(now), calendar, yellowDays, stepLimits);
  if (!warning || !isRaised(warning)) {
    // The sweep clears stale lights in one pass at its end; a single case is cleared here.
    if (options.clear) await deleteWarning(record.caseNumber);
    return 'none';
  }
  const previous = await getWarning(record.caseNumber);
  const news = isNews(previous, warning);
  await putWarning({
    ...warning,
    centre: record.centre,
    since: news ? now.toISOString() : (previous?.since ?? now.toISOString()),
    checkedAt: now.toISOString(),
  });
  if (!news) return 'kept';
  const failed = await putEvents(setting('eventBusName'), [
    { source: SUPERVISION_EVENT_SOURCE, detailType: 'CaseWarning', detail: warning, resources: [record.caseNumber] },
  ]);
  if (failed.length > 0) throw new Error(`PutEvents refused the warning of ${record.caseNumber}`);
  return 'raised';
}
