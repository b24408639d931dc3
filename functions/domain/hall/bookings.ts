/**
 * 预约: a person books a slot of a bookable category on a working day within its hours, with their name,
 * identity number (checked, then sealed; shown masked) and mobile. One active booking per person and
 * category; cancelled until the slot starts; checked in at the kiosk from 30 minutes before the slot
 * until it ends; a slot that ends without a check-in is a no-show.
 */
import { createHash } from 'node:crypto';
import { chinaDay, formatDay, parseDay, type WorkingCalendar } from '#domain/calendar';
import { badRequest, conflict, forbidden, notFound } from '#domain/errors';
import { isValidCitizenId, maskIdNumber, maskName } from '#domain/identity';
import { chinaInstant, slotsOn } from './hours';
import type { Booking, Category, Period } from './model';

/** How far ahead one may book. */
export const BOOKING_HORIZON_DAYS = 14;
/** How early before the slot the kiosk checks a booking in. */
export const EARLY_CHECK_IN_MINUTES = 30;

const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 8 characters from an alphabet without 0/O, 1/I: read aloud and typed at a kiosk without mistakes. */
export function bookingCodeFrom(random: Uint8Array): string {
  if (random.length < 8) throw new Error('a booking code needs 8 random bytes');
  return [...random.slice(0, 8)].map((b) => BOOKING_CODE_ALPHABET[b % BOOKING_CODE_ALPHABET.length]).join('');
}

export const maskMobile = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;

/** The slot asked for, if the category takes bookings then; else a clear refusal. */
export function bookableSlot(category: Category, calendar: WorkingCalendar, day: string, slot: string, now: Date): Period {
  if (!category.booking) throw badRequest('category_not_bookable', `${category.name} takes no bookings; take a number at the kiosk.`, { category: category.code });
  const today = chinaDay(now);
  const last = formatDay(new Date(parseDay(today).getTime() + BOOKING_HORIZON_DAYS * 86_400_000));
  if (day < today || day > last) throw badRequest('booking_day_out_of_range', `Bookings are taken from today up to ${last}.`, { day, last });
  const slots = slotsOn(category.hours, calendar, day, category.booking.slotMinutes);
  if (slots.length === 0) throw badRequest('not_a_working_day', `${day} is not a working day of the centre (or ${category.name} is closed that day).`, { day });
  const found = slots.find((s) => s.from === slot);
  if (!found) throw badRequest('no_such_slot', `There is no slot at ${slot} on ${day} for ${category.name}.`, { day, slot, slots: slots.map((s) => s.from) });
  if (chinaInstant(day, found.from).getTime() <= now.getTime()) throw badRequest('slot_started', `The slot at ${slot} on ${day} has already started.`, { day, slot });
  return found;
}

export function checkIdentity(idNumber: string): void {
  if (!isValidCitizenId(idNumber)) throw badRequest('invalid_id_number', 'The identity number is not a valid 居民身份证号码 (check digit).', {});
}

export function newBooking(
  input: { centre: string; bookingCode: string; category: Category; day: string; slot: Period; name: string; idNumber: string; mobile: string; applicantKey: string },
  personalData: Booking['personalData'],
  at: Date,
): Booking {
  return {
    centre: input.centre,
    bookingCode: input.bookingCode,
    category: input.category.code,
    day: input.day,
    slot: input.slot.from,
    slotEnd: input.slot.to,
    nameMasked: maskName(input.name),
    idNumberMasked: maskIdNumber(input.idNumber),
    mobileMasked: maskMobile(input.mobile),
    mobileDigest: mobileDigest(input.bookingCode, input.mobile),
    applicantKey: input.applicantKey,
    personalData,
    status: 'booked',
    bookedAt: at.toISOString(),
  };
}

export function cancelBooking(booking: Booking, at: Date): Booking {
  if (booking.status !== 'booked') throw conflict('booking_not_active', `Booking ${booking.bookingCode} is ${booking.status}; only an active booking can be cancelled.`, { status: booking.status });
  if (chinaInstant(booking.day, booking.slot).getTime() <= at.getTime()) {
    throw conflict('booking_started', `The slot of booking ${booking.bookingCode} has started; it can no longer be cancelled.`, {});
  }
  return { ...booking, status: 'cancelled', cancelledAt: at.toISOString() };
}

/** At the kiosk: from 30 minutes before the slot until it ends, on its day. */
export function checkInBooking(booking: Booking, ticketId: string, at: Date): Booking {
  if (booking.status !== 'booked') throw conflict('booking_not_active', `Booking ${booking.bookingCode} is ${booking.status}.`, { status: booking.status });
  const opens = chinaInstant(booking.day, booking.slot).getTime() - EARLY_CHECK_IN_MINUTES * 60_000;
  const closes = chinaInstant(booking.day, booking.slotEnd).getTime();
  if (at.getTime() < opens) {
    throw conflict('check_in_too_early', `Booking ${booking.bookingCode} is for ${booking.day} ${booking.slot}; check in from ${EARLY_CHECK_IN_MINUTES} minutes before.`, {
      day: booking.day,
      slot: booking.slot,
    });
  }
  if (at.getTime() >= closes) throw conflict('booking_expired', `The slot of booking ${booking.bookingCode} has ended; take a number instead.`, {});
  return { ...booking, status: 'checked_in', checkedInAt: at.toISOString(), ticketId };
}

/** Bookings whose slot has ended without a check-in, as no-shows. */
export function isNoShowBy(booking: Booking, at: Date): boolean {
  return booking.status === 'booked' && chinaInstant(booking.day, booking.slotEnd).getTime() <= at.getTime();
}

export function markNoShow(booking: Booking, at: Date): Booking {
  return { ...booking, status: 'no_show', noShowAt: at.toISOString() };
}

export function bookingBlocked(until: string): Error {
  return forbidden('booking_blocked', `Three missed bookings within 30 days: booking is closed to you until ${until}. Take a number at the kiosk.`, { until });
}

/** The mobile as kept to check a cancellation: a digest salted with the booking code, never the number. */
export const mobileDigest = (bookingCode: string, mobile: string) => createHash('sha256').update(`${bookingCode}:${mobile}`).digest('hex');

/** Cancelling needs the booking code and the mobile it was made with; either wrong reads as no such booking. */
export function assertMobileMatches(booking: Booking | undefined, bookingCode: string, mobile: string): Booking {
  if (!booking || booking.mobileDigest !== mobileDigest(bookingCode, mobile)) {
    throw notFound('booking_not_found', `There is no booking ${bookingCode} made with that mobile number.`, { bookingCode });
  }
  return booking;
}
