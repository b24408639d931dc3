/**
 * 基本目录 (GB/T 39046): the shared base list of service items, kept by an administrator above the
 * centres (county or province). Each centre's implementation list (实施清单) implements entries of
 * it: an implementation item names its base entry by the basic code (基本编码), and where that entry
 * is on the base list, keeps its item type and statutory limit — those come from the law, not from
 * the centre.
 */
import * as z from 'zod/mini';
import './zod-locale';
import { unprocessable } from './errors';
import { ITEM_TYPES, type ServiceItemInput } from './item';

export const BaseItemInputSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  itemType: z.enum(ITEM_TYPES),
  statutoryDays: z.int().check(z.minimum(0), z.maximum(365)), // 法定办结时限, working days
  legalBasis: z._default(z.string().check(z.maxLength(2000)), ''), // 设定依据
});
export type BaseItemInput = z.infer<typeof BaseItemInputSchema>;

export interface BaseItem extends BaseItemInput {
  basicCode: string; // 基本编码
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function baseItemVersion(basicCode: string, input: BaseItemInput, previous: BaseItem | undefined, by: string, at: Date): BaseItem {
  return { basicCode, ...input, version: (previous?.version ?? 0) + 1, updatedAt: at.toISOString(), updatedBy: by };
}

/** An implementation item follows its base entry's item type and statutory limit. */
export function assertImplements(base: BaseItem | undefined, item: ServiceItemInput): void {
  if (!base) return;
  const problems = [
    ...(base.itemType !== item.itemType ? [{ field: 'itemType', base: base.itemType, given: item.itemType }] : []),
    ...(base.statutoryDays !== item.statutoryDays ? [{ field: 'statutoryDays', base: base.statutoryDays, given: item.statutoryDays }] : []),
  ];
  if (problems.length > 0) {
    throw unprocessable(
      'base_item_mismatch',
      `${item.implementationCode} implements 基本目录 entry ${base.basicCode} (${base.name}); its ${problems.map((p) => p.field).join(' and ')} must be the base list's.`,
      { basicCode: base.basicCode, problems },
    );
  }
}
