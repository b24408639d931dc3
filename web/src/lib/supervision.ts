/** Shaping the supervisor's figures for the charts and lists: no layout, unit-tested. */
import { stateLabel } from './format';

export interface BacklogCell {
  department: string;
  state: string;
  count: number;
}

/**
 * 各部门积压: one stacked bar per department, one series per state (in Chinese), the departments
 * with the most open cases first.
 */
export function backlogSeries(cells: readonly BacklogCell[]): { departments: string[]; series: { name: string; data: number[] }[] } {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.department, (totals.get(c.department) ?? 0) + c.count);
  const departments = [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
  const states = [...new Set(cells.map((c) => c.state))];
  const series = states.map((state) => ({
    name: stateLabel(state),
    data: departments.map((d) => cells.filter((c) => c.department === d && c.state === state).reduce((n, c) => n + c.count, 0)),
  }));
  return { departments, series };
}

/** 亮灯: how many open cases are yellow and red (the warnings), the rest of the backlog green. */
export function lightCounts(openCases: number, warnings: readonly { level: string }[]): { green: number; yellow: number; red: number } {
  const yellow = warnings.filter((w) => w.level === 'yellow').length;
  const red = warnings.filter((w) => w.level === 'red').length;
  return { green: Math.max(0, openCases - yellow - red), yellow, red };
}

/**
 * Horizontal bars with the first category on top: Chartist draws the first row at the bottom, so the
 * rows go to it last first. `title` names the bar Chartist reports by row and series: category,
 * series and its value in words.
 */
export function barRows<S extends { name: string; data: readonly (number | null)[] }>(
  categories: readonly string[],
  series: readonly S[],
  valueText: (value: number | null) => string,
): { labels: string[]; series: (S & { data: (number | null)[] })[]; title: (row: number, series: number) => string } {
  const last = categories.length - 1;
  return {
    labels: [...categories].reverse(),
    series: series.map((s) => ({ ...s, data: [...s.data].reverse() })),
    title: (row, index) => {
      const s = series[index];
      return `${categories[last - row] ?? ''} · ${s?.name ?? ''}：${valueText(s?.data[last - row] ?? null)}`;
    },
  };
}

/** A share (0.875) as a whole percent (88), or null where nothing counts. */
export function percentOf(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

export const TICKET_KIND_LABELS: Record<string, string> = { rectification: '差评整改', cannot_get_done: '办不成事', consultation: '咨询' };

/** A ticket's standing as the list shows it: closed, overdue by N working days, or due on its day. */
export function ticketStanding(t: { status: string; dueBy?: string; daysOverdue?: number }): {
  text: string;
  tone: 'success' | 'error' | 'processing';
} {
  if (t.status === 'resolved') return { text: t.daysOverdue ? `已办结（超期 ${t.daysOverdue} 个工作日）` : '已办结', tone: 'success' };
  if (t.daysOverdue && t.daysOverdue > 0) return { text: `超期 ${t.daysOverdue} 个工作日`, tone: 'error' };
  return { text: t.dueBy ? `办理中，${t.dueBy} 前答复` : '办理中', tone: 'processing' };
}

export interface ImportProblem {
  line: number;
  implementationCode?: string;
  field?: string;
  reason: string;
}

/** An import's refusal, grouped by line (行) as the supervisor fixes the file, lines in order. */
export function problemsByLine(details: unknown): { line: number; implementationCode?: string; problems: string[] }[] {
  const errors = (details as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  const lines = new Map<number, { line: number; implementationCode?: string; problems: string[] }>();
  for (const e of errors as ImportProblem[]) {
    const entry = lines.get(e.line) ?? { line: e.line, problems: [] };
    if (e.implementationCode && !entry.implementationCode) entry.implementationCode = e.implementationCode;
    entry.problems.push(e.field ? `${e.field}：${e.reason}` : e.reason);
    lines.set(e.line, entry);
  }
  return [...lines.values()].sort((a, b) => a.line - b.line);
}

export const ARCHIVE_PROPERTY_LABELS = { authenticity: '真实性', integrity: '完整性', usability: '可用性', security: '安全性' } as const;
export const CHECK_LABELS: Record<string, string> = { pass: '通过', fail: '未通过', unverified: '未核验' };
