/**
 * 预约爽约: a booking whose slot ended without a check-in is a no-show. Three no-shows within 30 days
 * block booking for 30 days from the last one (the county may set other figures: HALL_NO_SHOW_RULE,
 * `count/withinDays/blockDays`, e.g. `3/30/30`).
 */
import { formatDay, parseDay } from '#domain/calendar';

export interface NoShowRule {
  count: number;
  withinDays: number;
  blockDays: number;
}

export const DEFAULT_NO_SHOW_RULE: NoShowRule = { count: 3, withinDays: 30, blockDays: 30 };

export function parseNoShowRule(setting: string | undefined): NoShowRule {
  if (!setting) return DEFAULT_NO_SHOW_RULE;
  const m = /^(\d+)\/(\d+)\/(\d+)$/.exec(setting.trim());
  if (!m) throw new Error(`HALL_NO_SHOW_RULE must read count/withinDays/blockDays (e.g. 3/30/30), not ${setting}`);
  const [count, withinDays, blockDays] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (count < 1 || withinDays < 1 || blockDays < 1) throw new Error(`HALL_NO_SHOW_RULE figures must be at least 1: ${setting}`);
  return { count, withinDays, blockDays };
}

const addDays = (day: string, days: number) => formatDay(new Date(parseDay(day).getTime() + days * 86_400_000));

/**
 * The last day booking stays blocked, or undefined when the person may book today. Counted over every
 * window of `withinDays` ending at a no-show: the rule is met when `count` no-shows fall in one, and it
 * blocks for `blockDays` from the no-show that met it.
 */
export function blockedUntil(noShowDays: readonly string[], today: string, rule: NoShowRule = DEFAULT_NO_SHOW_RULE): string | undefined {
  const days = [...noShowDays].sort();
  let until: string | undefined;
  for (let i = rule.count - 1; i < days.length; i++) {
    const last = days[i]!;
    const first = days[i - rule.count + 1]!;
    if (first > addDays(last, -rule.withinDays)) {
      const end = addDays(last, rule.blockDays);
      if (!until || end > until) until = end;
    }
  }
  return until && until >= today ? until : undefined;
}
