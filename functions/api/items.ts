import { notFound } from '../domain/errors';
import { newItemVersion } from '../domain/item';
import { httpHandler } from '../http/handler';
import { getCurrentItem, listCurrentItems, saveItemVersion } from '../repositories/item-repository';

export const handler = httpHandler({
  'POST /items': async ({ body, principal, now }) => {
    const previous = await getCurrentItem(body.implementationCode);
    const item = newItemVersion(body, previous, principal.subject, now);
    await saveItemVersion(item);
    return { status: 201, body: item, headers: { location: `/items/${encodeURIComponent(item.implementationCode)}` } };
  },
  'GET /items': async ({ query }) => ({ body: { items: await listCurrentItems(query.department) } }),
  'GET /items/{itemCode}': async ({ path }) => {
    const item = await getCurrentItem(path.itemCode);
    if (!item) throw notFound('item_not_found', `There is no catalog item ${path.itemCode}.`, { itemCode: path.itemCode });
    return { body: item };
  },
});
