import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { board } from '../../functions/domain/hall/board';
import { bookableSlot, bookingCodeFrom, cancelBooking, checkInBooking, isNoShowBy, newBooking } from '#domain/hall/bookings';
import { callingOrder } from '#domain/hall/calling-order';
import { isOpenAt, slotsOn } from '#domain/hall/hours';
import type { Category, HallWindow, OpeningHours, QueueTicket } from '#domain/hall/model';
import { blockedUntil, parseNoShowRule } from '#domain/hall/no-show';
import { queueTicketId, ticketNumber } from '#domain/hall/numbering';
import { callTicket, finishTicket, newTicket, rateTicket, skipTicket, transferTicket } from '#domain/hall/queue-ticket';
import { percentile, statsRow } from '#domain/hall/statistics';
import { signIn, tidalSwitch, windowAtCall } from '#domain/hall/windows';

const WEEKDAY_HOURS: OpeningHours = {
  mon: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }],
  tue: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }],
  wed: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }],
  thu: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }],
  fri: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }],
};

const window = (over: Partial<HallWindow> = {}): HallWindow => ({
  centre: 'HZ',
  windowId: 'W1',
  name: '综合窗口（一）',
  kind: 'general',
  categories: ['A', 'B'],
  temporary: false,
  hours: WEEKDAY_HOURS,
  version: 1,
  updatedAt: '2026-12-08T00:00:00.000Z',
  ...over,
});

const ticket = (number: string, takenAt: string, over: Partial<QueueTicket> = {}): QueueTicket => ({
  ...newTicket({ centre: 'HZ', ticketId: `HZ-20261208-${number}`, day: '2026-12-08', number, category: number[0]!, source: 'kiosk' }, new Date(takenAt)),
  ...over,
});

const clerk = { subject: 'wang.chuangkou', name: '王窗口' };

describe('numbering', () => {
  it('gives each category its letter and three digits, then four past 999', () => {
    expect(ticketNumber('A', 1)).toBe('A001');
    expect(ticketNumber('B', 14)).toBe('B014');
    expect(ticketNumber('C', 999)).toBe('C999');
    expect(ticketNumber('C', 1000)).toBe('C1000');
  });

  it('names a ticket by centre, day and number, so two days never share an id', () => {
    expect(queueTicketId('HZ', '2026-12-08', 'A001')).toBe('HZ-20261208-A001');
    expect(queueTicketId('HZ', '2026-12-09', 'A001')).toBe('HZ-20261209-A001');
  });

  it('refuses a letter that is not one capital', () => {
    expect(() => ticketNumber('a', 1)).toThrow(/capital/);
    expect(() => ticketNumber('AB', 1)).toThrow(/capital/);
  });
});

describe('calling order', () => {
  const now = new Date('2026-12-08T02:00:00.000Z'); // 10:00 in China
  it('calls the priority lane first, then bookings whose slot started, then the rest by time taken', () => {
    const early = ticket('A001', '2026-12-08T01:00:00.000Z');
    const later = ticket('A002', '2026-12-08T01:10:00.000Z');
    const priority = ticket('A003', '2026-12-08T01:50:00.000Z', { priority: 'elderly' });
    const bookedStarted = ticket('A004', '2026-12-08T01:55:00.000Z', { source: 'booking', slotStart: '2026-12-08T01:30:00.000Z' });
    const bookedLater = ticket('A005', '2026-12-08T01:56:00.000Z', { source: 'booking', slotStart: '2026-12-08T03:00:00.000Z' });
    const order = callingOrder([later, bookedLater, early, bookedStarted, priority], window(), now).map((t) => t.number);
    expect(order).toEqual(['A003', 'A004', 'A001', 'A002', 'A005']);
  });

  it('serves every category the window serves (办件均衡) and none it does not', () => {
    const a = ticket('A001', '2026-12-08T01:20:00.000Z');
    const b = ticket('B001', '2026-12-08T01:10:00.000Z');
    const c = ticket('C001', '2026-12-08T01:00:00.000Z');
    expect(callingOrder([a, b, c], window(), now).map((t) => t.number)).toEqual(['B001', 'A001']);
  });

  it('leaves a ticket transferred to another window to that window alone', () => {
    const forW2 = ticket('A001', '2026-12-08T01:00:00.000Z', { window: 'W2' });
    const other = ticket('A002', '2026-12-08T01:30:00.000Z');
    expect(callingOrder([forW2, other], window(), now).map((t) => t.number)).toEqual(['A002']);
    expect(callingOrder([forW2, other], window({ windowId: 'W2', categories: [] }), now).map((t) => t.number)).toEqual(['A001']);
  });

  it('skips tickets that are not waiting', () => {
    const called = { ...ticket('A001', '2026-12-08T01:00:00.000Z'), status: 'called' as const };
    expect(callingOrder([called], window(), now)).toEqual([]);
  });
});

describe('ticket steps', () => {
  const at = new Date('2026-12-08T02:00:00.000Z');
  it('sends a skipped ticket back once, then drops it', () => {
    const called = callTicket(ticket('A001', '2026-12-08T01:00:00.000Z'), window(), clerk, at);
    const back = skipTicket(called, window(), new Date('2026-12-08T02:05:00.000Z'));
    expect(back.status).toBe('waiting');
    expect(back.queuedAt).toBe('2026-12-08T02:05:00.000Z');
    const again = callTicket(back, window(), clerk, new Date('2026-12-08T02:20:00.000Z'));
    const dropped = skipTicket(again, window(), new Date('2026-12-08T02:25:00.000Z'));
    expect(dropped.status).toBe('dropped');
    expect(again.calledAt).toBe('2026-12-08T02:00:00.000Z');
  });

  it('refuses to call a ticket another window has already called', () => {
    const called = callTicket(ticket('A001', '2026-12-08T01:00:00.000Z'), window(), clerk, at);
    expect(() => callTicket(called, window({ windowId: 'W2' }), clerk, at)).toThrow(/called/);
  });

  it('transfers with the reason and keeps the applicant’s first place in time', () => {
    const called = callTicket(ticket('A001', '2026-12-08T01:00:00.000Z'), window(), clerk, at);
    const moved = transferTicket(called, window(), { category: 'B' }, '需公安窗口办理', clerk, at);
    expect(moved.status).toBe('waiting');
    expect(moved.category).toBe('B');
    expect(moved.queuedAt).toBe('2026-12-08T01:00:00.000Z');
    expect(moved.transfers).toEqual([{ at: at.toISOString(), by: '王窗口', fromCategory: 'A', toCategory: 'B', reason: '需公安窗口办理' }]);
  });

  it('rates a finished ticket once, at its window only', () => {
    const finished = finishTicket(callTicket(ticket('A001', '2026-12-08T01:00:00.000Z'), window(), clerk, at), window(), at);
    const rated = rateTicket(finished, window(), 2, at);
    expect(rated.rating).toEqual({ level: 2, at: at.toISOString() });
    expect(() => rateTicket(rated, window(), 1, at)).toThrow(/once/);
    expect(() => rateTicket(finished, window({ windowId: 'W2' }), 1, at)).toThrow(/window/);
  });
});

describe('windows', () => {
  const at = new Date('2026-12-08T01:00:00.000Z');
  it('lets a B post take a held window over only with a reason, and records from whom', () => {
    const held = signIn(window(), clerk, { post: 'A' }, at);
    const b = { subject: 'zhao.jiban', name: '赵即办' };
    expect(() => signIn(held, b, { post: 'A' }, at)).toThrow(/B post/);
    const taken = signIn(held, b, { post: 'B', takeOverReason: '王窗口临时外出' }, at);
    expect(taken.shift).toMatchObject({ subject: 'zhao.jiban', post: 'B', tookOverFrom: { name: '王窗口', reason: '王窗口临时外出' } });
  });

  it('applies a tidal switch at the next call, not before', () => {
    const switched = tidalSwitch(window(), ['C'], '社保年审高峰', '张监察', at);
    expect(switched.categories).toEqual(['A', 'B']);
    expect(windowAtCall(switched, { ticketId: 'HZ-20261208-C001', number: 'C001' }, at).categories).toEqual(['C']);
    expect(windowAtCall(switched, { ticketId: 'HZ-20261208-C001', number: 'C001' }, at).pendingSwitch).toBeUndefined();
  });
});

describe('opening hours on the working-day calendar', () => {
  it('is open in a weekday period and closed at lunch, at night and on a holiday', () => {
    expect(isOpenAt(WEEKDAY_HOURS, DEFAULT_CALENDAR, new Date('2026-12-08T01:30:00.000Z'))).toBe(true); // Tue 09:30
    expect(isOpenAt(WEEKDAY_HOURS, DEFAULT_CALENDAR, new Date('2026-12-08T04:30:00.000Z'))).toBe(false); // 12:30
    expect(isOpenAt(WEEKDAY_HOURS, DEFAULT_CALENDAR, new Date('2026-12-08T09:30:00.000Z'))).toBe(false); // 17:30
    expect(isOpenAt(WEEKDAY_HOURS, DEFAULT_CALENDAR, new Date('2026-10-01T01:30:00.000Z'))).toBe(false); // 国庆, a Thursday
  });

  it('opens on a made-up working day (调休) with Monday’s hours, and not on a plain Saturday', () => {
    expect(isOpenAt(WEEKDAY_HOURS, DEFAULT_CALENDAR, new Date('2026-09-20T01:30:00.000Z'))).toBe(true); // Sunday 2026-09-20 is a working day
    expect(isOpenAt(WEEKDAY_HOURS, DEFAULT_CALENDAR, new Date('2026-12-12T01:30:00.000Z'))).toBe(false); // Saturday
  });

  it('cuts booking slots from the periods, dropping a part shorter than a slot', () => {
    expect(slotsOn(WEEKDAY_HOURS, DEFAULT_CALENDAR, '2026-12-08', 60).map((s) => s.from)).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00']);
    expect(slotsOn(WEEKDAY_HOURS, DEFAULT_CALENDAR, '2026-10-02', 60)).toEqual([]);
  });
});

describe('bookings', () => {
  const category: Category = {
    centre: 'HZ',
    code: 'A',
    letter: 'A',
    name: '社保医保',
    itemCodes: [],
    departments: ['人社局'],
    booking: { slotMinutes: 60, capacity: 2 },
    hours: WEEKDAY_HOURS,
    updatedAt: '',
    updatedBy: '',
  };
  const now = new Date('2026-12-07T02:00:00.000Z');
  it('books a slot of a working day and refuses holidays, past slots and unknown times', () => {
    expect(bookableSlot(category, DEFAULT_CALENDAR, '2026-12-08', '10:00', now)).toEqual({ from: '10:00', to: '11:00' });
    expect(() => bookableSlot(category, DEFAULT_CALENDAR, '2026-12-12', '10:00', now)).toThrow(/not a working day/);
    expect(() => bookableSlot(category, DEFAULT_CALENDAR, '2026-12-07', '09:00', now)).toThrow(/started/);
    expect(() => bookableSlot(category, DEFAULT_CALENDAR, '2026-12-08', '10:30', now)).toThrow(/no slot/);
  });

  it('keeps the identity number and mobile masked, checks in from 30 minutes before the slot, and counts a no-show after it ends', () => {
    const sealed = { v: 1 as const, key: 'k', iv: 'i', tag: 't', data: 'd' };
    const booking = newBooking(
      { centre: 'HZ', bookingCode: 'ABCD2345', category, day: '2026-12-08', slot: { from: '10:00', to: '11:00' }, name: '张三', idNumber: '11010519491231002X', mobile: '13800138000', applicantKey: 'k1' },
      sealed,
      now,
    );
    expect(booking).toMatchObject({ nameMasked: '张*', idNumberMasked: '110***********002X', mobileMasked: '138****8000' });
    expect(() => checkInBooking(booking, 't', new Date('2026-12-08T01:29:00.000Z'))).toThrow(/30 minutes/);
    expect(checkInBooking(booking, 't', new Date('2026-12-08T01:30:00.000Z')).status).toBe('checked_in');
    expect(isNoShowBy(booking, new Date('2026-12-08T02:59:00.000Z'))).toBe(false);
    expect(isNoShowBy(booking, new Date('2026-12-08T03:00:00.000Z'))).toBe(true);
    expect(() => cancelBooking(booking, new Date('2026-12-08T02:00:00.000Z'))).toThrow(/started/);
    expect(cancelBooking(booking, now).status).toBe('cancelled');
  });

  it('makes booking codes from an alphabet without 0, O, 1 or I', () => {
    expect(bookingCodeFrom(new Uint8Array([0, 1, 2, 3, 31, 32, 14, 8]))).toBe('ABCD9AQJ');
  });
});

describe('no-show rule', () => {
  it('blocks booking for 30 days after the third no-show within 30 days', () => {
    expect(blockedUntil(['2026-11-10', '2026-11-20'], '2026-12-01')).toBeUndefined();
    expect(blockedUntil(['2026-11-10', '2026-11-20', '2026-12-01'], '2026-12-01')).toBe('2026-12-31');
    expect(blockedUntil(['2026-11-10', '2026-11-20', '2026-12-01'], '2026-12-31')).toBe('2026-12-31');
    expect(blockedUntil(['2026-11-10', '2026-11-20', '2026-12-01'], '2027-01-01')).toBeUndefined();
  });

  it('does not count three no-shows spread over more than 30 days', () => {
    expect(blockedUntil(['2026-10-01', '2026-10-20', '2026-11-05'], '2026-11-06')).toBeUndefined();
  });

  it('takes the county’s own figures', () => {
    const rule = parseNoShowRule('2/10/7');
    expect(blockedUntil(['2026-12-01', '2026-12-05'], '2026-12-06', rule)).toBe('2026-12-12');
    expect(() => parseNoShowRule('three')).toThrow(/count\/withinDays\/blockDays/);
  });
});

describe('hall statistics', () => {
  it('gives the nearest-rank p90', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([], 90)).toBe(0);
  });

  it('counts waits, service time and ratings of served tickets', () => {
    const served = finishTicket(
      callTicket(ticket('A001', '2026-12-08T01:00:00.000Z'), window(), clerk, new Date('2026-12-08T01:12:00.000Z')),
      window(),
      new Date('2026-12-08T01:20:00.000Z'),
    );
    const rated = rateTicket(served, window(), 4, new Date('2026-12-08T01:21:00.000Z'));
    const row = statsRow('W1', '综合窗口（一）', [rated, ticket('A002', '2026-12-08T01:05:00.000Z')], []);
    expect(row).toMatchObject({ tickets: 2, served: 1, averageWaitMinutes: 12, p90WaitMinutes: 12, averageServiceMinutes: 8, ratings: 1, averageRating: 4, goodShare: 0 });
  });
});

describe('the hall screen', () => {
  it('shows each window’s number being called, the last calls and who waits per category', () => {
    const now = new Date('2026-12-08T02:00:00.000Z');
    const calledAt = new Date('2026-12-08T01:58:00.000Z');
    const called = callTicket(ticket('A001', '2026-12-08T01:00:00.000Z'), window(), clerk, calledAt);
    const w1 = windowAtCall(window(), called, calledAt);
    const w2 = { ...window({ windowId: 'W2', name: '公安窗口' }), lastCall: { ticketId: 'HZ-20261208-B001', number: 'B001', at: '2026-12-08T01:30:00.000Z', kind: 'call' as const } };
    const categories = [
      { centre: 'HZ', code: 'A', letter: 'A', name: '社保', itemCodes: [], departments: [], hours: WEEKDAY_HOURS, updatedAt: '', updatedBy: '' },
      { centre: 'HZ', code: 'B', letter: 'B', name: '户籍', itemCodes: [], departments: [], hours: WEEKDAY_HOURS, updatedAt: '', updatedBy: '' },
    ];
    const shown = board(
      { centre: 'HZ', centreName: '合作市政务服务中心', categories, windows: [w1, w2], tickets: [called, ticket('A002', '2026-12-08T01:20:00.000Z'), ticket('A003', '2026-12-08T01:50:00.000Z')], calendar: DEFAULT_CALENDAR },
      now,
    );
    expect(shown.calling).toEqual([{ ticketId: called.ticketId, number: 'A001', windowId: 'W1', windowName: '综合窗口（一）', at: calledAt.toISOString(), kind: 'call' }]);
    expect(shown.recent.map((r) => `${r.number}@${r.windowName}`)).toEqual(['A001@综合窗口（一）', 'B001@公安窗口']);
    expect(shown.waiting).toEqual([
      { category: 'A', letter: 'A', name: '社保', count: 2, longestWaitMinutes: 40 },
      { category: 'B', letter: 'B', name: '户籍', count: 0, longestWaitMinutes: 0 },
    ]);
    expect(shown.windows.map((w) => [w.name, w.open, w.serving])).toEqual([
      ['综合窗口（一）', true, 'A001'],
      ['公安窗口', true, undefined],
    ]);
  });
});
