import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Server } from 'node:http';
import { AwsJsonError, closeServer, serveAwsJson } from './aws-json';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './lambda';

/** An event as EventBridge delivers it to targets. */
export interface DeliveredEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

export interface LocalEventBus {
  endpoint: string;
  /** Events put on the bus, oldest first (what the AWS rule writes to the case event log group). */
  events(filter?: { source?: string; caseNumber?: string; since?: number }): DeliveredEvent[];
  subscribe(listener: (event: DeliveredEvent) => void): () => void;
  stop(): Promise<void>;
}

/** The EventBridge bus on this machine: PutEvents over the AWS protocol, an event log file, subscribers. */
export async function startEventBus(port: number, busName: string, logFile: string): Promise<LocalEventBus> {
  mkdirSync(dirname(logFile), { recursive: true });
  const log: DeliveredEvent[] = existsSync(logFile)
    ? readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as DeliveredEvent)
    : [];
  const listeners = new Set<(event: DeliveredEvent) => void>();

  const server: Server = await serveAwsJson(port, 'AWSEvents', {
    PutEvents: (input) => {
      const entries = (input.Entries as Record<string, unknown>[] | undefined) ?? [];
      if (entries.length === 0 || entries.length > 10) throw new AwsJsonError('ValidationException', 'PutEvents takes 1 to 10 entries');
      const results = entries.map((entry) => {
        const bus = String(entry.EventBusName ?? 'default');
        if (bus !== busName && !bus.endsWith(`/${busName}`)) return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${bus} does not exist` };
        let detail: Record<string, unknown>;
        try {
          detail = JSON.parse(String(entry.Detail ?? '{}')) as Record<string, unknown>;
        } catch {
          return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' };
        }
        const time = typeof entry.Time === 'number' ? new Date(entry.Time * 1000) : entry.Time ? new Date(String(entry.Time)) : new Date();
        const event: DeliveredEvent = {
          version: '0',
          id: randomUUID(),
          'detail-type': String(entry.DetailType),
          source: String(entry.Source),
          account: LOCAL_ACCOUNT,
          time: time.toISOString(),
          region: LOCAL_REGION,
          resources: (entry.Resources as string[] | undefined) ?? [],
          detail,
        };
        log.push(event);
        appendFileSync(logFile, `${JSON.stringify(event)}\n`);
        for (const listener of listeners) listener(event);
        return { EventId: event.id };
      });
      return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
    },
  });

  return {
    endpoint: `http://127.0.0.1:${port}`,
    events: (filter = {}) =>
      log.filter(
        (e) =>
          (!filter.source || e.source === filter.source) &&
          (!filter.caseNumber || e.detail.caseNumber === filter.caseNumber) &&
          (!filter.since || Date.parse(e.time) >= filter.since),
      ),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => closeServer(server),
  };
}
