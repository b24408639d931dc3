import * as z from 'zod/mini';
import './zod-locale';
import { line } from './input';
import { unprocessable } from './errors';
import type { ItemStatus } from './item-status';
import { MAX_MATERIAL_BYTES } from './upload';

/** 办件类型: 即办件 / 承诺件 / 上报件 / 联办件 */
export const ITEM_TYPES = ['immediate', 'promised', 'reported', 'joint'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** 时限单位 (GB/T 39046): limits count working days (工作日) unless the item says natural days (自然日). */
export const LIMIT_UNITS = ['working_day', 'natural_day'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** 窗口类别: 无差别综窗 / 分领域综窗 / 部门专窗 / 主题专区 */
export const WINDOW_CATEGORIES = ['general', 'domain', 'department', 'theme'] as const;

const code = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '只能使用字母、数字、点、横线或下划线'));
// Item, material and department names are single lines on notices and the hall screen.
const text = line;

/** One line of the materials checklist (材料清单). */
export const MaterialSpecSchema = z.strictObject({
  code,
  name: text(200),
  required: z.boolean(),
  originals: z.int().check(z.minimum(0), z.maximum(20)), // 原件份数
  copies: z.int().check(z.minimum(0), z.maximum(20)), // 复印件份数
  form: z.enum(['paper', 'electronic', 'either']), // 纸质 / 电子
  deferrable: z._default(z.boolean(), false), // 容缺
  sample: z.optional(z.string().check(z.maxLength(500))), // 样表
});
export type MaterialSpec = z.infer<typeof MaterialSpecSchema>;

const list = <T extends z.ZodMiniType>(item: T, max: number) => z._default(z.array(item).check(z.maxLength(max)), []);

/** The fields of a catalog item (事项) as the supervisor writes it; GB/T 39046-2020 fields, no cross-field rules. */
export const ServiceItemFieldsSchema = z.strictObject({
  basicCode: code, // 基本编码
  implementationCode: code, // 实施编码: the item's key
  name: text(200),
  department: text(100), // 实施主体
  coDepartments: list(text(100), 20), // 共同实施部门 (联办)
  itemType: z.enum(ITEM_TYPES),
  statutoryDays: z.int().check(z.minimum(0), z.maximum(365)), // 法定办结时限, in limitUnit
  promisedDays: z.int().check(z.minimum(0), z.maximum(365)), // 承诺办结时限, in limitUnit
  limitUnit: z.optional(z.enum(LIMIT_UNITS)), // 时限单位; absent: working days
  conditions: z._default(z.string().check(z.maxLength(4000)), ''), // 受理条件
  fees: z._default(z.string().check(z.maxLength(1000)), '不收费'),
  appointment: z._default(z.boolean(), false),
  onlinePayment: z._default(z.boolean(), false),
  courierDelivery: z._default(z.boolean(), false),
  windowCategory: z._default(z.enum(WINDOW_CATEGORIES), 'general'),
  specialProcedures: list(text(50), 20), // 特别程序
  negativeList: z._default(z.boolean(), false), // 负面清单: not handled at the comprehensive window
  departmentWindow: z.optional(z.string().check(z.maxLength(200))), // where negative-list applicants are sent
  materials: list(MaterialSpecSchema, 100),
  themes: list(text(50), 20), // 主题, e.g. 我要开办企业 / 退休 / 生育
  keywords: list(text(50), 30), // 别名 / 俗称 a clerk may type, for search
  // 容缺承诺未履行: when a deferred material is not brought by its due day, end the case (terminate) or let it wait (default).
  deferralLapse: z.optional(z.enum(['terminate', 'wait'])),
  maxMaterialBytes: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_MATERIAL_BYTES))), // per-item scan size limit
});

/** A catalog item (事项) as the supervisor writes it, with the rules across fields. */
export const ServiceItemInputSchema = ServiceItemFieldsSchema.check(
  z.superRefine((item, ctx) => {
    if (item.promisedDays > item.statutoryDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['promisedDays'],
        message: `承诺办结时限（${item.promisedDays}）不得超过法定办结时限（${item.statutoryDays}）`,
      });
    }
    if (item.itemType === 'joint' && item.coDepartments.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['coDepartments'], message: '联办件须填写共同实施部门' });
    }
    const seen = new Set<string>();
    item.materials.forEach((m, i) => {
      if (seen.has(m.code)) {
        ctx.addIssue({ code: 'custom', path: ['materials', i, 'code'], message: `材料编码 ${m.code} 重复` });
      }
      seen.add(m.code);
    });
  }),
);
export type ServiceItemInput = z.infer<typeof ServiceItemInputSchema>;

/** 在用 / 已停用 (item-status.ts, apart so that stamping a stored item's status bundles no zod). */
export { ITEM_STATUSES, type ItemStatus, withStatus } from './item-status';

export interface ServiceItem extends ServiceItemInput {
  /**
   * The centre whose implementation list (实施清单) holds the item; only its supervisors change it and
   * only its staff see it. Server-managed; the repository stamps the deployment's centre on items
   * written without one (the seed catalog, items stored before centres had lists of their own).
   */
  centre?: string;
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
  const {
    centre: _centre,
    version: _v,
    createdAt: _c,
    createdBy: _b,
    status: _s,
    retiredAt: _ra,
    retiredBy: _rb,
    retiredReason: _rr,
    ...input
  } = item;
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

/** Intake refuses a retired item (已停用事项); cases received before the retirement are not affected. */
export function assertItemOpen(item: ServiceItem): void {
  if (item.status === 'retired') {
    throw unprocessable(
      'item_retired',
      `「${item.name}」(${item.implementationCode}) was retired on ${item.retiredAt ?? 'an earlier date'} and takes no new applications.`,
      {
        itemCode: item.implementationCode,
        version: item.version,
        retiredAt: item.retiredAt ?? null,
        reason: item.retiredReason ?? null,
      },
    );
  }
}
