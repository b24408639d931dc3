import { addWorkingDays, chinaDay, unlessGap, workingDaysBetween, type WorkingCalendar } from './calendar';
import { badRequest, conflict, notFound, unprocessable } from './errors';
import { TICKET_KINDS, type TicketKind } from './ticket-kinds';

/**
 * Tickets the centre owes an applicant an answer on, each with a promised time, at most one
 * extension, follow-ups and a resolution — one lifecycle for every kind:
 * - rectification (差评整改): opened by a rating of 4 or 5;
 * - cannot_get_done (办不成事): an applicant could not get something done and reports it;
 * - consultation (咨询): a question the department answers.
 */
export { MAX_EXTENSION_DAYS, TICKET_KINDS, type TicketKind } from './ticket-kinds';

/** Working days to answer, per kind; a centre sets its own (TICKET_DAYS, e.g. `consultation=2`). */
export const DEFAULT_TICKET_DAYS: Readonly<Record<TicketKind, number>> = { rectification: 10, cannot_get_done: 5, consultation: 3 };

/** 差评整改 is due in 5–15 working days (国办发〔2019〕51号 as the county applies it). */
const RECTIFICATION_RANGE = [5, 15] as const;

/** Reads `kind=days,…`; unknown kinds, malformed parts and a rectification limit outside 5–15 are errors. */
export function parseTicketDays(text: string | undefined): Record<TicketKind, number> {
  const days = { ...DEFAULT_TICKET_DAYS };
  for (const part of (text ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [kind, value] = part.split('=');
    if (!kind || !(TICKET_KINDS as readonly string[]).includes(kind) || !value || !/^\d+$/.test(value) || Number(value) < 1) {
      throw new Error(`Ticket limit "${part}" is not <kind>=<working days ≥ 1> with kind one of ${TICKET_KINDS.join(', ')}`);
    }
    days[kind as TicketKind] = Number(value);
  }
  const [min, max] = RECTIFICATION_RANGE;
  if (days.rectification < min || days.rectification > max)
    throw new Error(`The rectification limit must be ${min}–${max} working days, not ${days.rectification}`);
  return days;
}

export interface TicketNote {
  at: string;
  by: string;
  note: string;
}

export interface Ticket {
  ticketId: string;
  kind: TicketKind;
  centre: string;
  department: string;
  itemCode?: string;
  caseNumber?: string;
  /** rectification: the rating (4 or 5) that opened it. */
  level?: 1 | 2 | 3 | 4 | 5;
  /** What the applicant said: the rating's comment, the report or the question. */
  comment: string;
  /** How it reached the centre (cannot_get_done, consultation). */
  channel?: 'window' | 'phone' | 'online';
  openedAt: string;
  openedBy?: { name: string; role: string };
  /** Working days promised for the answer (承诺答复时限). */
  promisedDays?: number;
  /** China-local day by which the answer is due; absent when the calendar could not count it. */
  dueBy?: string;
  /** 延期: once, with its reason, recorded. */
  extension?: { days: number; reason: string; at: string; by: string; previousDueBy: string };
  status: 'open' | 'resolved';
  followUps: TicketNote[];
  resolution?: { at: string; by: string; result: string };
  /** Moves with every change, so two people cannot overwrite each other. */
  version?: number;
}

export type NewTicket = Omit<Ticket, 'dueBy' | 'promisedDays' | 'status' | 'followUps' | 'version' | 'extension' | 'resolution'>;

/** The due day `days` working days after `from`, or undefined when the calendar cannot count that far. */
const dueAfter = (calendar: WorkingCalendar, from: string, days: number) => unlessGap(() => addWorkingDays(calendar, from, days));

export function openTicket(input: NewTicket, calendar: WorkingCalendar, days: number): Ticket {
  const dueBy = dueAfter(calendar, chinaDay(new Date(input.openedAt)), days);
  return { ...input, promisedDays: days, ...(dueBy ? { dueBy } : {}), status: 'open', followUps: [], version: 1 };
}

function assertOpen(ticket: Ticket, doing: string): void {
  if (ticket.status !== 'open')
    throw conflict('ticket_resolved', `This ticket is resolved; it takes no more ${doing}.`, { ticketId: ticket.ticketId });
}

const changed = (ticket: Ticket, patch: Partial<Ticket>): Ticket => ({ ...ticket, ...patch, version: (ticket.version ?? 0) + 1 });

export function followUpTicket(ticket: Ticket, note: string, by: string, at: Date): Ticket {
  assertOpen(ticket, 'follow-ups');
  return changed(ticket, { followUps: [...ticket.followUps, { at: at.toISOString(), by, note }] });
}

export function resolveTicket(ticket: Ticket, result: string, by: string, at: Date): Ticket {
  assertOpen(ticket, 'resolution');
  return changed(ticket, { status: 'resolved', resolution: { at: at.toISOString(), by, result } });
}

/** 延期: the due day moves `days` working days on, once, for a recorded reason. */
export function extendTicket(
  ticket: Ticket,
  input: { days: number; reason: string },
  by: string,
  at: Date,
  calendar: WorkingCalendar,
): Ticket {
  assertOpen(ticket, 'extensions');
  if (ticket.extension) {
    throw conflict(
      'already_extended',
      `This ticket was already extended by ${ticket.extension.days} working days on ${ticket.extension.at.slice(0, 10)}; it can be extended once.`,
      {
        ticketId: ticket.ticketId,
      },
    );
  }
  if (!ticket.dueBy)
    throw conflict('no_due_day', 'This ticket has no due day to extend (the calendar for its year is not loaded).', {
      ticketId: ticket.ticketId,
    });
  const dueBy = dueAfter(calendar, ticket.dueBy, input.days);
  if (!dueBy)
    throw conflict(
      'calendar_missing',
      `The working-day calendar does not reach ${input.days} working days after ${ticket.dueBy}; load the next year first.`,
    );
  return changed(ticket, {
    dueBy,
    extension: { days: input.days, reason: input.reason, at: at.toISOString(), by, previousDueBy: ticket.dueBy },
  });
}

/**
 * Working days past the due day: until today while open, until the resolution once resolved
 * (0 when answered in time); undefined without a due day or a calendar that reaches.
 */
export function daysOverdue(ticket: Ticket, today: string, calendar: WorkingCalendar): number | undefined {
  if (!ticket.dueBy) return undefined;
  const end = ticket.resolution ? chinaDay(new Date(ticket.resolution.at)) : today;
  return unlessGap(() => workingDaysBetween(calendar, ticket.dueBy!, end));
}

/** A ticket as staff see it: without the centre and the version, with how late it is. */
export function ticketView(ticket: Ticket, today: string, calendar: WorkingCalendar) {
  const { centre: _c, version: _v, ...rest } = ticket;
  const overdue = daysOverdue(ticket, today, calendar);
  return { ...rest, ...(overdue === undefined ? {} : { daysOverdue: overdue }) };
}

/** What a new report or question is about, as asked: any of the case, the item or the department. */
export interface TicketSubjectAsked {
  caseNumber?: string;
  itemCode?: string;
  department?: string;
}

/**
 * The department (and item, case) a new ticket goes to, from what was found for what was asked:
 * the case decides over the item, the item over the department; a named department must match.
 */
export function ticketSubject(
  asked: TicketSubjectAsked,
  found: {
    case?: { caseNumber: string; department: string; itemCode: string };
    item?: { implementationCode: string; department: string; coDepartments: readonly string[] };
    departments: ReadonlySet<string>;
  },
): { department: string; itemCode?: string; caseNumber?: string } {
  if (asked.caseNumber && !found.case)
    throw notFound('case_not_found', `There is no case ${asked.caseNumber}.`, { caseNumber: asked.caseNumber });
  if (asked.itemCode && !found.item)
    throw notFound('item_not_found', `There is no item ${asked.itemCode} in the catalog.`, { itemCode: asked.itemCode });
  if (found.case && asked.itemCode && asked.itemCode !== found.case.itemCode) {
    throw unprocessable('item_mismatch', `Case ${found.case.caseNumber} is of item ${found.case.itemCode}, not ${asked.itemCode}.`, {
      itemCode: found.case.itemCode,
    });
  }
  const departments = found.case
    ? [found.case.department]
    : found.item
      ? [found.item.department, ...found.item.coDepartments]
      : [...found.departments];
  const department = asked.department ?? departments[0];
  if (!asked.caseNumber && !asked.itemCode && !asked.department) {
    throw badRequest('subject_required', 'Name the department the ticket is for, or the item or case it is about.');
  }
  if (!department || !departments.includes(department)) {
    const about = found.case ? `case ${found.case.caseNumber}` : found.item ? `item ${found.item.implementationCode}` : 'the catalog';
    throw unprocessable('unknown_department', `${asked.department} is not a department of ${about}.`, {
      department: asked.department,
      departments: departments.slice(0, 50),
    });
  }
  return {
    department,
    ...(found.case
      ? { itemCode: found.case.itemCode, caseNumber: found.case.caseNumber }
      : found.item
        ? { itemCode: found.item.implementationCode }
        : {}),
  };
}
