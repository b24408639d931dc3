// The tickets' kinds and extension limit, apart from their rules (ticket.ts, which counts working days):
// the API contract needs only these, and loading the working-day calendar with them would slow every function
// that builds the contract.

/** rectification 差评整改, cannot_get_done 办不成事, consultation 咨询: see ticket.ts. */
export const TICKET_KINDS = ['rectification', 'cannot_get_done', 'consultation'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/** At most this many working days of extension (延期), once per ticket. */
export const MAX_EXTENSION_DAYS = 15;
