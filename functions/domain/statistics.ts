import { parseDay, unlessGap, workingDaysBetween, type WorkingCalendar } from './calendar';
import { dayOf, isOpen, type CaseFacts } from './case-facts';
import { badRequest } from './errors';

/**
 * Supervisor statistics (统计分析) over a range of China-local days: the backlog by department and
 * state, overdue cases, the on-time rate, working days to decide and forwarding compliance, per
 * department and per item.
 */

// What each case contributes (its facts, when it settled) lives in case-facts.ts: the case repository writes
// them on every change and needs no working-day calendar for that.
export { caseFacts, isOpen, settledOn, SETTLED_STATES, type CaseFacts } from './case-facts';

/** Calendar months (YYYY-MM) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** A range reads every settled month from its first day to today: a year at most per request. */
export const MAX_RANGE_DAYS = 366;

export function assertRange(from: string, to: string): void {
  for (const day of [from, to]) {
    try {
      parseDay(day);
    } catch {
      throw badRequest('invalid_date', `${day} is not a calendar date.`, { date: day });
    }
  }
  const span = (parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000;
  if (span < 0) throw badRequest('invalid_range', `The range starts (${from}) after it ends (${to}).`, { from, to });
  if (span >= MAX_RANGE_DAYS) {
    throw badRequest(
      'range_too_long',
      `A range covers at most ${MAX_RANGE_DAYS} days; ${from} to ${to} is ${span + 1}. Ask year by year.`,
      { from, to },
    );
  }
}

/** The day the limit's clock started: 受理, or the day received when acceptance was not recorded. */
export function clockStart(facts: CaseFacts): string {
  return facts.acceptance?.acceptedOn ?? dayOf(facts.receivedAt);
}

/**
 * Working days spent in special procedures (特别程序) between `start` and `end`: the figure recorded
 * on the pause when there is one, otherwise counted on the calendar, a running pause up to `end`.
 */
export function pausedWorkingDays(calendar: WorkingCalendar, pauses: CaseFacts['pauses'], start: string, end: string): number {
  let paused = 0;
  for (const pause of pauses ?? []) {
    if (pause.pausedWorkingDays !== undefined) {
      paused += pause.pausedWorkingDays;
      continue;
    }
    const from = [dayOf(pause.startedAt), start].sort().at(-1)!;
    const to = [pause.endedAt ? dayOf(pause.endedAt) : end, end].sort()[0]!;
    paused += workingDaysBetween(calendar, from, to);
  }
  return paused;
}

/** Working days from the clock's start to the decision, special procedures excluded; undefined if not countable. */
export function workingDaysToDecide(calendar: WorkingCalendar, facts: CaseFacts): number | undefined {
  if (!facts.decision) return undefined;
  const start = clockStart(facts);
  const decided = dayOf(facts.decision.decidedAt);
  return unlessGap(() =>
    Math.max(0, workingDaysBetween(calendar, start, decided) - pausedWorkingDays(calendar, facts.pauses, start, decided)),
  );
}

export interface StatisticsQuery {
  /** First and last China-local day of the range, both included. */
  from: string;
  to: string;
  /** Today, China-local: the backlog and overdue cases are as of today. */
  today: string;
  department?: string;
  itemCode?: string;
}

export interface Figures {
  /** Received (收件) within the range: the day's intake when the range is one day. */
  received: number;
  /** Cases received by the range's last day and still open today. */
  open: number;
  /** Of those, past their promised day (承诺时限) today. */
  overdue: number;
  /** Decided within the range. */
  decided: number;
  /** Decided within the range on or before the promised day; `decidedLate` after it. Cases without a promised day are in neither. */
  decidedOnTime: number;
  decidedLate: number;
  /** 按时办结率: on time / (on time + late); null when nothing counts. */
  onTimeRate: number | null;
  /** 平均办理时长: working days from 受理 to the decision, special procedures excluded; null when nothing counts. */
  averageWorkingDaysToDecide: number | null;
  /** Forwarded to the back office within the range, and of those within the forwarding limit (转办时限). */
  forwarded: number;
  forwardedInTime: number;
  forwardingCompliance: number | null;
}

export interface OverdueCase {
  caseNumber: string;
  department: string;
  itemCode: string;
  itemName: string;
  state: string;
  promisedBy: string;
  /** promisedBy counted on a year whose holidays are not yet published (以国务院公布的节假日安排为准). */
  provisional?: true;
  /** Working days past the promised day; absent when the calendar cannot count them. */
  workingDaysOverdue?: number;
}

export interface Statistics {
  from: string;
  to: string;
  today: string;
  openByState: { department: string; state: string; count: number }[];
  overdue: OverdueCase[];
  total: Figures;
  byDepartment: (Figures & { department: string })[];
  byItem: (Figures & { department: string; itemCode: string; itemName: string })[];
}

interface Tally {
  received: number;
  open: number;
  overdue: number;
  decided: number;
  decidedOnTime: number;
  decidedLate: number;
  daysToDecide: number[];
  forwarded: number;
  forwardedInTime: number;
}

const emptyTally = (): Tally => ({
  received: 0,
  open: 0,
  overdue: 0,
  decided: 0,
  decidedOnTime: 0,
  decidedLate: 0,
  daysToDecide: [],
  forwarded: 0,
  forwardedInTime: 0,
});

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function figures(t: Tally): Figures {
  const days = t.daysToDecide;
  return {
    received: t.received,
    open: t.open,
    overdue: t.overdue,
    decided: t.decided,
    decidedOnTime: t.decidedOnTime,
    decidedLate: t.decidedLate,
    onTimeRate: share(t.decidedOnTime, t.decidedOnTime + t.decidedLate),
    averageWorkingDaysToDecide: days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 100) / 100,
    forwarded: t.forwarded,
    forwardedInTime: t.forwardedInTime,
    forwardingCompliance: share(t.forwardedInTime, t.forwarded),
  };
}

export function statistics(cases: readonly CaseFacts[], query: StatisticsQuery, calendar: WorkingCalendar): Statistics {
  const { from, to, today } = query;
  const inRange = (day: string) => day >= from && day <= to;
  const total = emptyTally();
  const departments = new Map<string, Tally>();
  const items = new Map<string, { tally: Tally; department: string; itemCode: string; itemName: string }>();
  const openByState = new Map<string, { department: string; state: string; count: number }>();
  const overdue: OverdueCase[] = [];
  const seen = new Set<string>();

  for (const c of cases) {
    if (seen.has(c.caseNumber)) continue;
    seen.add(c.caseNumber);
    if (query.department && c.department !== query.department) continue;
    if (query.itemCode && c.itemCode !== query.itemCode) continue;
    const department = departments.get(c.department) ?? emptyTally();
    departments.set(c.department, department);
    const itemKey = `${c.department}\u0000${c.itemCode}`;
    const item = items.get(itemKey) ?? { tally: emptyTally(), department: c.department, itemCode: c.itemCode, itemName: c.itemName };
    items.set(itemKey, item);
    const count = (field: Exclude<keyof Tally, 'daysToDecide'>) => {
      for (const t of [total, department, item.tally]) t[field]++;
    };
    let counted = false;

    if (inRange(dayOf(c.receivedAt))) {
      counted = true;
      count('received');
    }

    if (isOpen(c.state) && dayOf(c.receivedAt) <= to) {
      counted = true;
      count('open');
      const stateKey = `${c.department}\u0000${c.state}`;
      const cell = openByState.get(stateKey) ?? { department: c.department, state: c.state, count: 0 };
      cell.count++;
      openByState.set(stateKey, cell);
      if (c.promisedBy && today > c.promisedBy) {
        count('overdue');
        const promisedBy = c.promisedBy;
        const days = unlessGap(() => workingDaysBetween(calendar, promisedBy, today));
        overdue.push({
          caseNumber: c.caseNumber,
          department: c.department,
          itemCode: c.itemCode,
          itemName: c.itemName,
          state: c.state,
          promisedBy: c.promisedBy,
          ...(c.provisional ? { provisional: true as const } : {}),
          ...(days === undefined ? {} : { workingDaysOverdue: days }),
        });
      }
    }

    if (c.decision && inRange(dayOf(c.decision.decidedAt))) {
      counted = true;
      count('decided');
      const decidedOn = dayOf(c.decision.decidedAt);
      if (c.promisedBy) count(decidedOn <= c.promisedBy ? 'decidedOnTime' : 'decidedLate');
      const days = workingDaysToDecide(calendar, c);
      if (days !== undefined) for (const t of [total, department, item.tally]) t.daysToDecide.push(days);
    }

    if (c.forwarding && inRange(dayOf(c.forwardedAt ?? c.receivedAt))) {
      counted = true;
      count('forwarded');
      if (!c.forwarding.late) count('forwardedInTime');
    }

    // A case that touches nothing in the range does not make its department or item appear.
    if (!counted) {
      if (department.received + department.open + department.decided + department.forwarded === 0) departments.delete(c.department);
      if (item.tally.received + item.tally.open + item.tally.decided + item.tally.forwarded === 0) items.delete(itemKey);
    }
  }

  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    from,
    to,
    today,
    openByState: [...openByState.values()].sort((a, b) => byName(a.department, b.department) || byName(a.state, b.state)),
    overdue: overdue.sort((a, b) => byName(a.promisedBy, b.promisedBy) || byName(a.caseNumber, b.caseNumber)),
    total: figures(total),
    byDepartment: [...departments.entries()]
      .map(([department, t]) => ({ department, ...figures(t) }))
      .sort((a, b) => byName(a.department, b.department)),
    byItem: [...items.values()]
      .map(({ tally, ...item }) => ({ ...item, ...figures(tally) }))
      .sort((a, b) => byName(a.department, b.department) || byName(a.itemCode, b.itemCode)),
  };
}
