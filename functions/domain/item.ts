import * as z from 'zod';
import { unprocessable } from './errors';
import { MAX_MATERIAL_BYTES } from './upload';

/** 办件类型: 即办件 / 承诺件 / 上报件 / 联办件 */
export const ITEM_TYPES = ['immediate', 'promised', 'reported', 'joint'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** 窗口类别: 无差别综窗 / 分领域综窗 / 部门专窗 / 主题专区 */
export const WINDOW_CATEGORIES = ['general', 'domain', 'department', 'theme'] as const;

const code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, dot, dash or underscore.');
const text = (max: number) => z.string().trim().min(1).max(max);

/** One line of the materials checklist (材料清单). */
export const MaterialSpecSchema = z
  .object({
    code,
    name: text(200),
    required: z.boolean(),
    originals: z.number().int().min(0).max(20), // 原件份数
    copies: z.number().int().min(0).max(20), // 复印件份数
    form: z.enum(['paper', 'electronic', 'either']), // 纸质 / 电子
    deferrable: z.boolean().default(false), // 容缺
    sample: z.string().max(500).optional(), // 样表
  })
  .strict();
export type MaterialSpec = z.infer<typeof MaterialSpecSchema>;

/** The fields of a catalog item (事项) as the supervisor writes it; GB/T 39046-2020 fields, no cross-field rules. */
export const ServiceItemFieldsSchema = z
  .object({
    basicCode: code, // 基本编码
    implementationCode: code, // 实施编码: the item's key
    name: text(200),
    department: text(100), // 实施主体
    coDepartments: z.array(text(100)).max(20).default([]), // 共同实施部门 (联办)
    itemType: z.enum(ITEM_TYPES),
    statutoryDays: z.number().int().min(0).max(365), // 法定办结时限, working days
    promisedDays: z.number().int().min(0).max(365), // 承诺办结时限, working days
    conditions: z.string().max(4000).default(''), // 受理条件
    fees: z.string().max(1000).default('不收费'),
    appointment: z.boolean().default(false),
    onlinePayment: z.boolean().default(false),
    courierDelivery: z.boolean().default(false),
    windowCategory: z.enum(WINDOW_CATEGORIES).default('general'),
    specialProcedures: z.array(text(50)).max(20).default([]), // 特别程序
    negativeList: z.boolean().default(false), // 负面清单: not handled at the comprehensive window
    departmentWindow: z.string().max(200).optional(), // where negative-list applicants are sent
    materials: z.array(MaterialSpecSchema).max(100).default([]),
    themes: z.array(text(50)).max(20).default([]), // 主题, e.g. 我要开办企业 / 退休 / 生育
    keywords: z.array(text(50)).max(30).default([]), // 别名 / 俗称 a clerk may type, for search
    maxMaterialBytes: z.number().int().min(1).max(MAX_MATERIAL_BYTES).optional(), // per-item scan size limit
  })
  .strict();

/** A catalog item (事项) as the supervisor writes it, with the rules across fields. */
export const ServiceItemInputSchema = ServiceItemFieldsSchema.superRefine((item, ctx) => {
  if (item.promisedDays > item.statutoryDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['promisedDays'],
      message: `The promised limit (${item.promisedDays}) cannot exceed the statutory limit (${item.statutoryDays}).`,
    });
  }
  if (item.itemType === 'joint' && item.coDepartments.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['coDepartments'], message: 'A joint item (联办件) needs co-implementing departments.' });
  }
  const seen = new Set<string>();
  item.materials.forEach((m, i) => {
    if (seen.has(m.code)) {
      ctx.addIssue({ code: 'custom', path: ['materials', i, 'code'], message: `Material code ${m.code} appears twice.` });
    }
    seen.add(m.code);
  });
});
export type ServiceItemInput = z.infer<typeof ServiceItemInputSchema>;

/** 在用 / 已停用: a retired item takes no new cases; cases already received under it go on. */
export const ITEM_STATUSES = ['active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ServiceItem extends ServiceItemInput {
  version: number;
  createdAt: string;
  createdBy: string;
  /** Server-managed: never taken from the supervisor's input. */
  status: ItemStatus;
  retiredAt?: string;
  retiredBy?: string;
  retiredReason?: string;
}

/** A new version from the supervisor's input. Publishing an item again makes it active, also after retirement. */
export function newItemVersion(input: ServiceItemInput, previous: ServiceItem | undefined, by: string, at: Date): ServiceItem {
  return { ...input, version: (previous?.version ?? 0) + 1, createdAt: at.toISOString(), createdBy: by, status: 'active' };
}

/** The retirement as a version of its own, so the item's history shows who retired it, when and why. */
export function retiredItemVersion(current: ServiceItem, by: string, at: Date, reason: string): ServiceItem {
  return {
    ...current,
    version: current.version + 1,
    createdAt: at.toISOString(),
    createdBy: by,
    status: 'retired',
    retiredAt: at.toISOString(),
    retiredBy: by,
    retiredReason: reason,
  };
}

/** The supervisor-written part of a stored item, e.g. to compare an imported row with what is there. */
export function itemInputOf(item: ServiceItem): ServiceItemInput {
  const { version: _v, createdAt: _c, createdBy: _b, status: _s, retiredAt: _ra, retiredBy: _rb, retiredReason: _rr, ...input } = item;
  return input;
}

/** Key order and absent optional fields don't matter; everything else does. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Whether two inputs say the same thing, so re-importing an unchanged list makes no new versions. */
export function sameItemInput(a: ServiceItemInput, b: ServiceItemInput): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Items stored before statuses existed have none: they are active. */
export function withStatus(item: Omit<ServiceItem, 'status'> & { status?: ItemStatus }): ServiceItem {
  return { ...item, status: item.status ?? 'active' };
}

/** Intake refuses a retired item (已停用事项); cases received before the retirement are not affected. */
export function assertItemOpen(item: ServiceItem): void {
  if (item.status === 'retired') {
    throw unprocessable('item_retired', `「${item.name}」(${item.implementationCode}) was retired on ${item.retiredAt ?? 'an earlier date'} and takes no new applications.`, {
      itemCode: item.implementationCode,
      version: item.version,
      retiredAt: item.retiredAt ?? null,
      reason: item.retiredReason ?? null,
    });
  }
}
