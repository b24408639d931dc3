import { logger } from '#logger';
import { optionalSetting } from '#config/settings';
import { chinaDay } from '#domain/calendar';
import { AppError } from '#domain/errors';
import { centreCalendar } from '#repositories/calendar-repository';
import { lapseCase } from '#domain/case/back-office';
import { UNDECIDED_STATES } from '#domain/case/lifecycle';
import type { CaseRecord } from '#domain/case/records';
import type { Transition } from '#domain/case/transition';
import { missDeferral, overdueDeferred, terminateForMissedDeferral, terminationDue } from '#domain/deferral';
import { SUPERVISED_STATES } from '#domain/supervision';
import { listQueue, saveTransition } from '#repositories/case-repository';
import { listDepartments } from '#repositories/item-repository';
import { missedCommitmentPut } from '#repositories/applicant-repository';
import type { TransactItem } from '#repositories/dynamo';
import { deleteWarning, listWarnings } from '#repositories/supervision-repository';
import { superviseCase } from '#services/supervise-case';

export interface SweepResult {
  checked: number;
  raised: number;
  cleared: number;
  /** Cases whose 补正 deadline passed: deemed withdrawn. */
  lapsed: number;
  /** Cases with a 容缺 material newly past its due day (容缺承诺未履行 recorded, warning raised). */
  deferralsMissed: number;
  /** Cases ended by their item's rule for a missed 容缺 commitment (终止办理). */
  terminated: number;
}

/**
 * 电子监察 sweep (every 15 minutes in AWS, on a timer locally): every case the centre owes a step on
 * gets its light. A new yellow or red is stored, put on the bus as CaseWarning for the department
 * (its approvers' reminder), and listed for supervisors; lights of cases that moved on are cleared.
 * A step over its own limit (review, 联办 opinion, 上报) is flagged the same way even while the case is
 * in time. A case whose 补正 deadline passed is deemed withdrawn (视为撤回) and its workflow stopped.
 */
export async function handler(): Promise<SweepResult> {
  const now = new Date();
  const today = chinaDay(now);
  const centre = optionalSetting('centreCode', 'HZ');
  const calendar = await centreCalendar(centre);
  const departments = await listDepartments();
  const seen = new Set<string>();
  const result: SweepResult = { checked: 0, raised: 0, cleared: 0, lapsed: 0, deferralsMissed: 0, terminated: 0 };

  for (const department of departments) {
    // 容缺 first, so a commitment missed today is in this sweep's warnings.
    const followUp = await followUpDeferrals(centre, department, now, today);
    result.deferralsMissed += followUp.missed;
    result.terminated += followUp.terminated;
    for (const state of SUPERVISED_STATES) {
      let cursor: string | undefined;
      do {
        const page = await listQueue(centre, department, { state, limit: 100, cursor });
        for (const record of page.cases) {
          result.checked++;
          const light = await superviseCase(record, calendar, now, { clear: false });
          if (light === 'none') continue;
          seen.add(record.caseNumber);
          if (light === 'raised') result.raised++;
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
    result.lapsed += await lapseOverdueSupplements(centre, department, now, today);
  }
  for (const stale of await listWarnings(centre)) {
    if (seen.has(stale.caseNumber)) continue;
    await deleteWarning(stale.caseNumber);
    result.cleared++;
  }
  logger.info('deadline sweep', { ...result });
  return result;
}

/** Saves a transition of the sweep; when a person changed the case meanwhile, theirs counts and the next sweep looks again. */
async function saveUnlessChanged(
  record: CaseRecord,
  transition: Transition,
  alongside: TransactItem[] = [],
): Promise<CaseRecord | undefined> {
  try {
    await saveTransition(record, transition, alongside);
    return transition.record;
  } catch (error) {
    if (error instanceof AppError && error.code === 'case_changed') return undefined;
    throw error;
  }
}

/**
 * 容缺 followed up: a deferred material past its due day is recorded as a missed commitment (the
 * audit line's flag puts a CaseWarning on the bus for the department and supervisors); where the
 * item's rule says so, the case is then terminated (终止办理) with a notice, else it waits.
 */
async function followUpDeferrals(
  centre: string,
  department: string,
  now: Date,
  today: string,
): Promise<{ missed: number; terminated: number }> {
  const counts = { missed: 0, terminated: 0 };
  for (const state of UNDECIDED_STATES.filter((s) => s !== 'incomplete')) {
    let cursor: string | undefined;
    do {
      const page = await listQueue(centre, department, { state, limit: 100, cursor });
      for (const record of page.cases) {
        if (overdueDeferred(record, today).length === 0) continue;
        let current: CaseRecord | undefined = record;
        const missedBefore = new Set(record.deferred?.missed?.materials.map((m) => m.code) ?? []);
        if (overdueDeferred(record, today).some((m) => !missedBefore.has(m.code))) {
          const missed = missDeferral(record, now);
          const onRecord = missed.record.deferred!.missed!;
          // The applicant's record keeps it too, for the supervisor deciding on a credit flag.
          const alongside = record.applicantKey
            ? [
                missedCommitmentPut(record.applicantKey, {
                  caseNumber: record.caseNumber,
                  itemCode: record.itemCode,
                  itemName: record.itemName,
                  materials: onRecord.materials,
                  recordedAt: onRecord.recordedAt,
                }),
              ]
            : [];
          current = await saveUnlessChanged(record, missed, alongside);
          if (current) counts.missed++;
        }
        if (current && terminationDue(current, today) && (await saveUnlessChanged(current, terminateForMissedDeferral(current, now))))
          counts.terminated++;
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return counts;
}

/** 逾期未补正: each case of the department still waiting for a supplement after its deadline lapses. */
async function lapseOverdueSupplements(centre: string, department: string, now: Date, today: string): Promise<number> {
  let lapsed = 0;
  let cursor: string | undefined;
  do {
    const page = await listQueue(centre, department, { state: 'supplement_requested', limit: 100, cursor });
    for (const record of page.cases) {
      if (!record.supplementRequest || record.supplementRequest.dueDate >= today) continue;
      // The applicant's supplement may race the sweep: theirs counts; the next sweep looks again.
      if (await saveUnlessChanged(record, lapseCase(record, now))) lapsed++;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return lapsed;
}
