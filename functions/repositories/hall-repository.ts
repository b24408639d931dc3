/**
 * The hall's records (#12): categories and windows, queue tickets with their daily counters, bookings
 * with their slot counters and per-person locks, and the push channel's connections. Every change that
 * two people could make at once is conditional: a number is given once, a ticket is claimed by one window,
 * a slot never takes more than its capacity, a person holds one active booking per category.
 */
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import type { AuditLine } from '#domain/audit-trail';
import { conflict } from '#domain/errors';
import type { Booking, Category, HallWindow, QueueTicket } from '#domain/hall/model';
import type { Rating } from '#domain/rating';
import type { Ticket } from '#domain/ticket';
import { warmCache } from '#adapters/warm-cache';
import { auditLinePut } from './audit-repository';
import { ticketPut as rectificationPut } from './ticket-repository';
import { cancellationCodes, queryIndexPrefix, queryPrefix, type TransactItem } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

const get = async <T>(key: { pk: string; sk: string }): Promise<T | undefined> => {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  return out.Item ? withoutKeys<T>(out.Item) : undefined;
};

const transact = (items: TransactItem[]) => documentClient().send(new TransactWriteCommand({ TransactItems: items }));

const versioned = (version: number | undefined) =>
  version
    ? { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': version } }
    : { ConditionExpression: 'attribute_not_exists(pk)' };

// --- configuration ---

/**
 * A centre's categories as kiosks, calls and the board read them, kept by a warm function for 10 s: every
 * number taken and every call needs them, a supervisor changes them a few times a day. Saving one here
 * forgets them at once; another container sees the change within the 10 s. Windows are never kept: a
 * call changes them.
 */
const categoriesWarm = /* @__PURE__ */ warmCache<string, Category[]>({ max: 100, ttlMs: 10_000 });

export function listCategoriesWarm(centre: string): Promise<Category[]> {
  return categoriesWarm.get(centre, () => queryPrefix<Category>(keys.hallOf(centre), 'CATEGORY#')).then((found) => found ?? []);
}

export const listWindows = (centre: string) => queryPrefix<HallWindow>(keys.hallOf(centre), 'WINDOW#');

export async function listHall(centre: string): Promise<{ categories: Category[]; windows: HallWindow[] }> {
  const [categories, windows] = await Promise.all([
    queryPrefix<Category>(keys.hallOf(centre), 'CATEGORY#'),
    queryPrefix<HallWindow>(keys.hallOf(centre), 'WINDOW#'),
  ]);
  return { categories, windows };
}

/** Centres that have set up a hall (for the no-show sweep). */
export async function listHallCentres(): Promise<string[]> {
  const rows = await queryIndexPrefix<Category>(keys.hallCentres);
  return [...new Set(rows.map((r) => r.centre))];
}

export const getCategory = (centre: string, code: string) => get<Category>(keys.hallCategory(centre, code));
export const getWindow = (centre: string, windowId: string) => get<HallWindow>(keys.hallWindow(centre, windowId));

export async function saveCategory(category: Category, audit: AuditLine): Promise<void> {
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.hallCategory(category.centre, category.code),
          ...keys.hallCentreListing(category.centre, category.code),
          entity: 'hall_category',
          ...category,
        },
      },
    },
    auditLinePut(audit),
  ]);
  categoriesWarm.forget(category.centre);
}

function windowPut(window: HallWindow, previousVersion: number | undefined): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.hallWindow(window.centre, window.windowId), entity: 'hall_window', ...window },
      ...versioned(previousVersion),
    },
  };
}

const windowChanged = (windowId: string) =>
  conflict('window_changed', 'The window was changed meanwhile (another clerk or a supervisor); reload it and try again.', { windowId });

/** Saves a window only if nobody changed it since `previousVersion` (absent: it must be new). */
export async function saveWindow(window: HallWindow, previousVersion: number | undefined, audit?: AuditLine): Promise<void> {
  try {
    await transact([windowPut(window, previousVersion), ...(audit ? [auditLinePut(audit)] : [])]);
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') throw windowChanged(window.windowId);
    throw error;
  }
}

// --- queue tickets ---

const listingGroup = (ticket: QueueTicket): 'W' | 'C' | 'T' =>
  ticket.status === 'waiting' ? 'W' : ticket.status === 'called' || ticket.status === 'serving' ? 'C' : 'T';

function ticketPut(ticket: QueueTicket, previousVersion: number | undefined): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.queueTicket(ticket.ticketId),
        ...keys.queueTicketListing(ticket.centre, ticket.day, listingGroup(ticket), ticket.category, ticket.queuedAt, ticket.ticketId),
        entity: 'queue_ticket',
        ...ticket,
      },
      ...versioned(previousVersion),
    },
  };
}

/**
 * Reserves the category's next number of the day with one atomic increment, so kiosks taking numbers at
 * the same moment never read, collide and try again (under load each lost round trip cost the kiosk most
 * of a second). A number is never given twice; one whose ticket is then not written (a booking changed
 * meanwhile, a crash) is skipped, which leaves nobody waiting for it.
 */
export async function reserveTicketNumber(centre: string, day: string, category: string): Promise<number> {
  const out = await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.hallCounter(centre, day, category),
      UpdateExpression: 'ADD #seq :one SET entity = :entity',
      ExpressionAttributeNames: { '#seq': 'seq' },
      ExpressionAttributeValues: { ':one': 1, ':entity': 'hall_counter' },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return out.Attributes?.seq as number;
}

/**
 * Writes a new ticket under a reserved number (`false` if a ticket of that number exists: reserve another).
 * `extra` goes into the same transaction (a booking checked in).
 */
export async function createTicket(ticket: QueueTicket, extra: TransactItem[] = []): Promise<boolean> {
  try {
    // Alone, one conditional put (half the write units of a transaction).
    if (extra.length === 0) await documentClient().send(new PutCommand(ticketPut(ticket, undefined).Put!));
    else await transact([ticketPut(ticket, undefined), ...extra]);
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    const codes = cancellationCodes(error);
    if (codes?.slice(1).includes('ConditionalCheckFailed'))
      throw conflict('booking_changed', 'The booking was changed meanwhile; look it up again.', {});
    if (codes && (codes[0] === 'ConditionalCheckFailed' || codes.includes('TransactionConflict'))) return false;
    throw error;
  }
}

export const getQueueTicket = (ticketId: string) => get<QueueTicket>(keys.queueTicket(ticketId));

/** A centre's tickets of a day: all, those waiting (in queue order per category), or those at a window now. */
export function listQueueTickets(centre: string, day: string, which: 'all' | 'waiting' | 'at_window' = 'all'): Promise<QueueTicket[]> {
  const prefix = which === 'waiting' ? keys.waitingPrefix : which === 'at_window' ? keys.atWindowPrefix : undefined;
  return queryIndexPrefix<QueueTicket>(keys.queueTicketsOf(centre, day), prefix);
}

export type StepOutcome = 'saved' | 'ticket_changed' | 'window_changed';

/**
 * A step on a ticket and its window together (a call claims the ticket for the window): saved only if
 * neither changed since read. Which one changed is told apart, so a call can move on to the next ticket.
 */
export async function saveTicketStep(
  ticket: { before: QueueTicket; after: QueueTicket },
  window?: { before: HallWindow; after: HallWindow },
  audit: AuditLine[] = [],
): Promise<StepOutcome> {
  try {
    await transact([
      ticketPut(ticket.after, ticket.before.version),
      ...(window ? [windowPut(window.after, window.before.version)] : []),
      ...audit.map(auditLinePut),
    ]);
    return 'saved';
  } catch (error) {
    const codes = cancellationCodes(error);
    if (!codes) throw error;
    if (codes[0] === 'ConditionalCheckFailed') return 'ticket_changed';
    if (codes[1] === 'ConditionalCheckFailed') return 'window_changed';
    if (codes.includes('TransactionConflict')) return 'ticket_changed';
    throw error;
  }
}

// --- bookings ---

export const getBooking = (bookingCode: string) => get<Booking>(keys.booking(bookingCode));

function bookingPut(booking: Booking, condition: 'new' | Booking['status']): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.booking(booking.bookingCode),
        ...keys.bookingListing(booking.centre, booking.day, booking.category, booking.slot, booking.bookingCode),
        entity: 'booking',
        ...booking,
      },
      ...(condition === 'new'
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': condition } }),
    },
  };
}

const slotRelease = (b: Booking): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.bookingSlot(b.centre, b.category, b.day, b.slot),
    UpdateExpression: 'ADD booked :minus',
    ConditionExpression: 'booked > :zero',
    ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
  },
});

const lockRelease = (b: Booking): TransactItem => ({
  Delete: { TableName: tableName(), Key: keys.activeBooking(b.centre, b.applicantKey, b.category) },
});

export type BookingRefusal = 'slot_full' | 'already_booked' | 'retry';

/** A new booking: a place in its slot (under capacity), the person's lock on the category, the booking itself. */
export async function createBooking(booking: Booking, capacity: number): Promise<BookingRefusal | undefined> {
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: keys.bookingSlot(booking.centre, booking.category, booking.day, booking.slot),
          UpdateExpression: 'SET entity = :e, slot = :slot ADD booked :one',
          ConditionExpression: 'attribute_not_exists(booked) OR booked < :capacity',
          ExpressionAttributeValues: { ':one': 1, ':capacity': capacity, ':e': 'booking_slot', ':slot': booking.slot },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.activeBooking(booking.centre, booking.applicantKey, booking.category),
            entity: 'booking_lock',
            bookingCode: booking.bookingCode,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      bookingPut(booking, 'new'),
    ]);
    return undefined;
  } catch (error) {
    const codes = cancellationCodes(error);
    if (!codes) throw error;
    if (codes[0] === 'ConditionalCheckFailed') return 'slot_full';
    if (codes[1] === 'ConditionalCheckFailed') return 'already_booked';
    return 'retry';
  }
}

/** Places taken per slot start of a category's day. */
export async function slotUse(centre: string, category: string, day: string): Promise<Map<string, number>> {
  const { pk, prefix } = keys.bookingSlotsOf(centre, category, day);
  const rows = await queryPrefix<{ slot: string; booked?: number }>(pk, prefix);
  return new Map(rows.map((r) => [r.slot, Number(r.booked ?? 0)]));
}

/** Cancelled: the place and the person's lock are freed with it. */
export async function cancelStoredBooking(after: Booking): Promise<void> {
  try {
    await transact([bookingPut(after, 'booked'), slotRelease(after), lockRelease(after)]);
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed')
      throw conflict('booking_changed', 'The booking was changed meanwhile; look it up again.', {});
    throw error;
  }
}

/** The check-in's part of the ticket's transaction: the booking moves on and the person may book again. */
export function checkInItems(after: Booking): TransactItem[] {
  return [bookingPut(after, 'booked'), lockRelease(after)];
}

/** A no-show: recorded on the booking and with the person (the blocking rule counts those), lock freed. */
export async function recordNoShow(after: Booking): Promise<boolean> {
  try {
    await transact([
      bookingPut(after, 'booked'),
      lockRelease(after),
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.noShow(after.centre, after.applicantKey, after.day, after.bookingCode),
            entity: 'no_show',
            day: after.day,
            bookingCode: after.bookingCode,
          },
        },
      },
    ]);
    return true;
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}

export async function noShowDays(centre: string, applicantKey: string): Promise<string[]> {
  const { pk, prefix } = keys.noShowsOf(centre, applicantKey);
  return (await queryPrefix<{ day: string }>(pk, prefix)).map((r) => r.day);
}

export const listBookings = (centre: string, day: string) => queryIndexPrefix<Booking>(keys.bookingsOf(centre, day));

// --- push connections ---

/** API Gateway closes a WebSocket connection after 2 hours; a row outliving it is removed by TTL. */
const CONNECTION_TTL_SECONDS = 3 * 3600;

export async function savePushConnection(centre: string, connectionId: string, at: Date): Promise<void> {
  const expiresAt = Math.floor(at.getTime() / 1000) + CONNECTION_TTL_SECONDS;
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.pushConnection(centre, connectionId),
          entity: 'push_connection',
          connectionId,
          centre,
          connectedAt: at.toISOString(),
          expiresAt,
        },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.pushConnectionCentre(connectionId), entity: 'push_connection_centre', centre, expiresAt },
      },
    },
  ]);
}

export async function deletePushConnection(connectionId: string, centre?: string): Promise<void> {
  const owner = centre ?? (await get<{ centre: string }>(keys.pushConnectionCentre(connectionId)))?.centre;
  await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: keys.pushConnectionCentre(connectionId) }));
  if (owner) await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: keys.pushConnection(owner, connectionId) }));
}

export async function listPushConnections(centre: string): Promise<string[]> {
  const { pk, prefix } = keys.pushConnectionsOf(centre);
  return (await queryPrefix<{ connectionId: string }>(pk, prefix)).map((r) => r.connectionId);
}

// --- evaluation pad ---

/**
 * The pad's rating: the ticket marked rated and the window's pad freed (both under their versions), one
 * 好差评 per linked case (listed with the centre's ratings), the rectification ticket a 4 or 5 opens,
 * and the audit lines — all or nothing.
 */
export async function savePadRating(
  ticket: { before: QueueTicket; after: QueueTicket },
  window: { before: HallWindow; after: HallWindow } | undefined,
  ratings: Rating[],
  rectification: Ticket | undefined,
  audit: AuditLine[],
): Promise<StepOutcome> {
  const ratingItems: TransactItem[] = ratings.map((r) => ({
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.padRating(ticket.after.ticketId, r.caseNumber),
        ...keys.ratingListing(r.centre, r.department, r.itemCode, r.caseNumber),
        entity: 'rating',
        ticketId: ticket.after.ticketId,
        ...r,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
  try {
    await transact([
      ticketPut(ticket.after, ticket.before.version),
      ...(window ? [windowPut(window.after, window.before.version)] : []),
      ...ratingItems,
      ...(rectification ? [rectificationPut(rectification, { expression: 'attribute_not_exists(pk)' })] : []),
      ...audit.map(auditLinePut),
    ]);
    return 'saved';
  } catch (error) {
    const codes = cancellationCodes(error);
    if (!codes) throw error;
    if (window && codes[1] === 'ConditionalCheckFailed') return 'window_changed';
    if (codes.includes('ConditionalCheckFailed') || codes.includes('TransactionConflict')) return 'ticket_changed';
    throw error;
  }
}

/** The booking's SMS (its outbox): queued with the booking, then marked sent. */
export async function markBookingSms(bookingCode: string, sms: NonNullable<Booking['sms']>): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.booking(bookingCode),
      UpdateExpression: 'SET sms = :sms',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':sms': sms },
    }),
  );
}
