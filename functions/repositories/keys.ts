/**
 * The table's key design, in one place. Only repositories import this module.
 * One table: pk/sk, plus gsi1 (gsi1pk/gsi1sk) for queues and listings; `expiresAt` is the TTL attribute.
 */
import { badRequest } from '#domain/errors';

/** The table's key attributes and its one index: CDK and the local engine create the table from this. */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  index: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ttlAttribute: 'expiresAt',
} as const;

/**
 * The case head's attribute holding audit lines not written out yet (lines that ride on the head; the
 * audit writer, fed by the table's stream, writes them out). The stream filter of the audit writer names it.
 */
export const PENDING_AUDIT_ATTRIBUTE = 'pendingAudit';

/**
 * The audit trail's own table (pk/sk, no index, no TTL, no stream): lines are only ever added. In AWS the
 * writing functions may only PutItem there, never read, update or delete, and the table's resource policy
 * denies every item change but PutItem to everyone (infra/constructs/audit-trail.ts).
 */
export const AUDIT_TABLE_DESIGN = { partitionKey: 'pk', sortKey: 'sk' } as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const keys = {
  item: (code: string, version: number) => ({ pk: `ITEM#${code}`, sk: `V#${pad(version, 6)}` }),
  itemCurrent: (code: string) => ({ pk: `ITEM#${code}`, sk: 'CURRENT' }),
  /** Each centre's implementation list (实施清单) is its own partition; `ITEMS` holds items listed before centres had lists. */
  itemListing: (centre: string, department: string, code: string) => ({ gsi1pk: `ITEMS#${centre}`, gsi1sk: `${department}#${code}` }),
  itemsOf: (centre: string) => `ITEMS#${centre}`,
  // 基本目录: the shared base list above the centres, one row per basic code.
  baseItem: (basicCode: string) => ({ pk: `BASEITEM#${basicCode}`, sk: 'CURRENT' }),
  baseItemListing: (basicCode: string) => ({ gsi1pk: 'BASEITEMS', gsi1sk: basicCode }),
  baseItems: 'BASEITEMS',
  legacyItems: 'ITEMS',

  case: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'CASE' }),
  /**
   * What a case keeps apart from the item every transition rewrites (materials, sealed personal data,
   * applicant…): written once, and again only on the rare step that changes it. Its sort key starts
   * like the case's, so one query reads both.
   */
  caseFile: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'CASE#FILE' }),
  /**
   * The other parts a step adds to a case once (受理, 决定 and result, 送达, 上报, 联办意见): each its own
   * item beside the head, written with the step that changes it, so the head stays under 1 KB.
   */
  casePart: (caseNumber: string, part: string) => ({ pk: `CASE#${caseNumber}`, sk: `CASE#${part}` }),
  caseWithFile: 'CASE',
  audit: (caseNumber: string, seq: number) => ({ pk: `CASE#${caseNumber}`, sk: `AUDIT#${pad(seq, 6)}` }),
  auditPrefix: 'AUDIT#',
  calendarYear: (centre: string, year: number) => ({ pk: `CALENDAR#${centre}`, sk: `YEAR#${year}` }),
  calendarOf: (centre: string) => ({ pk: `CALENDAR#${centre}`, prefix: 'YEAR#' }),
  rating: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'RATING' }),
  ratingListing: (centre: string, department: string, itemCode: string, caseNumber: string) => ({
    gsi1pk: `RATINGS#${centre}`,
    gsi1sk: `${department}#${itemCode}#${caseNumber}`,
  }),
  ratingsOf: (centre: string) => `RATINGS#${centre}`,
  ticket: (ticketId: string) => ({ pk: `TICKET#${ticketId}`, sk: 'TICKET' }),
  ticketListing: (centre: string, department: string, openedAt: string, ticketId: string) => ({
    gsi1pk: `TICKETS#${centre}#${department}`,
    gsi1sk: `${openedAt}#${ticketId}`,
  }),
  ticketsOf: (centre: string, department: string) => `TICKETS#${centre}#${department}`,
  warning: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'WARNING' }),
  // 联办: a co-department's open opinion task, listed in that department's worklist, oldest first.
  coTask: (caseNumber: string, department: string) => ({ pk: `CASE#${caseNumber}`, sk: `COTASK#${department}` }),
  coTaskListing: (centre: string, department: string, since: string, caseNumber: string) => ({
    gsi1pk: `COQUEUE#${centre}#${department}`,
    gsi1sk: `${since}#${caseNumber}`,
  }),
  coTasksOf: (centre: string, department: string) => `COQUEUE#${centre}#${department}`,
  warningListing: (centre: string, level: string, promisedBy: string, caseNumber: string) => ({
    gsi1pk: `WARNINGS#${centre}`,
    gsi1sk: `${level}#${promisedBy}#${caseNumber}`,
  }),
  warningsOf: (centre: string) => `WARNINGS#${centre}`,
  /** A stalled case, listed for supervisors until its workflow is back on track. */
  stalled: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'STALLED' }),
  stalledListing: (centre: string, department: string, caseNumber: string) => ({
    gsi1pk: `STALLED#${centre}`,
    gsi1sk: `${department}#${caseNumber}`,
  }),
  stalledOf: (centre: string) => `STALLED#${centre}`,
  /**
   * A case's statistics line: open cases of a centre in one partition (by department), settled ones
   * in a partition per month of the day they settled, so a date range reads only its months.
   */
  caseStats: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'STATS' }),
  caseStatsListing: (centre: string, department: string, caseNumber: string, settledOn?: string) =>
    settledOn
      ? { gsi1pk: `CASESTATS#${centre}#${settledOn.slice(0, 7)}`, gsi1sk: `${settledOn}#${caseNumber}` }
      : { gsi1pk: `CASESTATS#${centre}#open`, gsi1sk: `${department}#${caseNumber}` },
  openCaseStatsOf: (centre: string) => `CASESTATS#${centre}#open`,
  settledCaseStatsOf: (centre: string, month: string) => `CASESTATS#${centre}#${month}`,
  personalDataAccess: (caseNumber: string, at: string, id: string) => ({ pk: `CASE#${caseNumber}`, sk: `ACCESS#${at}#${id}` }),
  caseQueue: (centre: string, department: string) => `QUEUE#${centre}#${department}`,
  /** Within a state, the most urgent first: by the promised deadline, else the day received. */
  caseQueueSort: (state: string, dueOrReceived: string, caseNumber: string) => `${state}#${dueOrReceived}#${caseNumber}`,

  counter: (centre: string, date: string) => ({ pk: `COUNTER#${centre}#${date}`, sk: 'COUNTER' }),

  // Notices (文书) live with their case; each kind is numbered in its own series per centre and day.
  notice: (caseNumber: string, noticeId: string) => ({ pk: `CASE#${caseNumber}`, sk: `NOTICE#${noticeId}` }),
  noticePrefix: 'NOTICE#',
  noticeCounter: (centre: string, date: string, kindCode: string) => ({ pk: `NOTICECOUNTER#${centre}#${date}`, sk: `KIND#${kindCode}` }),
  // 领取通知 outbox: one message per audit line and kind, with its case; listed per centre, newest first.
  notification: (caseNumber: string, notificationId: string) => ({ pk: `CASE#${caseNumber}`, sk: `NOTIFY#${notificationId}` }),
  notificationPrefix: 'NOTIFY#',
  notificationListing: (centre: string, queuedAt: string, caseNumber: string, notificationId: string) => ({
    gsi1pk: `NOTIFICATIONS#${centre}`,
    gsi1sk: `${queuedAt}#${caseNumber}#${notificationId}`,
  }),
  notificationsOf: (centre: string) => `NOTIFICATIONS#${centre}`,
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' }),
  upload: (uploadId: string) => ({ pk: `UPLOAD#${uploadId}`, sk: 'UPLOAD' }),
  applicantMaterial: (applicantKey: string, code: string, sha256: string) => ({
    pk: `APPLICANT#${applicantKey}`,
    sk: `MATERIAL#${code}#${sha256}`,
  }),
  applicantMaterials: (applicantKey: string) => ({ pk: `APPLICANT#${applicantKey}`, prefix: 'MATERIAL#' }),
  /** Each centre keeps its own credit warning list; `CREDIT` is a flag set before that, the deployment centre's. */
  creditFlag: (applicantKey: string, centre: string) => ({ pk: `APPLICANT#${applicantKey}`, sk: `CREDIT#${centre}` }),
  legacyCreditFlag: (applicantKey: string) => ({ pk: `APPLICANT#${applicantKey}`, sk: 'CREDIT' }),
  missedCommitment: (applicantKey: string, caseNumber: string) => ({ pk: `APPLICANT#${applicantKey}`, sk: `MISSED#${caseNumber}` }),
  missedCommitments: (applicantKey: string) => ({ pk: `APPLICANT#${applicantKey}`, prefix: 'MISSED#' }),
  rejection: (rejectionId: string) => ({ pk: `REJECTION#${rejectionId}`, sk: 'REJECTION' }),
  /** Refused county applications per centre; `REJECTIONS` holds those refused before centres were told apart. */
  rejectionListing: (centre: string, at: string, rejectionId: string) => ({
    gsi1pk: `REJECTIONS#${centre}`,
    gsi1sk: `${at}#${rejectionId}`,
  }),
  rejectionsOf: (centre: string) => `REJECTIONS#${centre}`,
  legacyRejections: 'REJECTIONS',
  // 归档: the archive entry of a case, listed per centre and department by the day it was archived
  // (一天一归档); changes refused because the case is archived; the latest verification of its package.
  archiveEntry: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'ARCHIVE' }),
  archiveListing: (centre: string, department: string, day: string, caseNumber: string) => ({
    gsi1pk: `ARCHIVED#${centre}#${department}`,
    gsi1sk: `${day}#${caseNumber}`,
  }),
  archivedOf: (centre: string, department: string) => `ARCHIVED#${centre}#${department}`,
  refusedChange: (caseNumber: string, at: string, id: string) => ({ pk: `CASE#${caseNumber}`, sk: `REFUSED#${at}#${id}` }),
  refusedPrefix: 'REFUSED#',
  verification: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: 'VERIFICATION' }),
  /** Failed before passed, then by time checked. */
  verificationListing: (centre: string, status: string, checkedAt: string, caseNumber: string) => ({
    gsi1pk: `VERIFICATIONS#${centre}`,
    gsi1sk: `${status}#${checkedAt}#${caseNumber}`,
  }),
  verificationsOf: (centre: string) => `VERIFICATIONS#${centre}`,
  // Audit trail (its own table): one partition per subject, lines in time order; the random line id makes
  // each key unguessable, so a function that may only add lines cannot name an existing one.
  auditLine: (subject: string, subjectId: string, at: string, lineId: string) => ({
    pk: `${subject.toUpperCase()}#${subjectId}`,
    sk: `${at}#${lineId}`,
  }),
  auditTrailOf: (subject: string, subjectId: string) => `${subject.toUpperCase()}#${subjectId}`,
  // 办件查询 (case search): rows written once at registration, each in a listing the search reads
  // newest first. By the day received (the whole centre), by the applicant's identity-number key and by
  // the applicant's name key (both HMACs: a number or name never appears in a key).
  caseIndex: (caseNumber: string, listing: 'RECEIVED' | 'APPLICANT' | 'NAME') => ({ pk: `CASE#${caseNumber}`, sk: `INDEX#${listing}` }),
  casesReceived: (centre: string) => `RECEIVED#${centre}`,
  casesOfApplicant: (centre: string, applicantKey: string) => `CASESOF#${centre}#${applicantKey}`,
  casesNamed: (centre: string, nameKey: string) => `CASESNAMED#${centre}#${nameKey}`,
  caseIndexSort: (receivedAt: string, caseNumber: string) => `${receivedAt}#${caseNumber}`,
  // The hall (#12). A centre's categories and windows in one partition; centres with a hall listed for the sweeps.
  hallCategory: (centre: string, code: string) => ({ pk: `HALL#${centre}`, sk: `CATEGORY#${code}` }),
  hallWindow: (centre: string, windowId: string) => ({ pk: `HALL#${centre}`, sk: `WINDOW#${windowId}` }),
  hallOf: (centre: string) => `HALL#${centre}`,
  hallCentreListing: (centre: string, code: string) => ({ gsi1pk: 'HALLS', gsi1sk: `${centre}#${code}` }),
  hallCentres: 'HALLS',
  /** The day's numbers of a category: advanced only under a condition, in the transaction that writes the ticket. */
  hallCounter: (centre: string, day: string, category: string) => ({ pk: `HALLCOUNTER#${centre}#${day}`, sk: `CATEGORY#${category}` }),
  queueTicket: (ticketId: string) => ({ pk: `QTICKET#${ticketId}`, sk: 'QTICKET' }),
  /**
   * A day's tickets of a centre in one index partition: waiting ones under `W#<category>#` in queue order,
   * those at a window (called, serving) under `C#`, the rest under `T#`; the screen reads W# and C# only.
   */
  queueTicketListing: (centre: string, day: string, group: 'W' | 'C' | 'T', category: string, queuedAt: string, ticketId: string) => ({
    gsi1pk: `QTICKETS#${centre}#${day}`,
    gsi1sk: `${group}#${category}#${queuedAt}#${ticketId}`,
  }),
  /** 评价器: the pad's rating of a ticket's service, one per case linked to it (`-` when none was). */
  padRating: (ticketId: string, caseNumber: string) => ({ pk: `QTICKET#${ticketId}`, sk: `RATING#${caseNumber || '-'}` }),
  queueTicketsOf: (centre: string, day: string) => `QTICKETS#${centre}#${day}`,
  waitingPrefix: 'W#',
  atWindowPrefix: 'C#',
  booking: (bookingCode: string) => ({ pk: `HALLBOOKING#${bookingCode}`, sk: 'BOOKING' }),
  bookingListing: (centre: string, day: string, category: string, slot: string, bookingCode: string) => ({
    gsi1pk: `HALLBOOKINGS#${centre}#${day}`,
    gsi1sk: `${category}#${slot}#${bookingCode}`,
  }),
  bookingsOf: (centre: string, day: string) => `HALLBOOKINGS#${centre}#${day}`,
  /** Places taken in one slot, advanced under the capacity condition. */
  bookingSlot: (centre: string, category: string, day: string, slot: string) => ({
    pk: `HALLSLOT#${centre}#${category}#${day}`,
    sk: `SLOT#${slot}`,
  }),
  bookingSlotsOf: (centre: string, category: string, day: string) => ({ pk: `HALLSLOT#${centre}#${category}#${day}`, prefix: 'SLOT#' }),
  /** One active booking per person and category; no-shows kept per person for the blocking rule. */
  activeBooking: (centre: string, applicantKey: string, category: string) => ({
    pk: `HALLPERSON#${centre}#${applicantKey}`,
    sk: `ACTIVE#${category}`,
  }),
  noShow: (centre: string, applicantKey: string, day: string, bookingCode: string) => ({
    pk: `HALLPERSON#${centre}#${applicantKey}`,
    sk: `NOSHOW#${day}#${bookingCode}`,
  }),
  noShowsOf: (centre: string, applicantKey: string) => ({ pk: `HALLPERSON#${centre}#${applicantKey}`, prefix: 'NOSHOW#' }),
  /** Screens connected to the push channel, per centre, and each connection's centre for $disconnect. */
  pushConnection: (centre: string, connectionId: string) => ({ pk: `HALLPUSH#${centre}`, sk: `CONN#${connectionId}` }),
  pushConnectionsOf: (centre: string) => ({ pk: `HALLPUSH#${centre}`, prefix: 'CONN#' }),
  pushConnectionCentre: (connectionId: string) => ({ pk: `HALLCONN#${connectionId}`, sk: 'CONN' }),
  draft: (owner: string, draftId: string) => ({ pk: `DRAFTS#${owner}`, sk: `DRAFT#${draftId}` }),
  draftsOf: (owner: string) => ({ pk: `DRAFTS#${owner}`, prefix: 'DRAFT#' }),
};

export type Key = { pk: string; sk: string };

export function tableName(): string {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error('Environment variable TABLE_NAME is not set.');
  return name;
}

export function auditTableName(): string {
  const name = process.env.AUDIT_TABLE_NAME;
  if (!name) throw new Error('Environment variable AUDIT_TABLE_NAME is not set.');
  return name;
}

/** Opaque pagination cursor: the last evaluated key, base64url. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

const invalidCursor = () => badRequest('invalid_cursor', 'The page cursor is not valid; start from the first page.');

/**
 * A cursor as a caller sent it back: it must hold exactly the attributes `shape` names, each a string,
 * with the values `fixed` pins (e.g. the partition being read). Anything else (a forged or edited
 * cursor, another partition's key) is the caller's error, 400, and never reaches DynamoDB.
 */
export function decodeCursor(
  cursor: string | undefined,
  shape: readonly string[],
  fixed: Record<string, string> = {},
): Record<string, string> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidCursor();
  const entries = Object.entries(value);
  const valid =
    entries.length === shape.length &&
    entries.every(([name, v]) => shape.includes(name) && typeof v === 'string' && v.length > 0 && v.length <= 1024) &&
    Object.entries(fixed).every(([name, v]) => (value as Record<string, unknown>)[name] === v);
  if (!valid) throw invalidCursor();
  return value as Record<string, string>;
}

/** The attributes of a gsi1 page's LastEvaluatedKey: the table key and the index key. */
export const INDEX_CURSOR_SHAPE = [
  TABLE_DESIGN.partitionKey,
  TABLE_DESIGN.sortKey,
  TABLE_DESIGN.index.partitionKey,
  TABLE_DESIGN.index.sortKey,
] as const;

/** Strips key attributes off a stored item, leaving the domain object. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, expiresAt: _e, entity: _t, ...rest } = item;
  return rest as T;
}
