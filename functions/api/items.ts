import { randomUUID } from 'node:crypto';
import { auditLine } from '../domain/audit-trail';
import { importCsv, importJson, rowsWithProblems } from '../domain/catalog-import';
import { searchItems } from '../domain/catalog-search';
import { conflict, notFound, unprocessable } from '../domain/errors';
import { itemInputOf, newItemVersion, retiredItemVersion, sameItemInput, type ServiceItem } from '../domain/item';
import type { Principal } from '../domain/principal';
import { httpHandler } from '../http/handler';
import {
  getCurrentItem,
  getCurrentItems,
  getItemVersion,
  listCurrentItems,
  saveItemVersion,
  saveItemVersions,
} from '../repositories/item-repository';

/** The audit line of one catalog change: the version it made, and what the supervisor gave. */
const itemChange = (item: ServiceItem, action: string, principal: Principal, now: Date, details: Record<string, unknown> = {}) =>
  auditLine({ subject: 'item', subjectId: item.implementationCode, action, details: { version: item.version, name: item.name, ...details } }, principal, now, randomUUID());

const itemNotFound = (itemCode: string) => notFound('item_not_found', `There is no catalog item ${itemCode}.`, { itemCode });

export const handler = httpHandler({
  'POST /items': async ({ body, principal, now }) => {
    // Publishing an item again also reinstates it after a retirement: the new version is active.
    const previous = await getCurrentItem(body.implementationCode);
    const item = newItemVersion(body, previous, principal.subject, now);
    await saveItemVersion(item, itemChange(item, 'item_published', principal, now));
    return { status: 201, body: item, headers: { location: `/items/${encodeURIComponent(item.implementationCode)}` } };
  },

  // The whole catalog is a few hundred items: read it and rank in memory, so any word finds any field.
  'GET /items': async ({ query }) => ({ body: { items: searchItems(await listCurrentItems(), query) } }),

  'GET /items/{itemCode}': async ({ path }) => {
    const item = await getCurrentItem(path.itemCode);
    if (!item) throw itemNotFound(path.itemCode);
    return { body: item };
  },

  'GET /items/{itemCode}/versions/{version}': async ({ path }) => {
    const item = await getItemVersion(path.itemCode, path.version);
    if (!item) {
      if (!(await getCurrentItem(path.itemCode))) throw itemNotFound(path.itemCode);
      throw notFound('item_version_not_found', `Catalog item ${path.itemCode} has no version ${path.version}.`, {
        itemCode: path.itemCode,
        version: path.version,
      });
    }
    return { body: item };
  },

  'POST /items/import': async ({ body, principal, now }) => {
    // Every row is checked before anything is written, so a file with errors writes nothing.
    const result = body.format === 'csv' ? importCsv(body.content ?? '') : importJson(body.items ?? []);
    if ('errors' in result) {
      const rows = rowsWithProblems(result.errors);
      throw unprocessable('import_invalid', `${rows} ${rows === 1 ? 'row has' : 'rows have'} problems; nothing was imported.`, {
        errors: result.errors,
      });
    }
    const current = await getCurrentItems(result.ok.map((i) => i.implementationCode));
    const toWrite: ServiceItem[] = [];
    const items = result.ok.map((input) => {
      const previous = current.get(input.implementationCode);
      if (previous && previous.status === 'active' && sameItemInput(itemInputOf(previous), input)) {
        return { implementationCode: input.implementationCode, version: previous.version, result: 'unchanged' as const };
      }
      const item = newItemVersion(input, previous, principal.subject, now);
      toWrite.push(item);
      return { implementationCode: item.implementationCode, version: item.version, result: previous ? ('updated' as const) : ('created' as const) };
    });
    await saveItemVersions(toWrite, (item) => itemChange(item, 'item_imported', principal, now, { format: body.format }));
    return { body: { imported: toWrite.length, unchanged: items.length - toWrite.length, items } };
  },

  'POST /items/{itemCode}/retire': async ({ path, body, principal, now }) => {
    const current = await getCurrentItem(path.itemCode);
    if (!current) throw itemNotFound(path.itemCode);
    if (current.status === 'retired') {
      throw conflict('item_already_retired', `「${current.name}」(${current.implementationCode}) was already retired on ${current.retiredAt ?? 'an earlier date'}.`, {
        itemCode: current.implementationCode,
        version: current.version,
      });
    }
    // A retirement is a version of its own: history shows it, and earlier versions stay for open cases.
    const retired = retiredItemVersion(current, principal.subject, now, body.reason);
    await saveItemVersion(retired, itemChange(retired, 'item_retired', principal, now, { reason: body.reason }));
    return { body: retired };
  },
});
