import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends { responses: infer R }
  ? R extends Record<S, { content: { 'application/json': infer J } }>
    ? J
    : never
  : never;

export type Board = Json<'/public/hall/{centre}/board', 'get', 200>;
export type QueueTicket = Json<'/hall/tickets/{ticketId}', 'get', 200>;
export type WindowNow = Json<'/hall/windows/{windowId}', 'get', 200>;
export type HallConfig = Json<'/hall/config', 'get', 200>;
export type HallWindow = HallConfig['windows'][number];
export type Category = HallConfig['categories'][number];
export type Booking = Json<'/public/hall/{centre}/bookings', 'post', 201>;
export type Slots = Json<'/public/hall/{centre}/slots', 'get', 200>;
export type Statistics = Json<'/hall/statistics', 'get', 200>;
export type LiveStatistics = Json<'/hall/statistics/live', 'get', 200>;
