import { httpHandler } from '#http/handler';
import { HALL_BOOKING_ROUTES } from '#manifest';
import { HALL_BOOKING_CONTRACT } from '#http/contracts/hall-bookings';
import { book, cancel, dayBookings, slots } from '#services/hall/bookings';

const noStore = { 'cache-control': 'no-store' };

/** 预约: the public booking page's slots, booking and cancelling, and a day's bookings for the staff. */
export const handler = httpHandler(HALL_BOOKING_ROUTES, HALL_BOOKING_CONTRACT, {
  'GET /public/hall/{centre}/slots': async ({ path, query, now }) => ({ body: await slots(path.centre, query, now), headers: noStore }),
  'POST /public/hall/{centre}/bookings': async ({ path, body, now }) => ({ status: 201, body: await book(path.centre, body, now) }),
  'POST /public/hall/{centre}/bookings/cancel': async ({ path, body, now }) => ({ body: await cancel(path.centre, body, now) }),
  'GET /hall/bookings': async ({ query, principal }) => ({ body: { bookings: await dayBookings(principal, query) }, headers: noStore }),
});
