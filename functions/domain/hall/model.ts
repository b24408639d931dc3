/**
 * The hall (大厅): windows, business categories, bookings (预约), queue tickets (取号) and calls (叫号).
 * The records as stored and shown; the rules live beside this file, one concern per file. No AWS, no I/O.
 */

/** Window kinds (窗口类型) the county plans name. */
export const WINDOW_KINDS = ['general', 'domain', 'department', 'consultation', 'helper', 'cannot_get_done', 'output'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];
export const WINDOW_KIND_LABELS: Record<WindowKind, string> = {
  general: '无差别综窗',
  domain: '分领域综窗',
  department: '部门专窗',
  consultation: '咨询',
  helper: '帮办代办',
  cannot_get_done: '办不成事',
  output: '出件',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A period of a day, local China time, `HH:MM`–`HH:MM` (to exclusive). */
export interface Period {
  from: string;
  to: string;
}

/** Opening hours per weekday (营业时间); a weekday with no periods is closed. Only working days of the calendar open. */
export type OpeningHours = Partial<Record<Weekday, Period[]>>;

/** A business category (业务类别): a letter that starts its numbers, grouping catalog items or departments. */
export interface Category {
  centre: string;
  code: string;
  /** One capital letter: numbers read A001, B014… */
  letter: string;
  name: string;
  itemCodes: string[];
  departments: string[];
  /** Bookable slots (预约时段): minutes per slot and how many people each takes; absent: not bookable. */
  booking?: { slotMinutes: number; capacity: number };
  /** Hours the category takes numbers and bookings. */
  hours: OpeningHours;
  updatedAt: string;
  updatedBy: string;
}

/** A clerk at a window for a shift (上岗); AB岗: `post` B took it over from A. */
export interface Shift {
  subject: string;
  name: string;
  post: 'A' | 'B';
  since: string;
  /** 顶岗: the B post took over from this clerk, with the reason. */
  tookOverFrom?: { subject: string; name: string; reason: string };
}

export interface HallWindow {
  centre: string;
  windowId: string;
  name: string;
  kind: WindowKind;
  /** Category codes it serves now. */
  categories: string[];
  /** 潮汐窗口: categories switched by a supervisor, served from the next call on. */
  pendingSwitch?: { categories: string[]; reason: string; by: string; at: string };
  /** A temporary window opened for a seasonal hot item (临时窗口). */
  temporary: boolean;
  hours: OpeningHours;
  shift?: Shift;
  /** The ticket being served (叫号 → 办结). */
  servingTicketId?: string;
  /** The window's last call (for the screen's list of last calls). */
  lastCall?: { ticketId: string; number: string; at: string; kind: 'call' | 'recall' };
  /** The ticket the evaluation pad asks to rate (评价器), until rated or the next call. */
  awaitingRatingTicketId?: string;
  version: number;
  updatedAt: string;
}

/** 绿色通道 reasons, set by the desk. */
export const PRIORITY_REASONS = ['elderly', 'disabled', 'pregnant'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const QUEUE_TICKET_STATUSES = ['waiting', 'called', 'serving', 'finished', 'dropped', 'transferred'] as const;
export type QueueTicketStatus = (typeof QUEUE_TICKET_STATUSES)[number];

export const TICKET_SOURCES = ['kiosk', 'desk', 'booking'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];

export interface CallRecord {
  windowId: string;
  windowName: string;
  at: string;
  by: string;
  kind: 'call' | 'recall';
}

/** A queue ticket (号票). */
export interface QueueTicket {
  centre: string;
  /** `<centre>-<YYYYMMDD>-<number>`: the day's number makes it unique. */
  ticketId: string;
  day: string;
  number: string;
  category: string;
  source: TicketSource;
  priority?: PriorityReason;
  bookingCode?: string;
  /** The booked slot's start (ISO), for the calling order. */
  slotStart?: string;
  /** Identity number, masked (never stored in full on the ticket). */
  idNumberMasked?: string;
  takenAt: string;
  status: QueueTicketStatus;
  /** Times sent back after a skip (过号): once back, a second skip drops it. */
  skips: number;
  /** When it last entered the queue (taken, skipped back, transferred): its place in time order. */
  queuedAt: string;
  /** Only this window may call it (a transfer to a window). */
  window?: string;
  calls: CallRecord[];
  calledAt?: string;
  windowId?: string;
  clerk?: { subject: string; name: string };
  finishedAt?: string;
  transfers: { at: string; by: string; fromCategory: string; toCategory: string; toWindow?: string; reason: string }[];
  droppedAt?: string;
  caseNumbers: string[];
  rating?: { level: number; at: string };
  version: number;
}

export const BOOKING_STATUSES = ['booked', 'cancelled', 'checked_in', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface Booking {
  centre: string;
  bookingCode: string;
  category: string;
  day: string;
  /** Slot start, `HH:MM`. */
  slot: string;
  slotEnd: string;
  nameMasked: string;
  idNumberMasked: string;
  mobileMasked: string;
  /** SHA-256 of the booking code and mobile: checks a cancellation without keeping the number in clear. */
  mobileDigest: string;
  applicantKey: string;
  /** Name, identity number and mobile, sealed like case data. */
  personalData: import('#domain/personal-data').Sealed;
  status: BookingStatus;
  bookedAt: string;
  cancelledAt?: string;
  checkedInAt?: string;
  ticketId?: string;
  noShowAt?: string;
  /** The booking code by SMS (outbox): queued with the booking, then sent. */
  sms?: { text: string; status: 'queued' | 'sent'; queuedAt: string; sentAt?: string; messageId?: string };
}
