import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { connectScreen, disconnectScreen } from '#services/hall/board';
import { logger } from '#logger';

/** The parts of an API Gateway WebSocket event this function reads ($connect carries the query string). */
export interface WebSocketEvent {
  requestContext: { routeKey: string; connectionId: string; eventType?: string };
  queryStringParameters?: Record<string, string | undefined> | null;
}

/**
 * The hall screens' WebSocket API (大屏推送): `$connect?centre=HZ` registers the screen with its centre
 * (refused for a centre without a hall), `$disconnect` forgets it. Messages only flow to the screens
 * (the board after each call); whatever a screen sends is ignored.
 */
export async function handler(event: WebSocketEvent): Promise<APIGatewayProxyResultV2> {
  const { routeKey, connectionId } = event.requestContext;
  if (routeKey === '$connect') {
    const accepted = await connectScreen(connectionId, event.queryStringParameters?.centre ?? undefined, new Date());
    return { statusCode: accepted ? 200 : 403, body: accepted ? 'connected' : 'unknown centre' };
  }
  if (routeKey === '$disconnect') {
    await disconnectScreen(connectionId);
    return { statusCode: 200, body: 'disconnected' };
  }
  logger.info('hall screen message ignored', { routeKey });
  return { statusCode: 200, body: '' };
}
