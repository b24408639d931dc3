/** Opening hours as a supervisor types them: `09:00-12:00, 13:30-17:00` for chosen weekdays. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
export const WEEKDAY_LABELS: Record<WeekdayKey, string> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
};

export interface Period {
  from: string;
  to: string;
}
export type Hours = Partial<Record<WeekdayKey, Period[]>>;

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Parses the periods; the problem in Chinese when they are malformed, reversed or overlapping. */
export function parsePeriods(text: string): { periods: Period[] } | { problem: string } {
  const parts = text.split(/[,，;；\s]+/).filter(Boolean);
  if (parts.length === 0) return { problem: '请填写办公时间，如 09:00-12:00, 13:30-17:00' };
  const periods: Period[] = [];
  for (const part of parts) {
    const m = /^([01]?\d|2[0-3])[:：]([0-5]\d)[-–~至]([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(part);
    if (!m) return { problem: `“${part}” 不是有效的时间段，应为 HH:MM-HH:MM` };
    const period = { from: `${m[1]!.padStart(2, '0')}:${m[2]}`, to: `${m[3]!.padStart(2, '0')}:${m[4]}` };
    if (minutes(period.to) <= minutes(period.from)) return { problem: `时间段 ${period.from}-${period.to} 的结束时间应晚于开始时间` };
    periods.push(period);
  }
  periods.sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < periods.length; i += 1) {
    if (minutes(periods[i]!.from) < minutes(periods[i - 1]!.to))
      return { problem: `时间段 ${periods[i - 1]!.from}-${periods[i - 1]!.to} 与 ${periods[i]!.from}-${periods[i]!.to} 重叠` };
  }
  return { periods };
}

/** The same periods on each chosen weekday. */
export function hoursOn(days: readonly WeekdayKey[], periods: Period[]): Hours {
  return Object.fromEntries(days.map((d) => [d, periods])) as Hours;
}

/** 周一至周五 09:00-12:00, 13:30-17:00 · 周六 09:00-12:00 (consecutive days with the same periods grouped). */
export function hoursLabel(hours: Hours): string {
  const text = (d: WeekdayKey) => (hours[d] ?? []).map((p) => `${p.from}-${p.to}`).join(', ');
  const groups: { from: WeekdayKey; to: WeekdayKey; periods: string }[] = [];
  for (const d of WEEKDAY_KEYS) {
    const periods = text(d);
    if (!periods) continue;
    const last = groups.at(-1);
    if (last && last.periods === periods && WEEKDAY_KEYS.indexOf(last.to) === WEEKDAY_KEYS.indexOf(d) - 1) last.to = d;
    else groups.push({ from: d, to: d, periods });
  }
  if (groups.length === 0) return '未设置办公时间';
  return groups.map((g) => `${WEEKDAY_LABELS[g.from]}${g.to !== g.from ? `至${WEEKDAY_LABELS[g.to]}` : ''} ${g.periods}`).join(' · ');
}
