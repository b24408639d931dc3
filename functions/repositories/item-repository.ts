import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { deploymentCentre } from '#config/settings';
import type { AuditLine } from '#domain/audit-trail';
import { conflict } from '#domain/errors';
import { warmCache } from '#adapters/warm-cache';
import { auditLinePut } from './audit-repository';
import type { ServiceItem } from '#domain/item';
import { withStatus } from '#domain/item-status';
import { batchGet, queryIndexPrefix } from './dynamo';
import { keys, tableName, withoutKeys } from './keys';

/** An item as stored: always with the centre whose implementation list holds it. */
export type CatalogItem = ServiceItem & { centre: string };

/** Items stored before statuses existed read as active; before centres had lists, as the deployment centre's. */
const fromStore = (stored: Record<string, unknown>): CatalogItem => {
  const item = withStatus(withoutKeys<ServiceItem>(stored));
  return { ...item, centre: item.centre ?? deploymentCentre() };
};

export async function getCurrentItem(code: string): Promise<CatalogItem | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.itemCurrent(code) }));
  return out.Item ? fromStore(out.Item) : undefined;
}

/**
 * The current version as intake reads it, kept by a warm function for a minute: intake runs all day,
 * the catalog changes a few times a week. Writes through this module forget it at once.
 */
const currentForIntake = /* @__PURE__ */ warmCache<string, CatalogItem>({ max: 2000, ttlMs: 60_000 });

export function getCurrentItemWarm(code: string): Promise<CatalogItem | undefined> {
  return currentForIntake.get(code, () => getCurrentItem(code));
}

export async function getItemVersion(code: string, version: number): Promise<CatalogItem | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.item(code, version) }));
  return out.Item ? fromStore(out.Item) : undefined;
}

/** The current version of each code that has one, read consistently (the next version number depends on it). */
export async function getCurrentItems(codes: readonly string[]): Promise<Map<string, CatalogItem>> {
  const stored = await batchGet(
    codes.map((code) => keys.itemCurrent(code)),
    true,
  );
  return new Map(stored.map(fromStore).map((item) => [item.implementationCode, item]));
}

/**
 * The writes of one new version: the immutable version row, the CURRENT pointer moved only if nobody
 * wrote meanwhile, and the audit line of the change (the seed catalog loaded at start has none).
 */
function versionPuts(written: ServiceItem, audit?: AuditLine) {
  const item: CatalogItem = { ...written, centre: written.centre ?? deploymentCentre() };
  const code = item.implementationCode;
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.item(code, item.version), entity: 'item_version', ...item },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.itemCurrent(code),
          ...keys.itemListing(item.centre, item.department, code),
          entity: 'item_current',
          ...item,
        },
        ConditionExpression: item.version === 1 ? 'attribute_not_exists(pk)' : '#version = :previous',
        ...(item.version === 1
          ? {}
          : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':previous': item.version - 1 } }),
      },
    },
    ...(audit ? [auditLinePut(audit)] : []),
  ];
}

function cancellationReasons(error: unknown): { Code?: string }[] | undefined {
  if (error instanceof Error && error.name === 'TransactionCanceledException') {
    return (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  }
  return undefined;
}

/** Writes a new immutable version and moves the CURRENT pointer, only if nobody wrote a version meanwhile. */
export async function saveItemVersion(item: ServiceItem, audit?: AuditLine): Promise<void> {
  const code = item.implementationCode;
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: versionPuts(item, audit) }));
    // After the write: a read racing it is not kept either (see warmCache).
    currentForIntake.forget(code);
    departmentsForReads.forget(item.centre ?? deploymentCentre());
  } catch (error) {
    if (cancellationReasons(error)) {
      throw conflict('item_changed', `Item ${code} was changed by someone else meanwhile. Reload it and try again.`, {
        implementationCode: code,
      });
    }
    throw error;
  }
}

/** TransactWriteItems takes at most 100 actions; each version is three (version, pointer, audit line). */
const ACTIONS_PER_ITEM = 3;
export const ITEMS_PER_TRANSACTION = Math.floor(100 / ACTIONS_PER_ITEM);

/**
 * Writes many new versions (an import), each with its audit line, in transactions of up to 33 items. Each transaction is all
 * or nothing; if another supervisor changed one of the items meanwhile, the batches before it stay
 * written and the caller is told which, so the same import can simply be run again.
 */
export async function saveItemVersions(items: readonly ServiceItem[], auditOf: (item: ServiceItem) => AuditLine): Promise<void> {
  const written: string[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_TRANSACTION) {
    const batch = items.slice(start, start + ITEMS_PER_TRANSACTION);
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: batch.flatMap((item) => versionPuts(item, auditOf(item))) }));
      for (const item of batch) {
        currentForIntake.forget(item.implementationCode);
        departmentsForReads.forget(item.centre ?? deploymentCentre());
      }
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      // Reasons come in action order, ACTIONS_PER_ITEM actions per item.
      const failed = batch.filter((_item, i) =>
        reasons.slice(ACTIONS_PER_ITEM * i, ACTIONS_PER_ITEM * (i + 1)).some((r) => r?.Code === 'ConditionalCheckFailed'),
      );
      throw conflict(
        'item_changed',
        `${failed.length > 0 ? failed.map((i) => i.implementationCode).join(', ') : 'Some items'} changed meanwhile; ${written.length} items were already imported. Run the import again: unchanged items are skipped.`,
        { changed: failed.map((i) => i.implementationCode), written },
      );
    }
    written.push(...batch.map((i) => i.implementationCode));
  }
}

/** A centre's implementation list (实施清单): its current items, of one department when named. */
export async function listCurrentItems(centre: string, department?: string): Promise<CatalogItem[]> {
  const prefix = department ? `${department}#` : undefined;
  const [own, legacy] = await Promise.all([
    queryIndexPrefix<Record<string, unknown>>(keys.itemsOf(centre), prefix),
    // Items listed before centres had lists of their own belong to the deployment's centre.
    centre === deploymentCentre() ? queryIndexPrefix<Record<string, unknown>>(keys.legacyItems, prefix) : Promise.resolve([]),
  ]);
  const items = new Map([...legacy, ...own].map(fromStore).map((item) => [item.implementationCode, item]));
  return [...items.values()];
}

/** Every department a centre's list names, as implementing or co-implementing department (the deployment's centre by default). */
export async function listDepartments(centre = deploymentCentre()): Promise<string[]> {
  return [...new Set((await listCurrentItems(centre)).flatMap((item) => [item.department, ...item.coDepartments]))];
}

/**
 * The departments as the read paths that fan out over them (the output desk, the search by state)
 * read them on every request: kept by a warm function for 10 s instead of reading the whole list each
 * time. A catalog write in this container forgets them at once; another container's, within 10 s.
 */
const departmentsForReads = /* @__PURE__ */ warmCache<string, string[]>({ max: 100, ttlMs: 10_000 });

export function listDepartmentsWarm(centre: string): Promise<string[]> {
  return departmentsForReads.get(centre, () => listDepartments(centre)).then((departments) => departments ?? []);
}
