import type { CaseRecord, CaseState } from './case';
import { CalendarGapError, workingDaysBetween, type WorkingCalendar } from './calendar';

/**
 * 电子监察: a case waiting on the centre gets a light — yellow as its promised deadline nears,
 * red once it is past. The threshold is the centre's (working days left at which yellow starts).
 */
export type WarningLevel = 'green' | 'yellow' | 'red';

export const DEFAULT_YELLOW_WORKING_DAYS = 2;

/** States in which the centre, not the applicant, owes the next step toward a decision. */
export const SUPERVISED_STATES: readonly CaseState[] = ['registered', 'pending_decision'];

export interface Warning {
  caseNumber: string;
  level: WarningLevel;
  promisedBy: string;
  /** Working days from today to the deadline; negative once overdue. */
  workingDaysLeft: number;
  department: string;
  itemCode: string;
  forwardingLate: boolean;
}

/** Working days from `today` to `deadline`, negative when the deadline has passed. */
export function workingDaysLeft(calendar: WorkingCalendar, today: string, deadline: string): number {
  return deadline >= today ? workingDaysBetween(calendar, today, deadline) : -workingDaysBetween(calendar, deadline, today);
}

/** The light of one case today; undefined when it is not supervised or its deadline cannot be counted. */
export function warningFor(record: CaseRecord, today: string, calendar: WorkingCalendar, yellowDays = DEFAULT_YELLOW_WORKING_DAYS): Warning | undefined {
  if (!SUPERVISED_STATES.includes(record.state) || !record.promisedBy) return undefined;
  let left: number;
  try {
    left = workingDaysLeft(calendar, today, record.promisedBy);
  } catch (error) {
    if (error instanceof CalendarGapError) return undefined;
    throw error;
  }
  const level: WarningLevel = left < 0 ? 'red' : left <= yellowDays ? 'yellow' : 'green';
  return {
    caseNumber: record.caseNumber,
    level,
    promisedBy: record.promisedBy,
    workingDaysLeft: left,
    department: record.department,
    itemCode: record.itemCode,
    forwardingLate: record.forwarding?.late === true,
  };
}

/** A change of light is worth an event (and a reminder); the same light again is not. */
export function isNews(previous: Pick<Warning, 'level'> | undefined, current: Warning): boolean {
  return current.level !== 'green' && current.level !== previous?.level;
}
