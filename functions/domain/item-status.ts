/**
 * An item's status, apart from the item's schemas (item.ts): a module that only stamps the status of a
 * stored item (the item repository, read by every function that loads an item) bundles no zod.
 */
/** 在用 / 已停用: a retired item takes no new cases; cases already received under it go on. */
export const ITEM_STATUSES = ['active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Items stored before statuses existed have none: they are active. */
export function withStatus<T extends object>(item: T & { status?: ItemStatus }): T & { status: ItemStatus } {
  return { ...item, status: item.status ?? 'active' };
}
