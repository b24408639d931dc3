import type { WorkingCalendar } from './calendar';
import { advance, type Transition } from './case/transition';
import { RATED_STATES, type CaseState } from './case/lifecycle';
import type { Actor } from './case/actor';
import type { CaseRecord } from './case/records';
import { conflict, unprocessable } from './errors';
import { DEFAULT_TICKET_DAYS, openTicket, type Ticket } from './ticket';

/** 好差评 (国办发〔2019〕51号): five levels, 1 best. */
export const RATING_LABELS = { 1: '非常满意', 2: '满意', 3: '基本满意', 4: '不满意', 5: '非常不满意' } as const;
export type RatingLevel = keyof typeof RATING_LABELS;
/** window_pad: the evaluation pad (评价器) at the window, rating the service of one queue ticket. */
export type RatingChannel = 'window' | 'online' | 'mobile' | 'phone' | 'query' | 'window_pad';

/** A case can be rated once its service is done: decided, handed over or closed (one list, in the lifecycle). */
export const RATEABLE_STATES: readonly CaseState[] = RATED_STATES;

export interface Rating {
  caseNumber: string;
  level: RatingLevel;
  label: string;
  channel: RatingChannel;
  comment: string;
  ratedAt: string;
  department: string;
  itemCode: string;
  centre: string;
  /** Who entered it for the applicant (window pad, phone); absent when the applicant rated online with the query code. */
  enteredBy?: { subject: string; name: string; role: string };
  /** Who recorded it: the staff member at the window, or the applicant with the query code. */
  ratedBy?: Actor;
}

export function rateCase(record: CaseRecord, input: { level: RatingLevel; channel: RatingChannel; comment: string }, at: Date): Rating {
  if (!RATEABLE_STATES.includes(record.state)) {
    throw conflict('not_rateable_yet', `Case ${record.caseNumber} is ${record.state}; it can be rated once it has been decided.`, {
      caseNumber: record.caseNumber,
      state: record.state,
    });
  }
  if (input.level >= 4 && !input.comment.trim()) {
    throw unprocessable('comment_required', 'A rating of 不满意 or 非常不满意 needs a comment, so the department knows what to put right.');
  }
  return {
    caseNumber: record.caseNumber,
    level: input.level,
    label: RATING_LABELS[input.level],
    channel: input.channel,
    comment: input.comment.trim(),
    ratedAt: at.toISOString(),
    department: record.department,
    itemCode: record.itemCode,
    centre: record.centre,
  };
}

/**
 * The rating as a line of the case's history (好差评 is part of the record): who recorded it, through
 * which channel, the level and the comment. The case's state does not change.
 */
export function ratingTransition(current: CaseRecord, rating: Rating, actor: Actor, at: Date): Transition {
  return advance(current, 'rate', current.state, {}, actor, at, {
    level: rating.level,
    label: rating.label,
    channel: rating.channel,
    comment: rating.comment,
  });
}

/** 差评整改: a 4 or 5 opens a ticket for the department, due in `days` working days. */
export function ticketFor(rating: Rating, ticketId: string, calendar: WorkingCalendar, days = DEFAULT_TICKET_DAYS.rectification): Ticket | undefined {
  if (rating.level < 4) return undefined;
  return openTicket(
    {
      ticketId,
      kind: 'rectification',
      caseNumber: rating.caseNumber,
      centre: rating.centre,
      department: rating.department,
      itemCode: rating.itemCode,
      level: rating.level,
      comment: rating.comment,
      openedAt: rating.ratedAt,
    },
    calendar,
    days,
  );
}

export interface RatingStats {
  department: string;
  itemCode?: string;
  count: number;
  average: number;
  /** 好评率: share of 1–3. */
  goodShare: number;
  byLevel: Record<RatingLevel, number>;
}

export function ratingStats(ratings: Rating[], by: 'department' | 'item'): RatingStats[] {
  const groups = new Map<string, Rating[]>();
  for (const r of ratings) {
    const key = by === 'department' ? r.department : `${r.department}\u0000${r.itemCode}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((group) => {
      const byLevel = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<RatingLevel, number>;
      for (const r of group) byLevel[r.level]++;
      const sum = group.reduce((acc, r) => acc + r.level, 0);
      return {
        department: group[0]!.department,
        ...(by === 'item' ? { itemCode: group[0]!.itemCode } : {}),
        count: group.length,
        average: Math.round((sum / group.length) * 100) / 100,
        goodShare: Math.round(((byLevel[1] + byLevel[2] + byLevel[3]) / group.length) * 1000) / 1000,
        byLevel,
      };
    })
    .sort((a, b) => a.department.localeCompare(b.department) || (a.itemCode ?? '').localeCompare(b.itemCode ?? ''));
}
