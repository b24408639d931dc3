import { useEffect, useState } from 'react';
import { loadConfig } from '../../config';
import { hallSocketUrl, openHallFeed, type FeedStatus } from '../../lib/hall-feed';

/**
 * Keeps a hall page current: the push channel's messages go to `onMessage`; `refresh` reads over
 * HTTP on connect and every 2 s while the channel is down. Returns how the page is kept current.
 */
export function useHallFeed(url: string | undefined, onMessage: (message: unknown) => void, refresh: () => void): FeedStatus {
  const [status, setStatus] = useState<FeedStatus>('connecting');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the handlers read the latest state through the query client; reopen only for a new URL
  useEffect(() => {
    const feed = openHallFeed({ url, onMessage, refresh, onStatus: setStatus });
    return () => feed.close();
  }, [url]);
  return status;
}

export const FEED_STATUS_LABELS: Record<FeedStatus, string> = {
  connecting: '连接中',
  live: '实时推送',
  polling: '轮询刷新（推送通道未连接）',
};

/** Where the local system serves the hall screens' WebSocket channel, on the API's origin. */
export const LOCAL_HALL_SOCKET = '/hall/push';

/**
 * The push channel's URL for a centre: `hallSocket` in `/config.json` (in AWS the WebSocket API's
 * `wss://` address), else the local system's path on this origin. If it cannot connect, the pages poll.
 */
export function useHallSocketUrl(centre: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!centre) return;
    let cancelled = false;
    void loadConfig()
      .then((config) => {
        const base = config.hallSocket ?? LOCAL_HALL_SOCKET;
        if (!cancelled) setUrl(hallSocketUrl(base, centre, window.location.href));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [centre]);
  return url;
}
