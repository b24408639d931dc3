import { httpHandler } from '#http/handler';
import { OPENAPI_ROUTES } from '#manifest';
import { OPENAPI_CONTRACT } from '#http/contracts/service';
import { buildOpenApi } from '#http/openapi';

let document: ReturnType<typeof buildOpenApi> | undefined;

export const handler = httpHandler(OPENAPI_ROUTES, OPENAPI_CONTRACT, {
  'GET /openapi.json': async () => {
    document ??= buildOpenApi();
    return { body: document, headers: { 'cache-control': 'public, max-age=300' } };
  },
});
