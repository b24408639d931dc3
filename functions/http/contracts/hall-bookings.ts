import * as z from 'zod/mini';
import '#domain/zod-locale';
import { BOOKING_STATUSES } from '#domain/hall/model';
import { bookingCode, code, idNumber, mobile, publicCentre, time } from './hall-fields';
import { day, line, type RouteContract } from './shared';

const BookingView = z.object({
  bookingCode: z.string(),
  category: z.string(),
  categoryName: z.string(),
  day: z.string(),
  slot: z.string(),
  slotEnd: z.string(),
  nameMasked: z.string(),
  idNumberMasked: z.string(),
  mobileMasked: z.string(),
  status: z.enum(BOOKING_STATUSES),
  bookedAt: z.string(),
  cancelledAt: z.optional(z.string()),
  checkedInAt: z.optional(z.string()),
  ticketId: z.optional(z.string()),
  noShowAt: z.optional(z.string()),
});

/** 预约 (#12): slots, booking and cancelling on the public page; a day's bookings for the staff. */
export const HALL_BOOKING_CONTRACT = {
  'GET /public/hall/{centre}/slots': {
    path: publicCentre,
    query: z.strictObject({
      category: code,
      from: z.optional(day),
      days: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(14)), 7),
    }),
    status: 200,
    response: z.object({
      category: z.string(),
      categoryName: z.string(),
      days: z.array(
        z.object({ day: z.string(), slots: z.array(z.object({ start: z.string(), end: z.string(), capacity: z.int(), left: z.int() })) }),
      ),
    }),
  },
  'POST /public/hall/{centre}/bookings': {
    path: publicCentre,
    body: z.strictObject({ category: code, day, slot: time, name: line(50), idNumber, mobile }),
    status: 201,
    response: BookingView,
  },
  'POST /public/hall/{centre}/bookings/cancel': {
    path: publicCentre,
    body: z.strictObject({ bookingCode, mobile }),
    status: 200,
    response: BookingView,
  },
  'GET /hall/bookings': {
    query: z.strictObject({ day, category: z.optional(code) }),
    status: 200,
    response: z.object({ bookings: z.array(BookingView) }),
  },
} satisfies Record<string, RouteContract>;
