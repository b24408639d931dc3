import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '#local/seed-catalog';
import { ITEM_TYPES, ServiceItemInputSchema, WINDOW_CATEGORIES } from '#domain/item';
import { DEMO_CATALOG } from '#local/demo-catalog';

const byCode = new Map(SEED_CATALOG.map((i) => [i.implementationCode, i]));
const get = (code: string) => {
  const item = byCode.get(code);
  if (!item) throw new Error(`seed item ${code} is missing`);
  return item;
};

describe('the seed catalog', () => {
  it('is what npm start loads', () => {
    expect(DEMO_CATALOG).toBe(SEED_CATALOG);
  });

  it('has at least 30 items, each valid under the API schema and unchanged by parsing again', () => {
    expect(SEED_CATALOG.length).toBeGreaterThanOrEqual(30);
    for (const item of SEED_CATALOG) {
      const parsed = ServiceItemInputSchema.safeParse(item);
      expect(parsed.success, `${item.implementationCode}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(item);
    }
  });

  it('has no implementation code twice', () => {
    expect(byCode.size).toBe(SEED_CATALOG.length);
  });

  it('has every item type, at least three joint items, and every window category', () => {
    for (const type of ITEM_TYPES) expect(SEED_CATALOG.some((i) => i.itemType === type), type).toBe(true);
    expect(SEED_CATALOG.filter((i) => i.itemType === 'joint').length).toBeGreaterThanOrEqual(3);
    for (const category of WINDOW_CATEGORIES) expect(SEED_CATALOG.some((i) => i.windowCategory === category), category).toBe(true);
  });

  it.each(['人社局', '医保局', '民政局', '残联', '教育局', '农业农村局', '市场监管局', '卫健局', '住建局', '自然资源局', '退役军人事务局', '应急管理局', '公安局', '税务局'])(
    'has items of %s',
    (department) => {
      expect(SEED_CATALOG.some((i) => i.department === department)).toBe(true);
    },
  );

  it('has a few negative-list items, each pointing to its department window', () => {
    const negative = SEED_CATALOG.filter((i) => i.negativeList);
    expect(negative.length).toBeGreaterThanOrEqual(3);
    for (const item of negative) expect(item.departmentWindow, item.implementationCode).toMatch(/窗|大厅/);
    expect(SEED_CATALOG.filter((i) => !i.negativeList && i.departmentWindow !== undefined)).toEqual([]);
  });

  it('has realistic checklists: required and optional, originals and copies, paper and electronic, some 容缺', () => {
    const materials = SEED_CATALOG.flatMap((i) => i.materials);
    expect(materials.some((m) => m.required)).toBe(true);
    expect(materials.some((m) => !m.required)).toBe(true);
    expect(materials.some((m) => m.originals > 0)).toBe(true);
    expect(materials.some((m) => m.copies > 0)).toBe(true);
    for (const form of ['paper', 'electronic', 'either'] as const) expect(materials.some((m) => m.form === form), form).toBe(true);
    expect(materials.filter((m) => m.deferrable).length).toBeGreaterThanOrEqual(5);
    // 容缺 only makes sense for a required material.
    expect(materials.filter((m) => m.deferrable && !m.required)).toEqual([]);
    // Items handled at the comprehensive window say what to bring.
    expect(SEED_CATALOG.filter((i) => !i.negativeList && i.materials.length === 0).map((i) => i.implementationCode)).toEqual([]);
  });

  it('has Chinese names, conditions, themes and keywords, and limits within the statutory ones', () => {
    for (const item of SEED_CATALOG) {
      expect(item.name, item.implementationCode).toMatch(/\p{Script=Han}/u);
      expect(item.conditions.length, item.implementationCode).toBeGreaterThan(5);
      expect(item.themes.length, item.implementationCode).toBeGreaterThan(0);
      expect(item.keywords.length, item.implementationCode).toBeGreaterThan(0);
      expect(item.promisedDays).toBeLessThanOrEqual(item.statutoryDays);
      if (item.itemType === 'joint') expect(item.coDepartments).not.toContain(item.department);
    }
  });

  describe('keeps the demo items the other tests use', () => {
    it('RS-0001 requires ID and SEPARATION, SEPARATION deferrable (容缺)', () => {
      const item = get('RS-0001');
      expect(item).toMatchObject({ name: '失业保险金申领', department: '人社局', itemType: 'promised', statutoryDays: 20, promisedDays: 5 });
      expect(item.materials.filter((m) => m.required).map((m) => [m.code, m.deferrable])).toEqual([
        ['ID', false],
        ['SEPARATION', true],
      ]);
      expect(item.materials.map((m) => m.code)).toEqual(['ID', 'SEPARATION', 'BANK']);
    });

    it('MZ-0001 is 最低生活保障审核确认 with ID, HOUSEHOLD and INCOME', () => {
      expect(get('MZ-0001').materials.map((m) => m.code)).toEqual(['ID', 'HOUSEHOLD', 'INCOME']);
    });

    it('YB-0001 is immediate with one required ID', () => {
      const item = get('YB-0001');
      expect(item.itemType).toBe('immediate');
      expect(item.materials).toEqual([{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 0, form: 'either', deferrable: false }]);
    });

    it('SJ-0001 is joint 市场监管局 + 税务局 with three required materials', () => {
      const item = get('SJ-0001');
      expect(item).toMatchObject({ itemType: 'joint', department: '市场监管局', coDepartments: ['税务局'] });
      expect(item.materials.filter((m) => m.required).map((m) => m.code)).toEqual(['APPLICATION', 'ID', 'PREMISES']);
    });

    it('GA-0001 is on the negative list and points to the 出入境专窗', () => {
      const item = get('GA-0001');
      expect(item.negativeList).toBe(true);
      expect(item.departmentWindow).toContain('出入境专窗');
    });
  });
});
