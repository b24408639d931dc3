import { logger } from '../logger';
import { optionalSetting, setting } from '../adapters/env';
import { putEvents } from '../adapters/eventbridge';
import { chinaDay } from '../domain/calendar';
import { centreCalendar } from '../repositories/calendar-repository';
import { isNews, SUPERVISED_STATES, warningFor } from '../domain/supervision';
import { SUPERVISION_EVENT_SOURCE } from '../manifest';
import { listQueue } from '../repositories/case-repository';
import { listDepartments } from '../repositories/item-repository';
import { deleteWarning, getWarning, listWarnings, putWarning } from '../repositories/supervision-repository';


export interface SweepResult {
  checked: number;
  raised: number;
  cleared: number;
}

/**
 * 电子监察 sweep (every 15 minutes in AWS, on a timer locally): every case the centre owes a step on
 * gets its light. A new yellow or red is stored, put on the bus as CaseWarning for the department
 * (its approvers' reminder), and listed for supervisors; lights of cases that moved on are cleared.
 */
export async function handler(): Promise<SweepResult> {
  const now = new Date();
  const today = chinaDay(now);
  const centre = optionalSetting('centreCode', 'HZ');
  const calendar = await centreCalendar(centre);
  const departments = await listDepartments();
  const seen = new Set<string>();
  const result: SweepResult = { checked: 0, raised: 0, cleared: 0 };

  for (const department of departments) {
    for (const state of SUPERVISED_STATES) {
      let cursor: string | undefined;
      do {
        const page = await listQueue(centre, department, { state, limit: 100, cursor });
        for (const record of page.cases) {
          result.checked++;
          const warning = warningFor(record, today, calendar);
          if (!warning || warning.level === 'green') continue;
          seen.add(record.caseNumber);
          const previous = await getWarning(record.caseNumber);
          const news = isNews(previous, warning);
          await putWarning({ ...warning, centre, since: news ? now.toISOString() : (previous?.since ?? now.toISOString()), checkedAt: now.toISOString() });
          if (news) {
            const failed = await putEvents(setting('eventBusName'), [
              { source: SUPERVISION_EVENT_SOURCE, detailType: 'CaseWarning', detail: warning, resources: [record.caseNumber] },
            ]);
            if (failed.length > 0) throw new Error(`PutEvents refused the warning of ${record.caseNumber}`);
            result.raised++;
          }
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
  }
  for (const stale of await listWarnings(centre)) {
    if (seen.has(stale.caseNumber)) continue;
    await deleteWarning(stale.caseNumber);
    result.cleared++;
  }
  logger.info('deadline sweep', { ...result });
  return result;
}
