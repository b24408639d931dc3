import { httpHandler } from '#http/handler';
import { OPENAPI_ROUTES } from '#manifest';
import { OPENAPI_CONTRACT } from '#http/contracts/service';
import { openApiDocument } from '#http/openapi-document';

export const handler = httpHandler(OPENAPI_ROUTES, OPENAPI_CONTRACT, {
  'GET /openapi.json': async () => ({ body: openApiDocument(), headers: { 'cache-control': 'public, max-age=300' } }),
});
