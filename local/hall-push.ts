/**
 * The hall screens' push channel, locally: the same protocol as an API Gateway WebSocket API. Screens
 * connect to `ws://localhost:<api port>/hall/push?centre=HZ` (the API's origin; in AWS the WebSocket
 * API's own `wss://` address); each connect and disconnect invokes the `hall-push` function with
 * `$connect` / `$disconnect` events, and functions push through the management API
 * (`POST /@connections/{id}`, `DELETE`, `GET`) at HALL_PUSH_ENDPOINT, which this module serves on its
 * own loopback port as API Gateway serves it on `https://{api}.execute-api.{region}.amazonaws.com/{stage}`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { readRequestBody } from './aws-json';
import { invoke } from './lambda';

export const HALL_PUSH_PATH = '/hall/push';

export interface LocalHallPush {
  /** The management endpoint (HALL_PUSH_ENDPOINT). */
  endpoint: string;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  stop(): Promise<void>;
}

/** API Gateway's connection ids are 16 characters of base64 ending in `=`. */
const connectionId = () => `${randomBytes(11).toString('base64').slice(0, 15)}=`;

export async function startHallPush(port: number): Promise<LocalHallPush> {
  const sockets = new Map<string, { socket: WebSocket; connectedAt: string }>();
  const wss = new WebSocketServer({ noServer: true });

  const event = (routeKey: string, id: string, query?: URLSearchParams) => ({
    requestContext: {
      routeKey,
      eventType: routeKey === '$connect' ? 'CONNECT' : 'DISCONNECT',
      connectionId: id,
      stage: 'local',
      requestTimeEpoch: Date.now(),
    },
    queryStringParameters: query ? Object.fromEntries(query) : null,
    isBase64Encoded: false,
  });

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== HALL_PUSH_PATH) {
      socket.destroy();
      return;
    }
    const id = connectionId();
    void (invoke('hall-push', event('$connect', id, url.searchParams)) as Promise<{ statusCode?: number }>)
      .then((result) => {
        if ((result.statusCode ?? 500) !== 200) {
          socket.end(`HTTP/1.1 ${result.statusCode ?? 500} Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
          return;
        }
        wss.handleUpgrade(req, socket, head, (ws) => {
          sockets.set(id, { socket: ws, connectedAt: new Date().toISOString() });
          ws.on('close', () => {
            sockets.delete(id);
            void invoke('hall-push', event('$disconnect', id)).catch((e: unknown) => console.error('[hall-push] $disconnect failed:', e));
          });
        });
      })
      .catch((error: unknown) => {
        console.error('[hall-push] $connect failed:', error);
        socket.destroy();
      });
  }

  // The management API: what @aws-sdk/client-apigatewaymanagementapi calls.
  const management: Server = createServer((req, res) => {
    void (async () => {
      const match = /^\/@connections\/([^/?]+)$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
      const id = match ? decodeURIComponent(match[1]!) : undefined;
      const entry = id ? sockets.get(id) : undefined;
      const body = await readRequestBody(req, 128 * 1024);
      if (!id) {
        res.writeHead(404).end();
        return;
      }
      if (!entry) {
        res
          .writeHead(410, { 'content-type': 'application/json', 'x-amzn-errortype': 'GoneException' })
          .end(JSON.stringify({ message: 'Gone' }));
        return;
      }
      if (req.method === 'POST') {
        entry.socket.send(body.toString('utf8'));
        res.writeHead(200).end();
      } else if (req.method === 'DELETE') {
        entry.socket.close();
        res.writeHead(204).end();
      } else if (req.method === 'GET') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ connectedAt: entry.connectedAt, identity: { sourceIp: '127.0.0.1' } }));
      } else {
        res.writeHead(405).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    management.once('error', reject);
    management.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    upgrade,
    stop: async () => {
      for (const { socket } of sockets.values()) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => management.close(() => resolve()));
    },
  };
}
