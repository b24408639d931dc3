import { httpHandler } from '#http/handler';
import { TICKETS_ROUTES } from '#manifest';
import { TICKET_CONTRACT } from '#http/contracts/tickets';
import { extend, followUp, listDepartmentTickets, openApplicantTicket, resolve } from '#services/ticket-service';

export const handler = httpHandler(TICKETS_ROUTES, TICKET_CONTRACT, {
  // Staff open 办不成事 and 咨询 for the applicant in front of them or on the phone (see README).
  'POST /tickets': async ({ body, principal, now }) => ({ status: 201, body: await openApplicantTicket(principal, body, now) }),
  'GET /tickets': async ({ query, principal, now }) => ({ body: { tickets: await listDepartmentTickets(principal, query, now) } }),
  'POST /tickets/{ticketId}/follow-up': async ({ path, body, principal, now }) => ({
    body: await followUp(principal, path.ticketId, body.note, now),
  }),
  'POST /tickets/{ticketId}/extend': async ({ path, body, principal, now }) => ({
    body: await extend(principal, path.ticketId, body, now),
  }),
  'POST /tickets/{ticketId}/resolve': async ({ path, body, principal, now }) => ({
    body: await resolve(principal, path.ticketId, body.result, now),
  }),
});
