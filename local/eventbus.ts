import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { FUNCTIONS, type EventPattern } from '#manifest';
import { AwsJsonError, closeServer, serveAwsJson } from './aws-json';
import { invoke, LOCAL_ACCOUNT, LOCAL_REGION } from './lambda';

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

/** EventBridge's matching for the pattern subset the manifest uses: every field must match one of its values. */
export function matchesPattern(pattern: EventPattern, event: DeliveredEvent): boolean {
  const one = (value: string, options: readonly (string | { prefix: string })[]) =>
    options.some((o) => (typeof o === 'string' ? o === value : value.startsWith(o.prefix)));
  return one(event.source, pattern.source) && one(event['detail-type'], pattern['detail-type']);
}

/** As a rule target does: asynchronous invocation, retried with backoff, then the dead-letter file. */
const RETRY_DELAYS_MS = [200, 1000, 5000];

/** The EventBridge bus on this machine: PutEvents over the AWS protocol, an event log file, rules to functions. */
export async function startEventBus(port: number, busName: string, logFile: string): Promise<LocalEventBus> {
  mkdirSync(dirname(logFile), { recursive: true });
  const log: DeliveredEvent[] = existsSync(logFile)
    ? readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as DeliveredEvent)
    : [];
  const listeners = new Set<(event: DeliveredEvent) => void>();
  const targets = FUNCTIONS.filter((f) => f.kind === 'event' && f.eventPattern);
  const deadLetters = join(dirname(logFile), 'dead-letters.jsonl');
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const deliver = (functionName: string, event: DeliveredEvent) => {
    const run = (async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          await invoke(functionName, event);
          return;
        } catch (error) {
          const delay = RETRY_DELAYS_MS[attempt];
          if (delay === undefined || stopping) {
            appendFileSync(deadLetters, `${JSON.stringify({ functionName, event, error: error instanceof Error ? error.message : String(error) })}\n`);
            console.error(`[eventbus] ${functionName} failed on event ${event.id} ${attempt + 1} times; parked in ${deadLetters}`);
            return;
          }
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    })();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  };

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
          // EventBridge gives event times to the second.
          time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          region: LOCAL_REGION,
          resources: (entry.Resources as string[] | undefined) ?? [],
          detail,
        };
        log.push(event);
        appendFileSync(logFile, `${JSON.stringify(event)}\n`);
        for (const listener of listeners) listener(event);
        for (const target of targets) if (matchesPattern(target.eventPattern!, event)) deliver(target.name, event);
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
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await closeServer(server);
    },
  };
}
