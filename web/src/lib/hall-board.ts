/** Display rules of the hall's pages: which calls are new (to speak), waits, the clerk's buttons. */
import type { StaffRole } from './session';

export interface BoardCall {
  ticketId: string;
  number: string;
  windowName: string;
  at: string;
  kind: 'call' | 'recall';
}

/** A call's identity: the same ticket called again (重呼) is a new call. */
export const callKey = (c: Pick<BoardCall, 'ticketId' | 'at'>) => `${c.ticketId}@${c.at}`;

/**
 * The calls of a new board that were not on the screen before, oldest first (the order to speak
 * them). On the first board (`seen` undefined) nothing is new: opening the screen does not
 * repeat the calls already made.
 */
export function newCalls<C extends BoardCall>(seen: ReadonlySet<string> | undefined, calling: readonly C[]): C[] {
  if (!seen) return [];
  return calling.filter((c) => !seen.has(callKey(c))).sort((a, b) => a.at.localeCompare(b.at));
}

/** 12 分钟 · 1 小时 5 分钟 · 不足 1 分钟. */
export function waitLabel(minutes: number): string {
  const m = Math.floor(minutes);
  if (m < 1) return '不足 1 分钟';
  if (m < 60) return `${m} 分钟`;
  return `${Math.floor(m / 60)} 小时${m % 60 ? ` ${m % 60} 分钟` : ''}`;
}

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'finished' | 'dropped' | 'transferred';

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  waiting: '等候中',
  called: '已叫号',
  serving: '办理中',
  finished: '已办结',
  dropped: '已过号作废',
  transferred: '已转移',
};

/**
 * Solid tag colours for white text at ≥ 4.5:1 (WCAG AA), on white and on the hall screen's dark panels alike:
 * antd's light preset tags (green, orange) are about 3.4:1, and its default tag is see-through on dark.
 */
export const TAG_COLOURS = { open: '#237804', closed: '#595959', priority: '#ad4e00', temporary: '#ad4e00' } as const;

/**
 * Who opens a window's evaluation pad (评价器): the clerks who serve at windows (收件 and 出件 windows alike;
 * the pad is signed in as the window's clerk, who alone may store its ratings) and supervisors, who set the
 * pads up and check them but do not rate.
 */
export const PAD_ROLES: readonly StaffRole[] = ['intake_clerk', 'output_clerk', 'supervisor'];
/** Those of PAD_ROLES who may store a rating on the pad (the server's hall.serve). */
export const PAD_RATING_ROLES: readonly StaffRole[] = ['intake_clerk', 'output_clerk'];

export const PRIORITY_LABELS: Record<string, string> = { elderly: '老年人', disabled: '残疾人', pregnant: '孕妇' };

export type WindowAction = 'call' | 'recall' | 'skip' | 'transfer' | 'finish' | 'intake';

/**
 * What the clerk may press at the window: with no ticket, call the next one (when signed in);
 * with a ticket called or being served: recall, skip (only before serving starts), transfer, finish,
 * and take the application at the intake screen. The next call waits until the ticket is finished.
 */
export function windowActions(signedIn: boolean, serving: TicketStatus | undefined): WindowAction[] {
  if (!signedIn) return [];
  if (serving === 'called') return ['recall', 'skip', 'transfer', 'finish', 'intake'];
  if (serving === 'serving') return ['recall', 'transfer', 'finish', 'intake'];
  return ['call'];
}

/** Share as a percentage with one decimal: 0.8333 → 83.3%; absent → —. */
export function percent(share: number | undefined): string {
  return share === undefined ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
