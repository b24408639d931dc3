import { outstandingDeferred } from './deferral';
import type { CaseRecord } from './case/records';
import type { CaseState, WaitStep } from './case/lifecycle';
import { CalendarGapError, chinaDay, workingDaysBetween, type WorkingCalendar } from './calendar';
import { ACCEPTANCE_REVIEW_DAYS } from './deadline';

/**
 * 电子监察: a case waiting on the centre gets a light — yellow as its promised deadline nears,
 * red once it is past. The threshold is the centre's (working days left at which yellow starts).
 */
export type WarningLevel = 'green' | 'yellow' | 'red';

export const DEFAULT_YELLOW_WORKING_DAYS = 2;

/** Reads a centre's yellow threshold (YELLOW_WORKING_DAYS); a malformed one is an error, not a silent default. */
export function parseYellowDays(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_YELLOW_WORKING_DAYS;
  if (!/^\d{1,2}$/.test(text.trim())) throw new Error(`YELLOW_WORKING_DAYS "${text}" is not a whole number of working days`);
  return Number(text.trim());
}

/**
 * States in which the centre, not the applicant, owes the next step toward a decision. A case in a
 * special procedure has its clock stopped; one waiting for a supplement waits on the applicant.
 */
export const SUPERVISED_STATES: readonly CaseState[] = ['registered', 'pending_acceptance', 'accepted', 'reported'];

/** Steps with a limit of their own (working days since the step began), beside the case's deadline. */
export type LimitedStep = Extract<WaitStep, 'acceptance' | 'report'> | 'co_opinion';

/**
 * Defaults: the back office reviews within 5 working days (第32条); a 联办 co-department and a 上报
 * preliminary review get 5 each unless the centre sets otherwise (STEP_LIMITS).
 */
export const DEFAULT_STEP_LIMITS: Record<LimitedStep, number> = { acceptance: ACCEPTANCE_REVIEW_DAYS, co_opinion: 5, report: 5 };

/** A step past its own limit, flagged even while the case is in time. */
export interface StepOverdue {
  step: LimitedStep;
  /** The co-department, for a 联办 opinion. */
  department?: string;
  since: string;
  limitDays: number;
  workingDays: number;
}

export interface Warning {
  caseNumber: string;
  level: WarningLevel;
  promisedBy: string;
  /** Working days from today to the deadline; negative once overdue. */
  workingDaysLeft: number;
  department: string;
  itemCode: string;
  forwardingLate: boolean;
  /** Steps over their own limit. */
  stepsOverdue: StepOverdue[];
  /** 承办人 (A post), the reminder's addressee. */
  assignee?: { subject: string; name: string };
  /** 容缺 materials past their due day and still not brought (容缺承诺未履行). */
  deferralsOverdue?: { code: string; name: string; dueDate: string }[];
}

/** Working days from `today` to `deadline`, negative when the deadline has passed. */
export function workingDaysLeft(calendar: WorkingCalendar, today: string, deadline: string): number {
  return deadline >= today ? workingDaysBetween(calendar, today, deadline) : -workingDaysBetween(calendar, deadline, today);
}

/** Steps of the case over their own limits today. */
export function stepsOverdue(record: CaseRecord, today: string, calendar: WorkingCalendar, limits: Record<LimitedStep, number> = DEFAULT_STEP_LIMITS): StepOverdue[] {
  const open: { step: LimitedStep; since: string; department?: string }[] = [];
  const step = record.pendingTask?.step;
  if (step === 'acceptance' || step === 'report') open.push({ step, since: record.pendingTask!.since });
  for (const o of record.coOpinions ?? []) if (!o.outcome) open.push({ step: 'co_opinion', since: o.since, department: o.department });
  const overdue: StepOverdue[] = [];
  for (const s of open) {
    const workingDays = workingDaysBetween(calendar, chinaDay(new Date(s.since)), today);
    if (workingDays > limits[s.step]) overdue.push({ ...s, limitDays: limits[s.step], workingDays });
  }
  return overdue;
}

/** The light of one case today; undefined when it is not supervised or its deadline cannot be counted. */
export function warningFor(
  record: CaseRecord,
  today: string,
  calendar: WorkingCalendar,
  yellowDays = DEFAULT_YELLOW_WORKING_DAYS,
  limits: Record<LimitedStep, number> = DEFAULT_STEP_LIMITS,
): Warning | undefined {
  if (!SUPERVISED_STATES.includes(record.state) || !record.promisedBy) return undefined;
  let left: number;
  let overdue: StepOverdue[];
  try {
    left = workingDaysLeft(calendar, today, record.promisedBy);
    overdue = stepsOverdue(record, today, calendar, limits);
  } catch (error) {
    if (error instanceof CalendarGapError) return undefined;
    throw error;
  }
  const level: WarningLevel = left < 0 ? 'red' : left <= yellowDays ? 'yellow' : 'green';
  // Only a missed commitment the sweep recorded: the warning follows the case's own record.
  const missed = new Set(record.deferred?.missed?.materials.map((m) => m.code) ?? []);
  const deferralsOverdue = outstandingDeferred(record)
    .filter((m) => missed.has(m.code))
    .map(({ code, name, dueDate }) => ({ code, name, dueDate }));
  return {
    caseNumber: record.caseNumber,
    level,
    promisedBy: record.promisedBy,
    workingDaysLeft: left,
    department: record.department,
    itemCode: record.itemCode,
    forwardingLate: record.forwarding?.late === true,
    stepsOverdue: overdue,
    ...(record.assignee ? { assignee: { subject: record.assignee.subject, name: record.assignee.name } } : {}),
    ...(deferralsOverdue.length > 0 ? { deferralsOverdue } : {}),
  };
}

/** Whether a warning is worth keeping: a yellow or red light, or a step over its own limit. */
export function isRaised(warning: Warning): boolean {
  return warning.level !== 'green' || warning.stepsOverdue.length > 0 || (warning.deferralsOverdue?.length ?? 0) > 0;
}

const stepKey = (s: Pick<StepOverdue, 'step' | 'department'>) => `${s.step}@${s.department ?? ''}`;

/** A change of light is worth an event (and a reminder); the same light again is not. */
export function isNews(
  previous: (Pick<Warning, 'level'> & { stepsOverdue?: Pick<StepOverdue, 'step' | 'department'>[]; deferralsOverdue?: { code: string }[] }) | undefined,
  current: Warning,
): boolean {
  const lightNews = current.level !== 'green' && current.level !== previous?.level;
  const before = new Set((previous?.stepsOverdue ?? []).map(stepKey));
  const deferredBefore = new Set((previous?.deferralsOverdue ?? []).map((d) => d.code));
  return lightNews || current.stepsOverdue.some((s) => !before.has(stepKey(s))) || (current.deferralsOverdue ?? []).some((d) => !deferredBefore.has(d.code));
}

/**
 * 电子监察 flags a refusal (不予受理, 不予) whose reasons are too thin to tell the applicant why
 * (行政许可法 第38条: reasons must be given): fewer than this many characters, punctuation aside.
 */
export const MIN_REASON_CHARS = 8;

export const REFUSAL_WITHOUT_REASON = 'refusal_without_reason';

export function refusalWithoutReason(reason: string): boolean {
  return [...reason.replace(/[\s\p{P}]/gu, '')].length < MIN_REASON_CHARS;
}
