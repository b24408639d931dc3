import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '#local/seed-catalog';
import { normalize, queryWords, searchItems } from '#domain/catalog-search';
import { newItemVersion, retiredItemVersion, type ServiceItem } from '#domain/item';
import { itemInput, T0 } from './fixtures';

const make = (implementationCode: string, name: string, overrides: Record<string, unknown> = {}): ServiceItem =>
  newItemVersion(itemInput({ implementationCode, name, materials: [], ...overrides }), undefined, 'sup', T0);

const codes = (items: ServiceItem[]) => items.map((i) => i.implementationCode);

const catalog = SEED_CATALOG.map((input) => newItemVersion(input, undefined, 'seed', T0));

describe('queryWords and normalize', () => {
  it('splits on spaces, full-width spaces and Chinese or Latin list punctuation', () => {
    expect(queryWords('  失业  保险 ')).toEqual(['失业', '保险']);
    expect(queryWords('失业\u3000保险，登记、退休;养老；医保')).toEqual(['失业', '保险', '登记', '退休', '养老', '医保']);
    expect(queryWords('')).toEqual([]);
    expect(queryWords(undefined)).toEqual([]);
    expect(queryWords(' ， ')).toEqual([]);
  });

  it('folds full-width letters and digits and case, as Chinese input methods type them', () => {
    expect(normalize('ＲＳ－０００１')).toBe('rs-0001');
    expect(normalize(' Rs-0001 ')).toBe('rs-0001');
  });
});

describe('ranking', () => {
  const items = [
    make('A-1', '失业保险金申领'), // prefix 失业
    make('A-2', '失业登记', { keywords: [] }), // prefix 失业
    make('A-3', '稳岗返还（失业保险）'), // contains 失业
    make('A-4', '就业创业证申领', { keywords: ['失业登记证'] }), // keyword contains 失业
    make('A-5', '创业担保贷款申请', { themes: ['失业'] }), // theme exact
    make('A-6', '职业技能提升补贴', { department: '失业保险中心' }), // department
    make('A-7', '失业', {}), // exact name
    make('A-8', '个体工商户设立登记'), // no match
  ];

  it('puts an exact name first, then name prefixes, name contains, keyword/theme, department; ties by name in pinyin order', () => {
    // 失业保险金申领 (bǎo) before 失业登记 (dēng): both are prefix matches.
    expect(codes(searchItems(items, { q: '失业' }))).toEqual(['A-7', 'A-1', 'A-2', 'A-3', 'A-5', 'A-4', 'A-6']);
  });

  it('ranks an exact keyword above a keyword that only contains the word', () => {
    const kw = [make('K-1', '甲事项', { keywords: ['低保户'] }), make('K-2', '乙事项', { keywords: ['低保'] })];
    expect(codes(searchItems(kw, { q: '低保' }))).toEqual(['K-2', 'K-1']);
  });

  it('finds an item by its implementation or basic code, exactly or by prefix, in any case or width', () => {
    const byCode = [make('RS-0001', '甲'), make('RS-0002', '乙'), make('MZ-0001', '丙', { basicCode: '000112014000' })];
    expect(codes(searchItems(byCode, { q: 'rs-0002' }))).toEqual(['RS-0002']);
    expect(codes(searchItems(byCode, { q: 'ＲＳ' }))).toEqual(['RS-0001', 'RS-0002']);
    expect(codes(searchItems(byCode, { q: '000112014000' }))).toEqual(['MZ-0001']);
  });

  it('needs every word to match somewhere, and ranks items matching all words in the name first', () => {
    const result = searchItems(items, { q: '失业 保险' });
    expect(codes(result)).toEqual(['A-1', 'A-3', 'A-6']);
    expect(codes(searchItems(items, { q: '失业 不存在的词' }))).toEqual([]);
  });

  it('matches an exact name that itself contains a space', () => {
    const spaced = [make('S-1', '证明 开具'), make('S-2', '开具证明 证明')];
    expect(codes(searchItems(spaced, { q: '证明 开具' }))).toEqual(['S-1', 'S-2']);
  });

  it('sorts by pinyin without a query, and gives a stable order for equal names', () => {
    const list = [make('Z-2', '住房'), make('Z-1', '住房'), make('B-1', '办证'), make('A-1', '安置')];
    expect(codes(searchItems(list))).toEqual(['A-1', 'B-1', 'Z-1', 'Z-2']);
  });

  it('does not change the list it is given', () => {
    const copy = [...items];
    searchItems(items, { q: '失业' });
    expect(items).toEqual(copy);
  });
});

describe('filters', () => {
  it('filters by department, lead or co-implementing, by part of the name', () => {
    const rs = searchItems(catalog, { department: '人社' });
    expect(rs.length).toBeGreaterThan(3);
    expect(rs.every((i) => i.department === '人社局' || i.coDepartments.includes('人社局'))).toBe(true);
    // 企业开办 is led by 市场监管局 with 税务局 among its co-departments.
    expect(codes(searchItems(catalog, { department: '税务局' }))).toEqual(expect.arrayContaining(['SW-0001', 'SJ-0001', 'SJ-0002']));
  });

  it('filters by window category, item type and theme (part of it)', () => {
    expect(searchItems(catalog, { windowCategory: 'theme' }).every((i) => i.windowCategory === 'theme')).toBe(true);
    const joint = searchItems(catalog, { itemType: 'joint' });
    expect(joint.length).toBeGreaterThanOrEqual(3);
    expect(joint.every((i) => i.itemType === 'joint')).toBe(true);
    const business = searchItems(catalog, { theme: '开办企业' });
    expect(codes(business)).toEqual(expect.arrayContaining(['SJ-0001', 'SJ-0002', 'SJ-0003']));
    expect(business.every((i) => i.themes.some((t) => t.includes('开办企业')))).toBe(true);
  });

  it('combines filters and words', () => {
    expect(codes(searchItems(catalog, { q: '许可', department: '市场监管', itemType: 'promised' }))).toEqual(['SJ-0003', 'SJ-0004']);
  });

  it('hides retired items unless asked', () => {
    const active = make('R-1', '退休待遇核准');
    const retired = retiredItemVersion(make('R-2', '退休审批'), 'sup', T0, '合并');
    expect(codes(searchItems([active, retired], { q: '退休' }))).toEqual(['R-1']);
    expect(codes(searchItems([active, retired], { q: '退休', includeRetired: true }))).toEqual(['R-1', 'R-2']);
    expect(codes(searchItems([active, retired]))).toEqual(['R-1']);
  });
});

describe('on the seed catalog, with what clerks type', () => {
  const first = (q: string) => searchItems(catalog, { q })[0]?.implementationCode;

  it.each([
    ['失业金', 'RS-0001'], // keyword
    ['失业保险金申领', 'RS-0001'], // exact name
    ['低保', 'MZ-0001'],
    ['办退休', 'RS-0003'],
    ['个体户', 'SJ-0001'],
    ['开公司', 'SJ-0002'],
    ['过户', 'ZR-0002'],
    ['驾照', 'GA-0003'],
    ['准生证', 'WJ-0002'],
    ['残疾人证', 'CL-0001'], // name prefix beats contains (两项补贴's materials are not searched)
    ['身份证', 'GA-0002'], // keyword 身份证到期 / 换身份证
    ['yb-0003', 'YB-0003'],
  ])('%s finds %s first', (q, code) => {
    expect(first(q)).toBe(code);
  });

  it('lists negative-list items too, so the clerk can send the applicant to the right window', () => {
    const found = searchItems(catalog, { q: '出入境' });
    expect(found[0]?.implementationCode).toBe('GA-0001');
    expect(found[0]?.negativeList).toBe(true);
  });

  it('finds the theme 生育 across departments', () => {
    expect(codes(searchItems(catalog, { theme: '生育' })).sort()).toEqual(['WJ-0002', 'YB-0004']);
  });
});
