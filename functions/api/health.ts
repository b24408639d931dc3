import { httpHandler } from '../http/handler';

export const handler = httpHandler({
  'GET /health': async ({ now }) => ({ body: { status: 'ok', time: now.toISOString() } }),
});
