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
import { deletePushConnection, listHall, listPushConnections, listQueueTickets, savePushConnection } from '#repositories/hall-repository';
import { centreName, publicHall } from './common';

export async function boardOf(centre: string, now: Date) {
  const day = chinaDay(now);
  const [hall, waiting, atWindow, calendar] = await Promise.all([
    publicHall(centre),
    listQueueTickets(centre, day, 'waiting'),
    listQueueTickets(centre, day, 'at_window'),
    centreCalendar(centre),
  ]);
  return board(
    { centre, centreName: centreName(), categories: hall.categories, windows: hall.windows, tickets: [...waiting, ...atWindow], calendar },
    now,
  );
}

/** Sends the board to every connected screen of the centre; how many got it. */
export async function broadcastBoard(centre: string, now: Date): Promise<number> {
  const connections = await listPushConnections(centre);
  if (connections.length === 0) return 0;
  const message = JSON.stringify({ type: 'board', board: await boardOf(centre, now) });
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
  return sent;
}

/** After a change the screens show: the push must not fail the clerk's step that was already saved. */
export async function pushAfter(centre: string, now: Date): Promise<void> {
  try {
    await broadcastBoard(centre, now);
  } catch (error) {
    logger.warn('hall board push failed; screens fall back to polling', { centre, error: String(error) });
  }
}

/** $connect: a screen joins its centre's channel (`?centre=HZ`), refused for a centre without a hall. */
export async function connectScreen(connectionId: string, centre: string | undefined, now: Date): Promise<boolean> {
  if (!centre || !/^[A-Za-z0-9_-]{1,40}$/.test(centre)) return false;
  const hall = await listHall(centre);
  if (hall.categories.length === 0) return false;
  await savePushConnection(centre, connectionId, now);
  return true;
}

export const disconnectScreen = (connectionId: string) => deletePushConnection(connectionId);
