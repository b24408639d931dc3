/**
 * 预约 on the public page: slots with places left, booking (identity checked, personal data sealed,
 * the code by SMS through the outbox), cancelling with the code and mobile; staff see a day's bookings
 * masked; the no-show sweep records slots that ended without a check-in.
 */
import { randomBytes } from 'node:crypto';
import { optionalSetting } from '#config/settings';
import { applicantKey, open, seal } from '#adapters/personal-data-sealing';
import { sendSms } from '#adapters/sns';
import { requireStaff } from '#domain/access-policy';
import { chinaDay, formatDay, parseDay } from '#domain/calendar';
import { AppError, conflict } from '#domain/errors';
import {
  assertMobileMatches,
  bookableSlot,
  bookingBlocked,
  bookingCodeFrom,
  cancelBooking,
  checkIdentity,
  isNoShowBy,
  markNoShow,
  newBooking,
} from '#domain/hall/bookings';
import { slotsOn } from '#domain/hall/hours';
import type { Booking } from '#domain/hall/model';
import { blockedUntil, parseNoShowRule } from '#domain/hall/no-show';
import { smsDay, smsNumber } from '#domain/notification';
import type { Principal } from '#domain/principal';
import { logger } from '#logger';
import { centreCalendar } from '#repositories/calendar-repository';
import {
  cancelStoredBooking,
  createBooking,
  getBooking,
  listBookings,
  listHall,
  listHallCentres,
  markBookingSms,
  noShowDays,
  recordNoShow,
  slotUse,
} from '#repositories/hall-repository';
import { categoryNotFound, centreName, publicHall } from './common';

async function bookableCategory(centre: string, code: string) {
  const hall = await publicHall(centre);
  const category = hall.categories.find((c) => c.code === code);
  if (!category) throw categoryNotFound(code);
  return category;
}

export async function slots(centre: string, query: { category: string; from?: string; days: number }, now: Date) {
  const category = await bookableCategory(centre, query.category);
  const calendar = await centreCalendar(centre);
  const first = query.from ?? chinaDay(now);
  const days = await Promise.all(
    Array.from({ length: query.days }, (_, i) => formatDay(new Date(parseDay(first).getTime() + i * 86_400_000))).map(async (day) => {
      if (!category.booking) return { day, slots: [] };
      const used = await slotUse(centre, category.code, day);
      const capacity = category.booking.capacity;
      return {
        day,
        slots: slotsOn(category.hours, calendar, day, category.booking.slotMinutes).map((s) => ({
          start: s.from,
          end: s.to,
          capacity,
          left: Math.max(0, capacity - (used.get(s.from) ?? 0)),
        })),
      };
    }),
  );
  return { category: category.code, categoryName: category.name, days };
}

export function bookingView(booking: Booking, categoryName: string) {
  const { centre: _c, applicantKey: _k, personalData: _p, mobileDigest: _m, sms: _s, ...view } = booking;
  return { ...view, categoryName };
}

const smsText = (booking: Booking, categoryName: string) =>
  `【${centreName()}】${booking.nameMasked}您好，您已预约“${categoryName}”${smsDay(booking.day)} ${booking.slot}-${booking.slotEnd}，预约码${booking.bookingCode}。` +
  `请于时段开始前30分钟内到大厅取号机输入预约码签到取号；如需取消，请凭预约码和本手机号办理。`;

/** Sends the booking's queued SMS and marks it sent; a failure leaves it queued for the sweep to send again. */
async function sendBookingSms(booking: Booking): Promise<void> {
  if (booking.sms?.status !== 'queued') return;
  try {
    const data = await open<{ mobile: string }>(booking.personalData);
    const messageId = await sendSms(smsNumber(data.mobile), booking.sms.text);
    await markBookingSms(booking.bookingCode, { ...booking.sms, status: 'sent', sentAt: new Date().toISOString(), messageId });
  } catch (error) {
    logger.warn('booking SMS not sent yet; the sweep sends it again', { bookingCode: booking.bookingCode, error: String(error) });
  }
}

export async function book(
  centre: string,
  body: { category: string; day: string; slot: string; name: string; idNumber: string; mobile: string },
  now: Date,
) {
  const category = await bookableCategory(centre, body.category);
  const calendar = await centreCalendar(centre);
  const slot = bookableSlot(category, calendar, body.day, body.slot, now);
  checkIdentity(body.idNumber);
  const key = await applicantKey('person', body.idNumber);
  const until = blockedUntil(await noShowDays(centre, key), chinaDay(now), parseNoShowRule(optionalSetting('hallNoShowRule', '')));
  if (until) throw bookingBlocked(until);
  const personalData = await seal({ name: body.name, idNumber: body.idNumber, mobile: body.mobile });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const bookingCode = bookingCodeFrom(randomBytes(8));
    const made = newBooking(
      {
        centre,
        bookingCode,
        category,
        day: body.day,
        slot,
        name: body.name,
        idNumber: body.idNumber,
        mobile: body.mobile,
        applicantKey: key,
      },
      personalData,
      now,
    );
    const booking: Booking = { ...made, sms: { text: smsText(made, category.name), status: 'queued', queuedAt: now.toISOString() } };
    const refusal = await createBooking(booking, category.booking!.capacity);
    if (refusal === 'slot_full')
      throw conflict('slot_full', `The slot ${body.day} ${body.slot} of ${category.name} is full; choose another.`, {
        day: body.day,
        slot: body.slot,
      });
    if (refusal === 'already_booked')
      throw conflict('already_booked', `You already hold an active booking for ${category.name}; cancel it to book another slot.`, {
        category: category.code,
      });
    if (!refusal) {
      await sendBookingSms(booking);
      return bookingView(booking, category.name);
    }
  }
  throw new AppError(503, 'hall_busy', 'Many bookings are being made at this moment; please try again.', {});
}

export async function cancel(centre: string, body: { bookingCode: string; mobile: string }, now: Date) {
  const found = await getBooking(body.bookingCode);
  const booking = assertMobileMatches(found?.centre === centre ? found : undefined, body.bookingCode, body.mobile);
  const after = cancelBooking(booking, now);
  await cancelStoredBooking(after);
  const { categories } = await listHall(centre);
  return bookingView(after, categories.find((c) => c.code === after.category)?.name ?? after.category);
}

export async function dayBookings(principal: Principal, query: { day: string; category?: string }) {
  const { centre } = requireStaff(principal);
  const [bookings, { categories }] = await Promise.all([listBookings(centre, query.day), listHall(centre)]);
  return bookings
    .filter((b) => !query.category || b.category === query.category)
    .map((b) => bookingView(b, categories.find((c) => c.code === b.category)?.name ?? b.category));
}

/** The sweep: yesterday's and today's bookings whose slot ended without a check-in become no-shows; unsent SMS go again. */
export async function sweepBookings(now: Date): Promise<{ noShows: number; smsSent: number }> {
  let noShows = 0;
  let smsSent = 0;
  const today = chinaDay(now);
  const yesterday = formatDay(new Date(parseDay(today).getTime() - 86_400_000));
  for (const centre of await listHallCentres()) {
    for (const day of [yesterday, today]) {
      for (const booking of await listBookings(centre, day)) {
        if (isNoShowBy(booking, now) && (await recordNoShow(markNoShow(booking, now)))) noShows++;
        else if (
          booking.status === 'booked' &&
          booking.sms?.status === 'queued' &&
          Date.parse(booking.sms.queuedAt) < now.getTime() - 60_000
        ) {
          await sendBookingSms(booking);
          smsSent++;
        }
      }
    }
  }
  return { noShows, smsSent };
}
