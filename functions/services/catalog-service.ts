/**
 * The catalog as each centre keeps it (GB/T 39046): its implementation list (实施清单), written by its
 * own supervisors and seen by its own staff. An implementation code (实施编码) names one implementing
 * body, so a code on another centre's list is refused, never overwritten.
 */
import { randomUUID } from 'node:crypto';
import { assertOwnCentre, requireStaff, type Caller } from '#domain/access-policy';
import { auditLine } from '#domain/audit-trail';
import { assertImplements, baseItemVersion, type BaseItem, type BaseItemInput } from '#domain/base-catalog';
import { importCsv, importJson, rowsWithProblems } from '#domain/catalog-import';
import { searchItems } from '#domain/catalog-search';
import { conflict, forbidden, notFound, unprocessable } from '#domain/errors';
import type { Principal } from '#domain/principal';
import { itemInputOf, newItemVersion, retiredItemVersion, sameItemInput, type ServiceItem, type ServiceItemInput } from '#domain/item';
import {
  getCurrentItem,
  getCurrentItems,
  getItemVersion,
  listCurrentItems,
  saveItemVersion,
  saveItemVersions,
  type CatalogItem,
} from '#repositories/item-repository';
import { getBaseItem, getBaseItems, listBaseItems, saveBaseItem } from '#repositories/base-item-repository';

export const itemNotFound = (itemCode: string) => notFound('item_not_found', `There is no catalog item ${itemCode}.`, { itemCode });

/** The current version of an item on the caller's centre's list; 404 for anyone else's. */
export async function ownItem(caller: Caller, itemCode: string): Promise<CatalogItem> {
  return assertOwnCentre(caller, await getCurrentItem(itemCode), () => itemNotFound(itemCode));
}

/** One version of an item of the caller's centre (the one a case was received under). */
export async function ownItemVersion(caller: Caller, itemCode: string, version: number): Promise<CatalogItem> {
  await ownItem(caller, itemCode);
  const item = await getItemVersion(itemCode, version);
  if (!item) throw notFound('item_version_not_found', `Catalog item ${itemCode} has no version ${version}.`, { itemCode, version });
  return item;
}

export async function searchCatalog(caller: Caller, query: Parameters<typeof searchItems>[1]) {
  return searchItems(await listCurrentItems(requireStaff(caller).centre), query);
}

function otherCentres(centre: string, codes: readonly string[]) {
  return forbidden(
    'other_centre_item',
    `${codes.join(', ')} ${codes.length === 1 ? 'is' : 'are'} on another centre's implementation list (实施清单); give your centre's items their own implementation codes (实施编码).`,
    { itemCodes: codes, centre },
  );
}

/** The audit line of one catalog change: the version it made, and what the supervisor gave. */
const itemChange = (item: ServiceItem, action: string, principal: Principal, now: Date, details: Record<string, unknown> = {}) =>
  auditLine({ subject: 'item', subjectId: item.implementationCode, action, centre: item.centre, details: { version: item.version, name: item.name, ...details } }, principal, now, randomUUID());

/** Publishes an item (a new version); publishing again also reinstates it after a retirement. */
export async function publishItem(caller: Principal, input: ServiceItemInput, now: Date): Promise<ServiceItem> {
  const { centre } = requireStaff(caller);
  const previous = await getCurrentItem(input.implementationCode);
  if (previous && previous.centre !== centre) throw otherCentres(centre, [input.implementationCode]);
  assertImplements(await getBaseItem(input.basicCode), input);
  const item = { ...newItemVersion(input, previous, caller.subject, now), centre };
  await saveItemVersion(item, itemChange(item, 'item_published', caller, now));
  return item;
}

/** Imports a list all or nothing: every row is checked before anything is written. */
export async function importItems(caller: Principal, body: { format: 'json' | 'csv'; content?: string; items?: unknown[] }, now: Date) {
  const { centre } = requireStaff(caller);
  const result = body.format === 'csv' ? importCsv(body.content ?? '') : importJson(body.items ?? []);
  if ('errors' in result) {
    const rows = rowsWithProblems(result.errors);
    throw unprocessable('import_invalid', `${rows} ${rows === 1 ? 'row has' : 'rows have'} problems; nothing was imported.`, { errors: result.errors });
  }
  const current = await getCurrentItems(result.ok.map((i) => i.implementationCode));
  const foreign = [...current.values()].filter((i) => i.centre !== centre).map((i) => i.implementationCode);
  if (foreign.length > 0) throw otherCentres(centre, foreign);
  const bases = await getBaseItems(result.ok.map((i) => i.basicCode));
  for (const input of result.ok) assertImplements(bases.get(input.basicCode), input);
  const toWrite: ServiceItem[] = [];
  const items = result.ok.map((input) => {
    const previous = current.get(input.implementationCode);
    if (previous && previous.status === 'active' && sameItemInput(itemInputOf(previous), input)) {
      return { implementationCode: input.implementationCode, version: previous.version, result: 'unchanged' as const };
    }
    const item = { ...newItemVersion(input, previous, caller.subject, now), centre };
    toWrite.push(item);
    return { implementationCode: item.implementationCode, version: item.version, result: previous ? ('updated' as const) : ('created' as const) };
  });
  await saveItemVersions(toWrite, (item) => itemChange(item, 'item_imported', caller, now, { format: body.format }));
  return { imported: toWrite.length, unchanged: items.length - toWrite.length, items };
}

/** A retirement is a version of its own: history shows it, and earlier versions stay for open cases. */
export async function retireItem(caller: Principal, itemCode: string, reason: string, now: Date): Promise<ServiceItem> {
  const current = await ownItem(caller, itemCode);
  if (current.status === 'retired') {
    throw conflict('item_already_retired', `「${current.name}」(${current.implementationCode}) was already retired on ${current.retiredAt ?? 'an earlier date'}.`, {
      itemCode: current.implementationCode,
      version: current.version,
    });
  }
  const retired = retiredItemVersion(current, caller.subject, now, reason);
  await saveItemVersion(retired, itemChange(retired, 'item_retired', caller, now, { reason }));
  return retired;
}

/** 基本目录: the shared base list, read by every centre's staff and the admin above them. */
export function baseList(): Promise<BaseItem[]> {
  return listBaseItems();
}

/** The admin above the centres writes an entry of the base list (a new version of it). */
export async function publishBaseItem(caller: Caller, basicCode: string, input: BaseItemInput, now: Date): Promise<BaseItem> {
  const item = baseItemVersion(basicCode, input, await getBaseItem(basicCode), caller.subject, now);
  await saveBaseItem(item);
  return item;
}
