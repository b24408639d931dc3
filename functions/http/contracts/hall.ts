import * as z from 'zod/mini';
import '#domain/zod-locale';
import { PRIORITY_REASONS, QUEUE_TICKET_STATUSES, TICKET_SOURCES, WINDOW_KINDS } from '#domain/hall/model';
import { bookingCode, code, Hours, idNumber, publicCentre } from './hall-fields';
import { caseNumber, day, line, text, type RouteContract } from './shared';

const ticketId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}-\d{8}-[A-Z]\d{3,4}$/, '不是有效的号票编号'));
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const CategoryView = z.object({
  code: z.string(),
  letter: z.string(),
  name: z.string(),
  itemCodes: z.array(z.string()),
  departments: z.array(z.string()),
  booking: z.optional(z.object({ slotMinutes: z.int(), capacity: z.int() })),
  hours: Hours,
  updatedAt: z.string(),
  updatedBy: z.string(),
});

const ShiftView = z.object({
  subject: z.string(),
  name: z.string(),
  post: z.enum(['A', 'B']),
  since: z.string(),
  tookOverFrom: z.optional(z.object({ subject: z.string(), name: z.string(), reason: z.string() })),
});

const WindowView = z.object({
  windowId: z.string(),
  name: z.string(),
  kind: z.enum(WINDOW_KINDS),
  /** 无差别综窗 … 出件 */
  kindLabel: z.string(),
  categories: z.array(z.string()),
  pendingSwitch: z.optional(z.object({ categories: z.array(z.string()), reason: z.string(), by: z.string(), at: z.string() })),
  temporary: z.boolean(),
  hours: Hours,
  /** Open now by its hours on the working-day calendar. */
  openNow: z.boolean(),
  shift: z.optional(ShiftView),
  servingTicketId: z.optional(z.string()),
  awaitingRatingTicketId: z.optional(z.string()),
  version: z.int(),
  updatedAt: z.string(),
});

export const QueueTicketView = z.object({
  ticketId: z.string(),
  number: z.string(),
  day: z.string(),
  category: z.string(),
  categoryName: z.string(),
  source: z.enum(TICKET_SOURCES),
  priority: z.optional(z.enum(PRIORITY_REASONS)),
  bookingCode: z.optional(z.string()),
  slotStart: z.optional(z.string()),
  idNumberMasked: z.optional(z.string()),
  takenAt: z.string(),
  status: z.enum(QUEUE_TICKET_STATUSES),
  skips: z.int(),
  window: z.optional(z.string()),
  calls: z.array(
    z.object({ windowId: z.string(), windowName: z.string(), at: z.string(), by: z.string(), kind: z.enum(['call', 'recall']) }),
  ),
  calledAt: z.optional(z.string()),
  windowId: z.optional(z.string()),
  clerk: z.optional(z.object({ subject: z.string(), name: z.string() })),
  finishedAt: z.optional(z.string()),
  droppedAt: z.optional(z.string()),
  transfers: z.array(
    z.object({
      at: z.string(),
      by: z.string(),
      fromCategory: z.string(),
      toCategory: z.string(),
      toWindow: z.optional(z.string()),
      reason: z.string(),
    }),
  ),
  caseNumbers: z.array(z.string()),
  rating: z.optional(z.object({ level: z.int(), at: z.string() })),
  /** Minutes from taking the number to the first call (or until now while waiting). */
  waitMinutes: z.number(),
  /** Tickets ahead of it in its category while it waits. */
  ahead: z.optional(z.int()),
  version: z.int(),
});

/** What the hall screen (大屏) shows; the push channel sends the same shape. */
export const BoardView = z.object({
  centre: z.string(),
  centreName: z.string(),
  at: z.string(),
  /** Numbers being called now (one per window), newest first. */
  calling: z.array(
    z.object({
      ticketId: z.string(),
      number: z.string(),
      windowId: z.string(),
      windowName: z.string(),
      at: z.string(),
      kind: z.enum(['call', 'recall']),
    }),
  ),
  /** The last calls of the day, newest first. */
  recent: z.array(z.object({ number: z.string(), windowName: z.string(), at: z.string() })),
  waiting: z.array(
    z.object({ category: z.string(), letter: z.string(), name: z.string(), count: z.int(), longestWaitMinutes: z.number() }),
  ),
  windows: z.array(
    z.object({ windowId: z.string(), name: z.string(), kindLabel: z.string(), open: z.boolean(), serving: z.optional(z.string()) }),
  ),
});

const StatsRow = z.object({
  key: z.string(),
  label: z.string(),
  tickets: z.int(),
  served: z.int(),
  dropped: z.int(),
  averageWaitMinutes: z.number(),
  p90WaitMinutes: z.number(),
  averageServiceMinutes: z.number(),
  noShows: z.int(),
  bookingsUsed: z.int(),
  ratings: z.int(),
  averageRating: z.optional(z.number()),
  /** Share of ratings 1–3 (满意 and better); 4–5 are 差评. */
  goodShare: z.optional(z.number()),
});

const windowPath = z.object({ windowId: code });
const ticketPath = z.object({ ticketId });

/** The kiosk takes by category, or checks a booking in by its code. */
const TakeBody = z.union([z.strictObject({ category: code, idNumber: z.optional(idNumber) }), z.strictObject({ bookingCode })]);

/** The hall (#12): windows and categories, shifts, queue tickets, calls, the screen, the pad, statistics (bookings: hall-bookings.ts). */
export const HALL_CONTRACT = {
  // --- configuration ---
  'GET /hall/config': {
    status: 200,
    response: z.object({ centre: z.string(), categories: z.array(CategoryView), windows: z.array(WindowView) }),
  },
  'PUT /hall/categories/{category}': {
    path: z.object({ category: code }),
    body: z.strictObject({
      letter: z.string().check(z.regex(/^[A-Z]$/, '类别字母应为一个大写字母')),
      name: line(50),
      itemCodes: z._default(z.array(line(64)).check(z.maxLength(200)), []),
      departments: z._default(z.array(line(100)).check(z.maxLength(50)), []),
      booking: z.optional(
        z.strictObject({
          slotMinutes: z.int().check(z.minimum(10), z.maximum(240)),
          capacity: z.int().check(z.minimum(1), z.maximum(200)),
        }),
      ),
      hours: Hours,
    }),
    status: 200,
    response: CategoryView,
  },
  'PUT /hall/windows/{windowId}': {
    path: windowPath,
    body: z.strictObject({
      name: line(50),
      kind: z.enum(WINDOW_KINDS),
      categories: z.array(code).check(z.maxLength(30)),
      hours: Hours,
      temporary: z._default(z.boolean(), false),
    }),
    status: 200,
    response: WindowView,
  },
  'POST /hall/windows/{windowId}/tidal': {
    path: windowPath,
    body: z.strictObject({ categories: z.array(code).check(z.minLength(1), z.maxLength(30)), reason: text(500) }),
    status: 200,
    response: WindowView,
  },
  // --- shifts ---
  'POST /hall/windows/{windowId}/sign-in': {
    path: windowPath,
    /** B post taking over a window someone else holds (AB岗顶岗) must say why. */
    body: z.strictObject({ post: z._default(z.enum(['A', 'B']), 'A'), takeOverReason: z.optional(text(500)) }),
    status: 200,
    response: WindowView,
  },
  'POST /hall/windows/{windowId}/sign-out': { path: windowPath, status: 200, response: WindowView },
  'GET /hall/windows/{windowId}': {
    path: windowPath,
    status: 200,
    response: z.object({
      window: WindowView,
      serving: z.optional(QueueTicketView),
      awaitingRating: z.optional(QueueTicketView),
      waiting: z.int(),
    }),
  },
  // --- tickets (取号) ---
  'POST /public/hall/{centre}/tickets': { path: publicCentre, body: TakeBody, status: 201, response: QueueTicketView },
  'POST /hall/tickets': {
    body: z.strictObject({ category: code, priority: z.optional(z.enum(PRIORITY_REASONS)), idNumber: z.optional(idNumber) }),
    status: 201,
    response: QueueTicketView,
  },
  'GET /hall/tickets': {
    /** caseNumber: the ticket the case was registered under (its applicant's wait), on the day the case was received. */
    query: z.strictObject({
      day: z.optional(day),
      status: z.optional(z.enum(QUEUE_TICKET_STATUSES)),
      category: z.optional(code),
      caseNumber: z.optional(caseNumber),
    }),
    status: 200,
    response: z.object({ tickets: z.array(QueueTicketView) }),
  },
  'GET /hall/tickets/{ticketId}': { path: ticketPath, status: 200, response: QueueTicketView },
  // --- calls (叫号) ---
  'POST /hall/windows/{windowId}/call': {
    path: windowPath,
    status: 200,
    /** ticket absent: nobody waits for what the window serves. */
    response: z.object({ ticket: z.optional(QueueTicketView), window: WindowView }),
  },
  'POST /hall/tickets/{ticketId}/recall': { path: ticketPath, status: 200, response: QueueTicketView },
  'POST /hall/tickets/{ticketId}/skip': { path: ticketPath, status: 200, response: QueueTicketView },
  'POST /hall/tickets/{ticketId}/transfer': {
    path: ticketPath,
    body: z.strictObject({ category: z.optional(code), windowId: z.optional(code), reason: text(500) }),
    status: 200,
    response: QueueTicketView,
  },
  'POST /hall/tickets/{ticketId}/finish': { path: ticketPath, status: 200, response: QueueTicketView },
  'POST /hall/tickets/{ticketId}/cases': { path: ticketPath, body: z.strictObject({ caseNumber }), status: 200, response: QueueTicketView },
  // --- evaluation pad (评价器) ---
  'POST /hall/tickets/{ticketId}/rating': {
    path: ticketPath,
    body: z.strictObject({ level, comment: z._default(z.string().check(z.trim(), z.maxLength(500)), '') }),
    status: 201,
    response: z.object({
      ticket: QueueTicketView,
      /** One 好差评 per case linked to the ticket (channel window_pad); ticketId: the rectification ticket a 4 or 5 opened. */
      ratings: z.array(z.object({ caseNumber: z.string(), level: z.int(), label: z.string(), ticketId: z.optional(z.string()) })),
      label: z.string(),
    }),
  },
  // --- screen (大屏) ---
  'GET /public/hall/{centre}/board': { path: publicCentre, status: 200, response: BoardView },
  // --- statistics ---
  'GET /hall/statistics': {
    query: z.strictObject({ from: day, to: day, by: z._default(z.enum(['day', 'window', 'clerk', 'category']), 'day') }),
    status: 200,
    response: z.object({ from: z.string(), to: z.string(), by: z.string(), rows: z.array(StatsRow), total: StatsRow }),
  },
  'GET /hall/statistics/live': {
    status: 200,
    response: z.object({
      at: z.string(),
      categories: z.array(
        z.object({ category: z.string(), name: z.string(), waiting: z.int(), longestWaitMinutes: z.number(), windowsServing: z.int() }),
      ),
      longestWaitMinutes: z.number(),
      waiting: z.int(),
    }),
  },
} satisfies Record<string, RouteContract>;
