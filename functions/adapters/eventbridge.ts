import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { clientPerEndpoint } from './client-per-endpoint';

const eventBridge = /* @__PURE__ */ clientPerEndpoint('AWS_ENDPOINT_URL_EVENTBRIDGE', () => new EventBridgeClient({ maxAttempts: 3 }));

export interface BusEvent {
  source: string;
  detailType: string;
  detail: object;
  time?: Date;
  resources?: string[];
}

/** Puts events in batches of 10 (the API limit); returns the indexes that failed so callers can retry them. */
export async function putEvents(busName: string, events: BusEvent[]): Promise<number[]> {
  const failed: number[] = [];
  for (let start = 0; start < events.length; start += 10) {
    const batch = events.slice(start, start + 10);
    const out = await eventBridge().send(
      new PutEventsCommand({
        Entries: batch.map((e) => ({
          EventBusName: busName,
          Source: e.source,
          DetailType: e.detailType,
          Detail: JSON.stringify(e.detail),
          Time: e.time,
          Resources: e.resources,
        })),
      }),
    );
    out.Entries?.forEach((entry, i) => {
      if (entry.ErrorCode) failed.push(start + i);
    });
  }
  return failed;
}
