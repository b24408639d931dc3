import { httpHandler } from '#http/handler';
import { ITEMS_ROUTES } from '#manifest';
import { ITEM_CONTRACT } from '#http/contracts/items';
import {
  baseList,
  importItems,
  ownItem,
  ownItemVersion,
  publishBaseItem,
  publishItem,
  retireItem,
  searchCatalog,
} from '#services/catalog-service';

/** Items are shown without the centre that keeps them: a caller only ever sees their own centre's list. */
const shown = <T extends { centre?: string }>({ centre: _c, ...item }: T) => item;

export const handler = httpHandler(ITEMS_ROUTES, ITEM_CONTRACT, {
  'GET /base-items': async () => ({ body: { baseItems: await baseList() } }),

  'PUT /base-items/{basicCode}': async ({ path, body, principal, now }) => ({
    body: await publishBaseItem(principal, path.basicCode, body, now),
  }),

  'POST /items': async ({ body, principal, now }) => {
    const item = await publishItem(principal, body, now);
    return { status: 201, body: shown(item), headers: { location: `/items/${encodeURIComponent(item.implementationCode)}` } };
  },

  // The whole list is a few hundred items: read it and rank in memory, so any word finds any field.
  'GET /items': async ({ query, principal }) => ({ body: { items: (await searchCatalog(principal, query)).map(shown) } }),

  'GET /items/{itemCode}': async ({ path, principal }) => ({ body: shown(await ownItem(principal, path.itemCode)) }),

  'GET /items/{itemCode}/versions/{version}': async ({ path, principal }) => ({
    body: shown(await ownItemVersion(principal, path.itemCode, path.version)),
  }),

  'POST /items/import': async ({ body, principal, now }) => ({ body: await importItems(principal, body, now) }),

  'POST /items/{itemCode}/retire': async ({ path, body, principal, now }) => ({
    body: shown(await retireItem(principal, path.itemCode, body.reason, now)),
  }),
});
