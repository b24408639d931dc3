import { describe, expect, it } from 'vitest';
import { AppError } from '#domain/errors';
import {
  assertItemOpen,
  itemInputOf,
  ITEM_TYPES,
  MaterialSpecSchema,
  newItemVersion,
  retiredItemVersion,
  sameItemInput,
  ServiceItemInputSchema,
  WINDOW_CATEGORIES,
  withStatus,
} from '#domain/item';
import { MAX_MATERIAL_BYTES } from '#domain/upload';
import { thrown } from './fixtures';

const minimal = {
  basicCode: '000123456000',
  implementationCode: 'IMPL-001',
  name: '个体工商户设立登记',
  department: '市场监管局',
  itemType: 'promised',
  statutoryDays: 15,
  promisedDays: 3,
};
const materialSpec = { code: 'ID', name: '身份证', required: true, originals: 1, copies: 1, form: 'either' };

function issues(input: unknown) {
  const r = ServiceItemInputSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
}

describe('ServiceItemInputSchema', () => {
  it('fills the documented defaults', () => {
    const parsed = ServiceItemInputSchema.parse(minimal);
    expect(parsed).toEqual({
      ...minimal,
      coDepartments: [],
      conditions: '',
      fees: '不收费',
      appointment: false,
      onlinePayment: false,
      courierDelivery: false,
      windowCategory: 'general',
      specialProcedures: [],
      negativeList: false,
      materials: [],
      themes: [],
      keywords: [],
    });
    expect(parsed.departmentWindow).toBeUndefined();
    expect(parsed.maxMaterialBytes).toBeUndefined();
  });

  it('defaults a material line to not deferrable', () => {
    const parsed = ServiceItemInputSchema.parse({ ...minimal, materials: [materialSpec] });
    expect(parsed.materials[0]).toEqual({ ...materialSpec, deferrable: false });
  });

  it('trims codes and texts', () => {
    const parsed = ServiceItemInputSchema.parse({ ...minimal, implementationCode: '  IMPL-001 ', name: ' 设立登记 ' });
    expect(parsed.implementationCode).toBe('IMPL-001');
    expect(parsed.name).toBe('设立登记');
  });

  it.each(ITEM_TYPES.filter((t) => t !== 'joint'))('accepts item type %s without co-departments', (itemType) => {
    expect(ServiceItemInputSchema.safeParse({ ...minimal, itemType }).success).toBe(true);
  });

  it.each(WINDOW_CATEGORIES)('accepts window category %s', (windowCategory) => {
    expect(ServiceItemInputSchema.parse({ ...minimal, windowCategory }).windowCategory).toBe(windowCategory);
  });

  it('rejects unknown fields (strict), at item and material level', () => {
    expect(issues({ ...minimal, colour: 'red' })).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', path: '' }));
    expect(issues({ ...minimal, materials: [{ ...materialSpec, pages: 3 }] })).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', path: 'materials.0' }),
    );
  });

  it('rejects a promised limit above the statutory limit, with a readable message', () => {
    expect(issues({ ...minimal, statutoryDays: 5, promisedDays: 6 })).toEqual([
      { path: 'promisedDays', code: 'custom', message: '承诺办结时限（6）不得超过法定办结时限（5）' },
    ]);
  });

  it('accepts a promised limit equal to the statutory limit, including 0/0 for immediate items', () => {
    expect(ServiceItemInputSchema.safeParse({ ...minimal, statutoryDays: 5, promisedDays: 5 }).success).toBe(true);
    expect(ServiceItemInputSchema.safeParse({ ...minimal, itemType: 'immediate', statutoryDays: 0, promisedDays: 0 }).success).toBe(true);
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['above 365', 366],
    ['a string', '3'],
  ])('rejects %s day limits', (_label, days) => {
    expect(issues({ ...minimal, statutoryDays: days, promisedDays: 0 }).some((i) => i.path === 'statutoryDays')).toBe(true);
  });

  it('requires co-departments for a joint item (联办件)', () => {
    expect(issues({ ...minimal, itemType: 'joint' })).toEqual([
      { path: 'coDepartments', code: 'custom', message: '联办件须填写共同实施部门' },
    ]);
    expect(ServiceItemInputSchema.safeParse({ ...minimal, itemType: 'joint', coDepartments: ['住建局'] }).success).toBe(true);
  });

  it('rejects duplicate material codes at the second occurrence, also after trimming', () => {
    const dup = { ...materialSpec, name: '身份证复印件' };
    expect(issues({ ...minimal, materials: [materialSpec, { ...materialSpec, code: 'HUKOU' }, dup] })).toEqual([
      { path: 'materials.2.code', code: 'custom', message: '材料编码 ID 重复' },
    ]);
    expect(issues({ ...minimal, materials: [materialSpec, { ...dup, code: ' ID ' }] })).toEqual([
      { path: 'materials.1.code', code: 'custom', message: '材料编码 ID 重复' },
    ]);
  });

  it('reports several rule violations together', () => {
    const found = issues({ ...minimal, itemType: 'joint', statutoryDays: 1, promisedDays: 2, materials: [materialSpec, materialSpec] });
    expect(found.map((i) => i.path).sort()).toEqual(['coDepartments', 'materials.1.code', 'promisedDays']);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a space inside', 'IMPL 001'],
    ['a leading dash', '-IMPL'],
    ['a slash', 'IMPL/001'],
    ['Chinese characters', '事项001'],
    ['65 characters', 'A'.repeat(65)],
  ])('rejects an implementation code with %s', (_label, implementationCode) => {
    expect(issues({ ...minimal, implementationCode }).some((i) => i.path === 'implementationCode')).toBe(true);
  });

  it('accepts codes with dot, dash, underscore up to 64 characters', () => {
    expect(ServiceItemInputSchema.safeParse({ ...minimal, implementationCode: 'a1.B2-c_3' }).success).toBe(true);
    expect(ServiceItemInputSchema.safeParse({ ...minimal, implementationCode: 'A'.repeat(64) }).success).toBe(true);
  });

  it.each(['basicCode', 'implementationCode', 'name', 'department', 'itemType', 'statutoryDays', 'promisedDays'])(
    'requires %s',
    (field) => {
      const input: Record<string, unknown> = { ...minimal };
      delete input[field];
      expect(issues(input).some((i) => i.path === field)).toBe(true);
    },
  );

  it('rejects an unknown item type and window category', () => {
    expect(issues({ ...minimal, itemType: 'urgent' }).map((i) => i.path)).toContain('itemType');
    expect(issues({ ...minimal, windowCategory: 'vip' }).map((i) => i.path)).toContain('windowCategory');
  });

  it('limits text lengths', () => {
    expect(issues({ ...minimal, name: '名'.repeat(201) }).map((i) => i.path)).toContain('name');
    expect(ServiceItemInputSchema.safeParse({ ...minimal, name: '名'.repeat(200) }).success).toBe(true);
    expect(issues({ ...minimal, conditions: 'x'.repeat(4001) }).map((i) => i.path)).toContain('conditions');
    expect(issues({ ...minimal, coDepartments: Array.from({ length: 21 }, (_, i) => `部门${i}`) }).map((i) => i.path)).toContain('coDepartments');
  });
});

describe('themes, keywords and the per-item upload limit', () => {
  it('takes themes (主题) and keywords, trimmed', () => {
    const parsed = ServiceItemInputSchema.parse({ ...minimal, themes: [' 我要开办企业 ', '退休'], keywords: ['个体户'] });
    expect(parsed.themes).toEqual(['我要开办企业', '退休']);
    expect(parsed.keywords).toEqual(['个体户']);
  });

  it('limits themes to 20 of at most 50 characters, and refuses blank ones', () => {
    expect(issues({ ...minimal, themes: Array.from({ length: 21 }, (_, i) => `主题${i}`) }).map((i) => i.path)).toContain('themes');
    expect(issues({ ...minimal, themes: ['主'.repeat(51)] }).map((i) => i.path)).toContain('themes.0');
    expect(issues({ ...minimal, keywords: ['  '] }).map((i) => i.path)).toContain('keywords.0');
    expect(ServiceItemInputSchema.safeParse({ ...minimal, themes: Array.from({ length: 20 }, (_, i) => `主题${i}`) }).success).toBe(true);
  });

  it('takes a per-item upload limit up to the system-wide one', () => {
    expect(ServiceItemInputSchema.parse({ ...minimal, maxMaterialBytes: 5_000_000 }).maxMaterialBytes).toBe(5_000_000);
    expect(ServiceItemInputSchema.safeParse({ ...minimal, maxMaterialBytes: MAX_MATERIAL_BYTES }).success).toBe(true);
    expect(issues({ ...minimal, maxMaterialBytes: MAX_MATERIAL_BYTES + 1 }).map((i) => i.path)).toEqual(['maxMaterialBytes']);
    expect(issues({ ...minimal, maxMaterialBytes: 0 }).map((i) => i.path)).toEqual(['maxMaterialBytes']);
    expect(issues({ ...minimal, maxMaterialBytes: 1.5 }).map((i) => i.path)).toEqual(['maxMaterialBytes']);
  });

  it('does not take server-managed fields from the supervisor', () => {
    expect(issues({ ...minimal, status: 'retired' })).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
    expect(issues({ ...minimal, version: 7 })).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
  });
});

describe('MaterialSpecSchema', () => {
  it.each([
    ['originals above 20', { originals: 21 }, 'originals'],
    ['negative copies', { copies: -1 }, 'copies'],
    ['an unknown form', { form: 'fax' }, 'form'],
    ['a missing required flag', { required: undefined }, 'required'],
    ['a sample note over 500 characters', { sample: 's'.repeat(501) }, 'sample'],
  ])('rejects %s', (_label, patch, path) => {
    const r = MaterialSpecSchema.safeParse({ ...materialSpec, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('newItemVersion', () => {
  const input = ServiceItemInputSchema.parse(minimal);
  const at = new Date('2026-03-02T08:00:00Z');

  it('starts at version 1 and records who and when', () => {
    const v1 = newItemVersion(input, undefined, 'sup-1', at);
    expect(v1).toEqual({ ...input, version: 1, createdAt: '2026-03-02T08:00:00.000Z', createdBy: 'sup-1', status: 'active' });
  });

  it('numbers each new version one above the previous', () => {
    const v1 = newItemVersion(input, undefined, 'sup-1', at);
    const v2 = newItemVersion({ ...input, promisedDays: 2 }, v1, 'sup-2', at);
    const v3 = newItemVersion(input, v2, 'sup-1', at);
    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    expect(v2.promisedDays).toBe(2);
    expect(v2.createdBy).toBe('sup-2');
    expect(newItemVersion(input, { ...v1, version: 41 }, 'sup-1', at).version).toBe(42);
  });

  it('does not change the previous version', () => {
    const v1 = newItemVersion(input, undefined, 'sup-1', at);
    const snapshot = structuredClone(v1);
    newItemVersion({ ...input, name: '新名称' }, v1, 'sup-2', at);
    expect(v1).toEqual(snapshot);
  });
});

describe('retirement (停用)', () => {
  const input = ServiceItemInputSchema.parse(minimal);
  const at = new Date('2026-03-02T08:00:00Z');
  const later = new Date('2026-04-01T02:00:00Z');

  it('is a new version that keeps the content and records who, when and why', () => {
    const v1 = newItemVersion(input, undefined, 'sup-1', at);
    const v2 = retiredItemVersion(v1, 'sup-2', later, '事项取消');
    expect(v2).toEqual({
      ...input,
      version: 2,
      createdAt: '2026-04-01T02:00:00.000Z',
      createdBy: 'sup-2',
      status: 'retired',
      retiredAt: '2026-04-01T02:00:00.000Z',
      retiredBy: 'sup-2',
      retiredReason: '事项取消',
    });
    expect(v1.status).toBe('active');
  });

  it('is undone by publishing the item again: the next version is active and carries no retirement', () => {
    const v2 = retiredItemVersion(newItemVersion(input, undefined, 'sup-1', at), 'sup-2', later, '合并');
    const v3 = newItemVersion(itemInputOf(v2), v2, 'sup-1', later);
    expect(v3.version).toBe(3);
    expect(v3.status).toBe('active');
    expect(v3).not.toHaveProperty('retiredAt');
    expect(v3).not.toHaveProperty('retiredReason');
  });

  it('closes intake: assertItemOpen refuses a retired item with 422 item_retired and passes an active one', () => {
    const v1 = newItemVersion(input, undefined, 'sup-1', at);
    expect(() => assertItemOpen(v1)).not.toThrow();
    const e = thrown(() => assertItemOpen(retiredItemVersion(v1, 'sup-2', later, '事项取消')));
    expect(e).toBeInstanceOf(AppError);
    expect([e.status, e.code]).toEqual([422, 'item_retired']);
    expect(e.message).toContain(input.name);
    expect(e.details).toMatchObject({ itemCode: 'IMPL-001', version: 2, reason: '事项取消' });
  });

  it('reads items stored before statuses existed as active', () => {
    const { status: _s, ...legacy } = newItemVersion(input, undefined, 'sup-1', at);
    expect(withStatus(legacy).status).toBe('active');
    expect(withStatus({ ...legacy, status: 'retired' }).status).toBe('retired');
  });
});

describe('itemInputOf and sameItemInput', () => {
  const input = ServiceItemInputSchema.parse({ ...minimal, materials: [materialSpec], themes: ['开店'] });

  it('gives back exactly the supervisor-written fields', () => {
    const stored = retiredItemVersion(newItemVersion(input, undefined, 's', new Date()), 's', new Date(), 'r');
    expect(itemInputOf(stored)).toEqual(input);
  });

  it('ignores key order and absent optional fields, and sees every real change', () => {
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as typeof input;
    expect(sameItemInput(input, reordered)).toBe(true);
    expect(sameItemInput(input, { ...input, departmentWindow: undefined })).toBe(true);
    expect(sameItemInput(input, { ...input, promisedDays: 2 })).toBe(false);
    expect(sameItemInput(input, { ...input, themes: ['开店', '退休'] })).toBe(false);
    expect(sameItemInput(input, { ...input, materials: [{ ...input.materials[0]!, deferrable: true }] })).toBe(false);
    expect(sameItemInput(input, { ...input, maxMaterialBytes: 1000 })).toBe(false);
  });
});
