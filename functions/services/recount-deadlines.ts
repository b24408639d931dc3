import { logger } from '#logger';
import { recountDeadline } from '#domain/case/back-office';
import { UNDECIDED_STATES } from '#domain/case/lifecycle';
import type { Actor } from '#domain/case/actor';
import type { CaseRecord } from '#domain/case/records';
import { AppError } from '#domain/errors';
import { centreCalendar, forgetCalendar } from '#repositories/calendar-repository';
import { getCase, getCases, listCaseFacts, saveTransition } from '#repositories/case-repository';
import { superviseCase } from '#services/supervise-case';

export interface DeadlineChange {
  caseNumber: string;
  from: string;
  to: string;
  provisional: boolean;
}

export interface RecountResult {
  checked: number;
  changed: DeadlineChange[];
}

const PAGE = 100;
const ATTEMPTS = 3;

/**
 * The centre loaded a year's official schedule: every open case's deadline is counted again on the
 * new calendar, in one job. Each moved deadline is a transition (audit line old → new, and through the
 * table stream a CaseDeadlineChanged event on the bus), and the case's light follows at once.
 * Loading the same year again finds nothing left to change, so an interrupted job is finished by a retry.
 */
export async function recountDeadlines(
  centre: string,
  schedule: { year: number; source: string },
  actor: Actor,
  now: Date,
): Promise<RecountResult> {
  forgetCalendar(centre);
  const calendar = await centreCalendar(centre);
  const open = (await listCaseFacts(centre, [])).map((f) => f.caseNumber);
  const result: RecountResult = { checked: 0, changed: [] };
  for (let start = 0; start < open.length; start += PAGE) {
    for (let record of await getCases(open.slice(start, start + PAGE))) {
      if (record.centre !== centre || !record.promisedBy || !UNDECIDED_STATES.includes(record.state)) continue;
      result.checked++;
      for (let attempt = 1; ; attempt++) {
        const transition = recountDeadline(record, calendar, schedule, actor, now);
        if (!transition) break;
        try {
          await saveTransition(record, transition);
        } catch (error) {
          // Someone acted on the case meanwhile: count again on what it is now.
          if (!(error instanceof AppError && error.code === 'case_changed') || attempt >= ATTEMPTS) throw error;
          const fresh: CaseRecord | undefined = await getCase(record.caseNumber, true);
          if (!fresh || !UNDECIDED_STATES.includes(fresh.state)) break;
          record = fresh;
          continue;
        }
        result.changed.push({
          caseNumber: record.caseNumber,
          from: record.promisedBy!,
          to: transition.record.promisedBy!,
          provisional: transition.record.provisional === true,
        });
        await superviseCase(transition.record, calendar, now, { clear: true });
        break;
      }
    }
  }
  logger.info('deadlines recounted', { centre, year: schedule.year, checked: result.checked, changed: result.changed.length });
  return result;
}
