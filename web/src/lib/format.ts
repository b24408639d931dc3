/** Display rules shared by the screens: Chinese names of states and types, dates, deadline lights. */
export type CaseStateName =
  | 'incomplete'
  | 'registered'
  | 'pending_acceptance'
  | 'supplement_requested'
  | 'accepted'
  | 'special_procedure'
  | 'reported'
  | 'not_accepted'
  | 'approved'
  | 'denied'
  | 'result_ready'
  | 'mailed'
  | 'delivered'
  | 'closed'
  | 'withdrawn';

export const STATE_LABELS: Record<CaseStateName, string> = {
  incomplete: '待补齐（一次性告知）',
  registered: '已收件登记',
  pending_acceptance: '待受理',
  supplement_requested: '补正中',
  accepted: '办理中',
  special_procedure: '特别程序',
  reported: '已上报',
  not_accepted: '不予受理',
  approved: '准予（待出件）',
  denied: '不予许可（待出件）',
  result_ready: '待领取',
  mailed: '已寄出',
  delivered: '已送达',
  closed: '已办结',
  withdrawn: '已撤回',
};

export const ITEM_TYPE_LABELS: Record<string, string> = { immediate: '即办件', promised: '承诺件', reported: '上报件', joint: '联办件' };

export function stateLabel(state: string): string {
  return STATE_LABELS[state as CaseStateName] ?? state;
}

/** 2026-12-07T03:05:00Z → 2026-12-07 11:05 (China time, as the hall reads clocks). */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const china = new Date(d.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())} ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`;
}

export type Light = 'green' | 'yellow' | 'red';
export const LIGHT_LABELS: Record<Light, string> = { green: '绿灯 正常', yellow: '黄灯 临近期限', red: '红灯 已超期' };
/** Solid tag colours: white text on them keeps AA contrast. */
export const LIGHT_COLORS: Record<Light, string> = { green: '#237804', yellow: '#ad6800', red: '#a8071a' };

/**
 * The light a queue shows for a case: the supervision's warning when there is one (it counts
 * working days), green otherwise; no light without a promised date.
 */
export function lightOf(promisedBy: string | undefined, warning: Light | undefined): Light | undefined {
  if (warning) return warning;
  return promisedBy ? 'green' : undefined;
}

/** Queue order: the nearest promised date first; cases without one (not yet accepted) after, oldest first. */
export function byDeadline<T extends { promisedBy?: string; receivedAt: string }>(a: T, b: T): number {
  if (a.promisedBy && b.promisedBy) return a.promisedBy.localeCompare(b.promisedBy) || a.receivedAt.localeCompare(b.receivedAt);
  if (a.promisedBy) return -1;
  if (b.promisedBy) return 1;
  return a.receivedAt.localeCompare(b.receivedAt);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a deadline counted on a year whose holidays are not yet published is marked with. */
export const PROVISIONAL_MARK = '（暂按法定节假日计算）';

/**
 * A promised date as every screen shows it: marked when the year's 调休 is not yet loaded, so it is
 * counted on the statutory holidays only and may move when the State Council publishes the year.
 */
export function deadlineText(promisedBy: string | undefined, provisional: boolean | undefined, none = '—'): string {
  if (!promisedBy) return none;
  return provisional ? `${promisedBy}${PROVISIONAL_MARK}` : promisedBy;
}
