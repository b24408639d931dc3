import type { Principal } from './principal';

/**
 * The audit trail (审计记录) of what is not a case: who flagged or cleared an applicant's credit flag,
 * who entered a rating, who changed the catalog, who loaded a calendar year, every step of a ticket.
 * Each change writes one line and never rewrites one, so a subject's lines are its full history.
 * (Case transitions keep their own audit lines with the case.)
 */
export const AUDIT_SUBJECTS = ['credit_flag', 'rating', 'item', 'calendar', 'ticket', 'hall_window', 'hall_category'] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

export interface AuditActor {
  subject: string;
  name: string;
  role: string;
  department?: string;
}

export interface AuditLine {
  /** Random (UUID v4): with `at` it names the line, and nobody can guess another line's name. */
  lineId: string;
  subject: AuditSubject;
  /** The credit flag's applicant key, the case number rated, the item code, the calendar year, the ticket id. */
  subjectId: string;
  /** Centre of the actor (undefined for an applicant rating online). */
  centre?: string;
  /** e.g. flagged, cleared, rated, item_published, item_retired, item_imported, calendar_loaded, ticket_opened, ticket_followed_up, ticket_extended, ticket_resolved. */
  action: string;
  actor: AuditActor;
  at: string;
  details: Record<string, unknown>;
}

/** An applicant rating on their own with the case number and query code: no staff involved. */
export const APPLICANT: Principal = { subject: 'applicant', name: '申请人', role: 'applicant' };

/**
 * One line of the trail. `centre` defaults to the actor's; an applicant's action belongs to the
 * centre of the case.
 */
export function auditLine(
  input: { subject: AuditSubject; subjectId: string; action: string; centre?: string; details?: Record<string, unknown> },
  by: Principal,
  at: Date,
  lineId: string,
): AuditLine {
  const centre = input.centre ?? by.centre;
  return {
    lineId,
    subject: input.subject,
    subjectId: input.subjectId,
    ...(centre ? { centre } : {}),
    action: input.action,
    actor: { subject: by.subject, name: by.name, role: by.role, ...(by.department ? { department: by.department } : {}) },
    at: at.toISOString(),
    details: input.details ?? {},
  };
}

/**
 * Which lines a principal may read: only those of the centre where the change happened. Each centre
 * keeps its own implementation list (实施清单), so a catalog item's history is its centre's too.
 */
export function visibleAuditLines(principal: Principal, lines: readonly AuditLine[]): AuditLine[] {
  return lines.filter((line) => line.centre !== undefined && line.centre === principal.centre);
}
