import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, token } from '#tests/support/client';

interface Item {
  implementationCode: string;
  name: string;
  department: string;
  version: number;
  status: 'active' | 'retired';
  promisedDays: number;
  themes: string[];
  keywords: string[];
  materials: { code: string; required: boolean; deferrable: boolean; form: string }[];
  retiredAt?: string;
  retiredBy?: string;
  retiredReason?: string;
}
interface ImportError {
  line: number;
  implementationCode?: string;
  field?: string;
  reason: string;
}

// The system is shared by every e2e file: codes and the department are unique to this run.
const RUN = randomUUID().slice(0, 8);
const DEPT = `目录测试局${RUN}`;
const code = (suffix: string) => `CAT-${RUN}-${suffix}`;

let supervisor: string;
let clerk: string;

const item = (suffix: string, overrides: Record<string, unknown> = {}) => ({
  basicCode: '000199001000',
  implementationCode: code(suffix),
  name: '目录测试事项',
  department: DEPT,
  itemType: 'promised',
  statutoryDays: 20,
  promisedDays: 10,
  materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
  ...overrides,
});

const search = async (query: Record<string, string>, who = clerk) => {
  const res = await api<{ items: Item[] }>('GET', `/items?${new URLSearchParams({ department: DEPT, ...query }).toString()}`, { token: who });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};
const codesOf = (items: Item[]) => items.map((i) => i.implementationCode);

beforeAll(async () => {
  [supervisor, clerk] = await Promise.all([token('supervisor', { name: '李主任' }), token('intake_clerk', { name: '王窗口' })]);
});

describe('versions (a case keeps the version it was received under)', () => {
  it('serves every version after the item changes', async () => {
    const v1 = await api<Item>('POST', '/items', { token: supervisor, body: item('V') });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ version: 1, status: 'active', themes: [], keywords: [] });
    const v2 = await api<Item>('POST', '/items', { token: supervisor, body: item('V', { promisedDays: 5, themes: ['退休'] }) });
    expect(v2.body).toMatchObject({ version: 2, promisedDays: 5, themes: ['退休'] });

    expect((await api<Item>('GET', `/items/${code('V')}`, { token: clerk })).body).toMatchObject({ version: 2, promisedDays: 5 });
    const old = await api<Item>('GET', `/items/${code('V')}/versions/1`, { token: clerk });
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ version: 1, promisedDays: 10, themes: [] });

    const missing = await api('GET', `/items/${code('V')}/versions/3`, { token: clerk });
    expect([missing.status, missing.body.code]).toEqual([404, 'item_version_not_found']);
    const noItem = await api('GET', `/items/${code('NONE')}/versions/1`, { token: clerk });
    expect([noItem.status, noItem.body.code]).toEqual([404, 'item_not_found']);
    expect((await api('GET', `/items/${code('V')}/versions/abc`, { token: clerk })).status).toBe(400);
    expect((await api('GET', `/items/${code('V')}/versions/0`, { token: clerk })).status).toBe(400);
  });
});

describe('search (事项检索)', () => {
  beforeAll(async () => {
    const items = [
      item('S1', { name: '高龄补贴申领' }), // name contains 补贴
      item('S2', { name: '补贴发放登记' }), // name prefix
      item('S3', { name: '养老服务', keywords: ['老年补贴'] }), // keyword contains
      item('S4', { name: '就业服务', themes: ['补贴'], itemType: 'immediate', statutoryDays: 1, promisedDays: 0 }), // theme
      item('S5', { name: '其他事项', windowCategory: 'theme', themes: ['我要开办企业'] }),
    ];
    const res = await api('POST', '/items/import', { token: supervisor, body: { format: 'json', items } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('ranks name prefix, name contains, theme, keyword', async () => {
    expect(codesOf(await search({ q: '补贴' }))).toEqual([code('S2'), code('S1'), code('S4'), code('S3')]);
  });

  it('puts an exact name or code first', async () => {
    expect(codesOf(await search({ q: '就业服务' }))[0]).toBe(code('S4'));
    expect(codesOf(await search({ q: code('S3').toLowerCase() }))).toEqual([code('S3')]);
  });

  it('needs every word to match', async () => {
    expect(codesOf(await search({ q: '补贴 登记' }))).toEqual([code('S2')]);
    expect(codesOf(await search({ q: '补贴　申领' }))).toEqual([code('S1')]); // full-width space
  });

  it('filters by theme, window category and item type', async () => {
    expect(codesOf(await search({ theme: '开办企业' }))).toEqual([code('S5')]);
    expect(codesOf(await search({ windowCategory: 'theme' }))).toEqual([code('S5')]);
    expect(codesOf(await search({ itemType: 'immediate' }))).toEqual([code('S4')]);
  });

  it('finds items by department, also by a word of the query', async () => {
    const all = await search({});
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((i) => i.department === DEPT)).toBe(true);
    const byWord = await api<{ items: Item[] }>('GET', `/items?q=${encodeURIComponent(`${DEPT} 补贴`)}`, { token: clerk });
    expect(codesOf(byWord.body.items)).toEqual([code('S2'), code('S1'), code('S4'), code('S3')]);
  });

  it('finds the seed catalog by what clerks type', async () => {
    const res = await api<{ items: Item[] }>('GET', `/items?q=${encodeURIComponent('失业金')}`, { token: clerk });
    expect(res.body.items[0]?.implementationCode).toBe('RS-0001');
  });

  it('refuses unknown query parameters and bad values', async () => {
    expect((await api('GET', '/items?colour=red', { token: clerk })).status).toBe(400);
    expect((await api('GET', '/items?itemType=urgent', { token: clerk })).status).toBe(400);
    expect((await api('GET', '/items?includeRetired=maybe', { token: clerk })).status).toBe(400);
  });
});

describe('import (事项清单导入)', () => {
  it('imports JSON, skips unchanged items on a second run, and versions changed ones', async () => {
    const items = [item('J1', { name: '目录导入一' }), item('J2', { name: '目录导入二' })];
    const first = await api<{ imported: number; unchanged: number; items: { implementationCode: string; version: number; result: string }[] }>(
      'POST',
      '/items/import',
      { token: supervisor, body: { format: 'json', items } },
    );
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      imported: 2,
      unchanged: 0,
      items: [
        { implementationCode: code('J1'), version: 1, result: 'created' },
        { implementationCode: code('J2'), version: 1, result: 'created' },
      ],
    });
    const again = await api<{ imported: number; unchanged: number; items: { result: string; version: number }[] }>('POST', '/items/import', {
      token: supervisor,
      body: { format: 'json', items: [items[0], { ...items[1], promisedDays: 3 }] },
    });
    expect(again.body).toMatchObject({ imported: 1, unchanged: 1, items: [{ result: 'unchanged', version: 1 }, { result: 'updated', version: 2 }] });
    expect((await api<Item>('GET', `/items/${code('J2')}`, { token: clerk })).body).toMatchObject({ version: 2, promisedDays: 3 });
  });

  it('imports a CSV file (BOM, CRLF, quoted cells, compact materials)', async () => {
    const content =
      '\uFEFFbasicCode,implementationCode,name,department,itemType,statutoryDays,promisedDays,conditions,themes,keywords,materials\r\n' +
      `000199002000,${code('C1')},目录导入丙,${DEPT},承诺件,20,5,"年满16周岁,本县户籍",退休|养老,办退休,"ID:居民身份证:是:1:1:either:否|PHOTO:照片:是:0:0:electronic:是"\r\n`;
    const res = await api<{ imported: number }>('POST', '/items/import', { token: supervisor, body: { format: 'csv', content } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.imported).toBe(1);
    const got = await api<Item & { conditions: string; itemType: string }>('GET', `/items/${code('C1')}`, { token: clerk });
    expect(got.body).toMatchObject({ itemType: 'promised', conditions: '年满16周岁,本县户籍', themes: ['退休', '养老'], keywords: ['办退休'] });
    expect(got.body.materials.map((m) => [m.code, m.form, m.deferrable])).toEqual([
      ['ID', 'either', false],
      ['PHOTO', 'electronic', true],
    ]);
  });

  it('refuses a CSV file with 2 bad rows with 422, listing both lines and reasons, and writes nothing', async () => {
    const content = [
      'basicCode,implementationCode,name,department,itemType,statutoryDays,promisedDays',
      `B,${code('G1')},目录好行一,${DEPT},promised,20,5`,
      `B,${code('BAD1')},目录坏行一,${DEPT},promised,5,20`,
      `B,${code('G2')},目录好行二,${DEPT},immediate,1,0`,
      `B,${code('BAD2')},目录坏行二,${DEPT},紧急件,20,5`,
    ].join('\r\n');
    const res = await api<{ code: string; message: string; details: { errors: ImportError[] } }>('POST', '/items/import', {
      token: supervisor,
      body: { format: 'csv', content },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import_invalid');
    expect(res.body.message).toBe('导入文件有 2 行有问题，未导入任何事项。');
    expect(res.body.details.errors).toEqual([
      { line: 3, implementationCode: code('BAD1'), field: 'promisedDays', reason: 'promisedDays: 承诺办结时限（20）不得超过法定办结时限（5）' },
      { line: 5, implementationCode: code('BAD2'), field: 'itemType', reason: expect.stringContaining('itemType') },
    ]);
    for (const suffix of ['G1', 'G2', 'BAD1', 'BAD2']) {
      expect((await api('GET', `/items/${code(suffix)}`, { token: clerk })).status, suffix).toBe(404);
    }
  });

  it('refuses duplicate codes within a JSON import, and a body that mixes formats', async () => {
    const dup = await api<{ details: { errors: ImportError[] } }>('POST', '/items/import', {
      token: supervisor,
      body: { format: 'json', items: [item('D1'), item('D1')] },
    });
    expect(dup.status).toBe(422);
    expect(dup.body.details.errors).toEqual([expect.objectContaining({ line: 2, field: 'implementationCode' })]);
    expect((await api('GET', `/items/${code('D1')}`, { token: clerk })).status).toBe(404);
    expect((await api('POST', '/items/import', { token: supervisor, body: { format: 'csv', items: [item('D2')] } })).status).toBe(400);
  });

  it('is for supervisors only', async () => {
    expect((await api('POST', '/items/import', { token: clerk, body: { format: 'json', items: [item('X')] } })).status).toBe(403);
  });
});

describe('retirement (停用)', () => {
  it('makes a new retired version, hides it from default search, and keeps earlier versions', async () => {
    expect((await api('POST', '/items', { token: supervisor, body: item('R', { name: '目录停用事项' }) })).status).toBe(201);
    expect((await api('POST', `/items/${code('R')}/retire`, { token: clerk, body: { reason: '事项取消' } })).status).toBe(403);

    const retired = await api<Item>('POST', `/items/${code('R')}/retire`, { token: supervisor, body: { reason: '事项取消' } });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ version: 2, status: 'retired', retiredReason: '事项取消' });
    expect(retired.body.retiredAt).toBeTypeOf('string');

    expect((await api<Item>('GET', `/items/${code('R')}`, { token: clerk })).body).toMatchObject({ status: 'retired', version: 2 });
    expect((await api<Item>('GET', `/items/${code('R')}/versions/1`, { token: clerk })).body).toMatchObject({ status: 'active', version: 1 });
    expect(codesOf(await search({ q: '停用' }))).toEqual([]);
    expect(codesOf(await search({ q: '停用', includeRetired: 'true' }))).toEqual([code('R')]);

    const again = await api('POST', `/items/${code('R')}/retire`, { token: supervisor, body: { reason: '再次' } });
    expect([again.status, again.body.code]).toEqual([409, 'item_already_retired']);
    const none = await api('POST', `/items/${code('NONE')}/retire`, { token: supervisor, body: { reason: '无' } });
    expect([none.status, none.body.code]).toEqual([404, 'item_not_found']);
    expect((await api('POST', `/items/${code('R')}/retire`, { token: supervisor, body: {} })).status).toBe(400);

    // Publishing it again reinstates it as a new active version.
    const back = await api<Item>('POST', '/items', { token: supervisor, body: item('R', { name: '目录停用事项' }) });
    expect(back.body).toMatchObject({ version: 3, status: 'active' });
    expect(back.body).not.toHaveProperty('retiredAt');
  });
});
