/**
 * The hall screen's board (大屏) and the push channel: after every number taken, call, recall, skip or transfer the
 * board is sent to each screen of the centre connected to the WebSocket API; the board route is the
 * polling fallback. A send that fails leaves the data as it is: the screen catches up on its next message
 * or poll. Screens that went away (410 Gone) are forgotten.
 */
import { postToConnection } from '#adapters/push';
import { chinaDay } from '#domain/calendar';
import { board } from '#domain/hall/board';
import { logger } from '#logger';
import { centreCalendar } from '#repositories/calendar-repository';
import type { QueueTicket } from '#domain/hall/model';
import {
  deletePushConnection,
  listCategoriesWarm,
  listPushConnections,
  listQueueTickets,
  listWindows,
  savePushConnection,
} from '#repositories/hall-repository';
import { centreName, publicCategories } from './common';

/** The board, and the tickets waiting it was drawn from (a kiosk's answer counts the people ahead in them). */
async function drawBoard(centre: string, now: Date) {
  const day = chinaDay(now);
  const [categories, windows, waiting, atWindow, calendar] = await Promise.all([
    publicCategories(centre),
    listWindows(centre),
    listQueueTickets(centre, day, 'waiting'),
    listQueueTickets(centre, day, 'at_window'),
    centreCalendar(centre),
  ]);
  const drawn = board({ centre, centreName: centreName(), categories, windows, tickets: [...waiting, ...atWindow], calendar }, now);
  return { board: drawn, waiting };
}

export async function boardOf(centre: string, now: Date) {
  return (await drawBoard(centre, now)).board;
}

/** Sends the board to every connected screen of the centre: how many got it, and the tickets waiting it showed. */
export async function broadcastBoard(centre: string, now: Date): Promise<{ sent: number; waiting?: QueueTicket[] }> {
  const connections = await listPushConnections(centre);
  if (connections.length === 0) return { sent: 0 };
  const drawn = await drawBoard(centre, now);
  const message = JSON.stringify({ type: 'board', board: drawn.board });
  const results = await Promise.allSettled(connections.map((id) => postToConnection(id, message)));
  let sent = 0;
  await Promise.all(
    results.map(async (r, i) => {
      if (r.status === 'fulfilled' && r.value === 'sent') sent++;
      else if (r.status === 'fulfilled' && r.value === 'gone') await deletePushConnection(connections[i]!, centre);
      else if (r.status === 'rejected')
        logger.warn('push to a hall screen failed', { connectionId: connections[i], error: String(r.reason) });
    }),
  );
  return { sent, waiting: drawn.waiting };
}

/**
 * After a change the screens show: the push must not fail the clerk's step that was already saved.
 * The tickets waiting, when the board was drawn (the caller's answer needs no second read of them).
 */
export async function pushAfter(centre: string, now: Date): Promise<QueueTicket[] | undefined> {
  try {
    return (await broadcastBoard(centre, now)).waiting;
  } catch (error) {
    logger.warn('hall board push failed; screens fall back to polling', { centre, error: String(error) });
    return undefined;
  }
}

/** $connect: a screen joins its centre's channel (`?centre=HZ`), refused for a centre without a hall. */
export async function connectScreen(connectionId: string, centre: string | undefined, now: Date): Promise<boolean> {
  if (!centre || !/^[A-Za-z0-9_-]{1,40}$/.test(centre)) return false;
  if ((await listCategoriesWarm(centre)).length === 0) return false;
  await savePushConnection(centre, connectionId, now);
  return true;
}

export const disconnectScreen = (connectionId: string) => deletePushConnection(connectionId);
