import { WebSocket as ReconnectingWebSocket } from 'partysocket';

/** How the hall's pages are kept current: pushed over the WebSocket, polled only while it is down. */
export type FeedStatus = 'connecting' | 'live' | 'polling';

export interface HallFeedOptions {
  /** The WebSocket URL (wss://… in AWS, ws://127.0.0.1:… locally); undefined: polling only. */
  url: string | undefined;
  /** A pushed message arrived (already parsed JSON). */
  onMessage: (message: unknown) => void;
  /** Read the current state over HTTP: on (re)connect to catch up, and on each poll while down. */
  refresh: () => void;
  onStatus: (status: FeedStatus) => void;
  /** Poll period while the socket is down, ms. */
  pollMs?: number;
  /** For tests: a WebSocket constructor. */
  WebSocket?: typeof globalThis.WebSocket;
}

export interface HallFeed {
  close(): void;
}

export const POLL_MS = 2_000;

/**
 * Opens the push channel with reconnection (partysocket: backoff from 1 s up to 10 s) and falls back
 * to polling `refresh` every `pollMs` for as long as the socket is not open, so the screen stays
 * within two seconds of the truth even when the push channel is blocked by a proxy or down.
 */
export function openHallFeed(options: HallFeedOptions): HallFeed {
  const pollMs = options.pollMs ?? POLL_MS;
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const startPolling = () => {
    if (timer !== undefined || closed) return;
    options.onStatus('polling');
    options.refresh();
    timer = setInterval(options.refresh, pollMs);
  };
  const stopPolling = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  if (!options.url) {
    startPolling();
    return {
      close() {
        closed = true;
        stopPolling();
      },
    };
  }
  options.onStatus('connecting');
  // Nothing shown until the first answer: poll at once if the socket is slow to open.
  const firstPoll = setTimeout(startPolling, pollMs);
  const socket = new ReconnectingWebSocket(options.url, [], {
    WebSocket: options.WebSocket,
    minReconnectionDelay: 1_000,
    maxReconnectionDelay: 10_000,
    connectionTimeout: 4_000,
  });
  socket.addEventListener('open', () => {
    clearTimeout(firstPoll);
    stopPolling();
    options.onStatus('live');
    // Catch up on whatever happened while we were away.
    options.refresh();
  });
  socket.addEventListener('close', () => {
    clearTimeout(firstPoll);
    startPolling();
  });
  socket.addEventListener('message', (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (message !== undefined) options.onMessage(message);
  });
  return {
    close() {
      closed = true;
      clearTimeout(firstPoll);
      stopPolling();
      socket.close();
    },
  };
}

function parseMessage(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The socket URL for a centre's board: `base` as configured (absolute, or a path on this origin),
 * ws: for http: and wss: for https:, with the centre as a query parameter.
 */
export function hallSocketUrl(base: string, centre: string, location: string): string {
  const url = new URL(base, location);
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  url.searchParams.set('centre', centre);
  return url.toString();
}
