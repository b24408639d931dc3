import { httpHandler } from '#http/handler';
import { HALL_ROUTES } from '#manifest';
import { HALL_CONTRACT } from '#http/contracts/hall';
import { boardOf } from '#services/hall/board';
import { hallConfig, putCategory, putWindow, signInAtWindow, signOutOfWindow, switchTidal, windowNow } from '#services/hall/config';
import { rateAtPad } from '#services/hall/pad';
import {
  callNext,
  finish,
  issueAtDesk,
  linkCaseToTicket,
  listDayTickets,
  recall,
  skip,
  takeAtKiosk,
  ticketOf,
  transfer,
} from '#services/hall/queue';
import { liveStatistics, statistics } from '#services/hall/statistics';

const noStore = { 'cache-control': 'no-store' };

export const handler = httpHandler(HALL_ROUTES, HALL_CONTRACT, {
  'GET /hall/config': async ({ principal, now }) => ({ body: await hallConfig(principal, now) }),
  'PUT /hall/categories/{category}': async ({ path, body, principal, now }) => ({
    body: await putCategory(principal, path.category, body, now),
  }),
  'PUT /hall/windows/{windowId}': async ({ path, body, principal, now }) => ({
    body: await putWindow(principal, path.windowId, body, now),
  }),
  'POST /hall/windows/{windowId}/tidal': async ({ path, body, principal, now }) => ({
    body: await switchTidal(principal, path.windowId, body, now),
  }),
  'POST /hall/windows/{windowId}/sign-in': async ({ path, body, principal, now }) => ({
    body: await signInAtWindow(principal, path.windowId, body, now),
  }),
  'POST /hall/windows/{windowId}/sign-out': async ({ path, principal, now }) => ({
    body: await signOutOfWindow(principal, path.windowId, now),
  }),
  'GET /hall/windows/{windowId}': async ({ path, principal, now }) => ({
    body: await windowNow(principal, path.windowId, now),
    headers: noStore,
  }),
  'POST /public/hall/{centre}/tickets': async ({ path, body, now }) => ({ status: 201, body: await takeAtKiosk(path.centre, body, now) }),
  'POST /hall/tickets': async ({ body, principal, now }) => ({ status: 201, body: await issueAtDesk(principal, body, now) }),
  'GET /hall/tickets': async ({ query, principal, now }) => ({
    body: { tickets: await listDayTickets(principal, query, now) },
    headers: noStore,
  }),
  'GET /hall/tickets/{ticketId}': async ({ path, principal, now }) => ({
    body: await ticketOf(principal, path.ticketId, now),
    headers: noStore,
  }),
  'POST /hall/windows/{windowId}/call': async ({ path, principal, now }) => ({ body: await callNext(principal, path.windowId, now) }),
  'POST /hall/tickets/{ticketId}/recall': async ({ path, principal, now }) => ({ body: await recall(principal, path.ticketId, now) }),
  'POST /hall/tickets/{ticketId}/skip': async ({ path, principal, now }) => ({ body: await skip(principal, path.ticketId, now) }),
  'POST /hall/tickets/{ticketId}/transfer': async ({ path, body, principal, now }) => ({
    body: await transfer(principal, path.ticketId, body, now),
  }),
  'POST /hall/tickets/{ticketId}/finish': async ({ path, principal, now }) => ({ body: await finish(principal, path.ticketId, now) }),
  'POST /hall/tickets/{ticketId}/cases': async ({ path, body, principal, now }) => ({
    body: await linkCaseToTicket(principal, path.ticketId, body.caseNumber, now),
  }),
  'POST /hall/tickets/{ticketId}/rating': async ({ path, body, principal, now }) => ({
    status: 201,
    body: await rateAtPad(principal, path.ticketId, body, now),
  }),
  'GET /public/hall/{centre}/board': async ({ path, now }) => ({ body: await boardOf(path.centre, now), headers: noStore }),
  'GET /hall/statistics': async ({ query, principal }) => ({ body: await statistics(principal, query) }),
  'GET /hall/statistics/live': async ({ principal, now }) => ({ body: await liveStatistics(principal, now), headers: noStore }),
});
