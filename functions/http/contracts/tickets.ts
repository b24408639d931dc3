import * as z from 'zod/mini';
import '#domain/zod-locale';
import { MAX_EXTENSION_DAYS, TICKET_KINDS } from '#domain/ticket-kinds';
import { caseNumber, line, text, type RouteContract } from './shared';

const note = text(2000);
const department = line(100);
const Note = z.object({ at: z.string(), by: z.string(), note: z.string() });

const TicketView = z.object({
  ticketId: z.string(),
  kind: z.enum(TICKET_KINDS),
  department: z.string(),
  itemCode: z.optional(z.string()),
  caseNumber: z.optional(z.string()),
  level: z.optional(z.int()),
  comment: z.string(),
  channel: z.optional(z.enum(['window', 'phone', 'online'])),
  openedAt: z.string(),
  openedBy: z.optional(z.object({ name: z.string(), role: z.string() })),
  promisedDays: z.optional(z.int()),
  dueBy: z.optional(z.string()),
  extension: z.optional(z.object({ days: z.int(), reason: z.string(), at: z.string(), by: z.string(), previousDueBy: z.string() })),
  status: z.enum(['open', 'resolved']),
  followUps: z.array(Note),
  resolution: z.optional(z.object({ at: z.string(), by: z.string(), result: z.string() })),
  /** Working days past the due day (until today, or until resolved). */
  daysOverdue: z.optional(z.int()),
});

const ticketId = z.object({ ticketId: z.uuid() });

/** Tickets: 差评整改 (opened by ratings), 办不成事 and 咨询 (opened by staff for an applicant). */
export const TICKET_CONTRACT = {
  'POST /tickets': {
    body: z.strictObject({
      kind: z.enum(['cannot_get_done', 'consultation']),
      comment: note,
      channel: z._default(z.enum(['window', 'phone', 'online']), 'window'),
      department: z.optional(department),
      itemCode: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      caseNumber: z.optional(caseNumber),
    }),
    status: 201,
    response: TicketView,
  },
  'GET /tickets': {
    query: z.strictObject({
      department: z.optional(department),
      status: z.optional(z.enum(['open', 'resolved'])),
      kind: z.optional(z.enum(TICKET_KINDS)),
    }),
    status: 200,
    response: z.object({ tickets: z.array(TicketView) }),
  },
  'POST /tickets/{ticketId}/follow-up': { path: ticketId, body: z.strictObject({ note }), status: 200, response: TicketView },
  'POST /tickets/{ticketId}/extend': {
    path: ticketId,
    body: z.strictObject({ days: z.int().check(z.minimum(1), z.maximum(MAX_EXTENSION_DAYS)), reason: note }),
    status: 200,
    response: TicketView,
  },
  'POST /tickets/{ticketId}/resolve': { path: ticketId, body: z.strictObject({ result: note }), status: 200, response: TicketView },
} satisfies Record<string, RouteContract>;
