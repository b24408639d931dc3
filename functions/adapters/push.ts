import { ApiGatewayManagementApiClient, GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { ENV } from '#manifest';
import { clientPerEndpoint } from './client-per-endpoint';

/**
 * The hall screens' push channel: an API Gateway WebSocket API's management endpoint
 * (`https://{api}.execute-api.{region}.amazonaws.com/{stage}`, HALL_PUSH_ENDPOINT). Locally the same
 * calls reach the local WebSocket server (local/hall-push.ts), which speaks the same protocol.
 */
const management = /* @__PURE__ */ clientPerEndpoint(ENV.hallPushEndpoint, (endpoint) =>
  endpoint ? new ApiGatewayManagementApiClient({ endpoint, maxAttempts: 2 }) : undefined,
);

/** Sends one message to one connection; `gone` when the screen has disconnected (its record is stale). */
export async function postToConnection(connectionId: string, data: string): Promise<'sent' | 'gone' | 'off'> {
  const api = management();
  if (!api) return 'off';
  try {
    await api.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new TextEncoder().encode(data) }));
    return 'sent';
  } catch (error) {
    if (error instanceof GoneException || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 410)
      return 'gone';
    throw error;
  }
}
