import { describe, expect, it } from 'vitest';
import {
  importCsv,
  importJson,
  jsonImportRows,
  MAX_IMPORT_ROWS,
  parseCatalogCsv,
  rowsWithProblems,
  validateImport,
  type ImportProblem,
  type ImportResult,
} from '#domain/catalog-import';
import { SEED_CATALOG } from '#local/seed-catalog';
import { ServiceItemInputSchema, type ServiceItemInput } from '#domain/item';

const HEADER = 'basicCode,implementationCode,name,department,itemType,statutoryDays,promisedDays';
const csv = (...lines: string[]) => lines.join('\r\n');

function ok(result: ImportResult): ServiceItemInput[] {
  if ('errors' in result) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.ok;
}
function errors(result: ImportResult): ImportProblem[] {
  if (!('errors' in result)) throw new Error('expected errors');
  return result.errors;
}

describe('parseCatalogCsv: RFC 4180', () => {
  it('reads a minimal file with CRLF, fills defaults through the schema', () => {
    const items = ok(importCsv(csv(HEADER, '000110002000,RS-9001,失业保险金申领,人社局,promised,20,5', '')));
    expect(items).toEqual([
      ServiceItemInputSchema.parse({
        basicCode: '000110002000',
        implementationCode: 'RS-9001',
        name: '失业保险金申领',
        department: '人社局',
        itemType: 'promised',
        statutoryDays: 20,
        promisedDays: 5,
      }),
    ]);
  });

  it('strips a UTF-8 BOM and takes LF, CRLF or lone CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `\uFEFF${HEADER}${eol}B1,C1,甲,人社局,immediate,1,0${eol}B2,C2,乙,人社局,immediate,1,0`;
      expect(ok(importCsv(text)).map((i) => i.implementationCode)).toEqual(['C1', 'C2']);
    }
  });

  it('takes quoted cells with commas, doubled quotes and line breaks, and reports the line a row starts on', () => {
    const text = csv(
      `${HEADER},conditions`,
      'B1,C1,"登记,变更",人社局,promised,20,5,"第一行',
      '第二行：""引号"""',
      'B2,C2,乙,人社局,promised,20,500,',
    );
    const parsed = parseCatalogCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.rows[0]!.value).toMatchObject({ name: '登记,变更', conditions: '第一行\r\n第二行："引号"' });
    // The second row is wrong; its line counts the line break inside the quoted cell.
    expect(errors(importCsv(text))).toEqual([
      { line: 4, implementationCode: 'C2', field: 'promisedDays', reason: 'promisedDays: 过大：不得超过 365' },
      { line: 4, implementationCode: 'C2', field: 'promisedDays', reason: 'promisedDays: 承诺办结时限（500）不得超过法定办结时限（20）' },
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    const parsed = parseCatalogCsv(csv(HEADER, '', 'B1,C1,甲,人社局,immediate,1,0', '   ', 'B2,C2,乙,人社局,immediate,1,0', ''));
    expect(parsed.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('reports an unclosed quote and text after a closing quote', () => {
    expect(errors(importCsv(csv(HEADER, 'B1,C1,"甲,人社局,immediate,1,0')))).toContainEqual(
      expect.objectContaining({ line: 2, reason: expect.stringContaining('never closed') }),
    );
    expect(errors(importCsv(csv(HEADER, 'B1,C1,"甲"乙,人社局,immediate,1,0')))).toContainEqual(
      expect.objectContaining({ line: 2, implementationCode: 'C1', reason: expect.stringContaining('after a closing quote') }),
    );
  });

  it('reports a row with the wrong number of cells', () => {
    expect(errors(importCsv(csv(HEADER, 'B1,C1,甲,人社局,immediate,1')))).toEqual([
      { line: 2, implementationCode: 'C1', reason: 'The line has 6 cells but the header has 7; check commas and quotes.' },
    ]);
  });
});

describe('parseCatalogCsv: the header', () => {
  it('refuses unknown, repeated and missing columns, all at once, on line 1', () => {
    const found = errors(importCsv(csv('basicCode,implementationCode,name,name,colour,itemType,statutoryDays,promisedDays', 'x')));
    expect(found.map((e) => [e.line, e.field])).toEqual([
      [1, 'name'],
      [1, 'colour'],
      [1, 'department'],
    ]);
    expect(found[1]!.reason).toContain('Unknown column "colour"');
  });

  it('takes the columns in any order, trimmed', () => {
    const items = ok(importCsv(csv(' name , department,basicCode,implementationCode,itemType,statutoryDays,promisedDays', '甲,人社局,B,C,immediate,1,0')));
    expect(items[0]).toMatchObject({ name: '甲', department: '人社局', implementationCode: 'C' });
  });

  it('refuses an empty file and a file without items', () => {
    expect(errors(importCsv(''))).toEqual([{ line: 1, reason: expect.stringContaining('empty') }]);
    expect(errors(importCsv('\uFEFF'))).toEqual([{ line: 1, reason: expect.stringContaining('empty') }]);
    expect(errors(importCsv(`${HEADER}\r\n`))).toEqual([{ line: 1, reason: 'The file has a header but no items.' }]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `B,C${i},甲,人社局,immediate,1,0`);
    expect(errors(importCsv(csv(HEADER, ...rows)))).toContainEqual({ line: MAX_IMPORT_ROWS + 2, reason: expect.stringContaining('at most') });
  });
});

describe('parseCatalogCsv: cells', () => {
  const FULL =
    'basicCode,implementationCode,name,department,coDepartments,itemType,statutoryDays,promisedDays,conditions,fees,appointment,onlinePayment,courierDelivery,windowCategory,specialProcedures,negativeList,departmentWindow,materials,themes,keywords,maxMaterialBytes';

  it('reads lists, booleans, numbers, Chinese enum labels and the compact materials list', () => {
    const row =
      '000105001000,SJ-9001,个体工商户设立登记,市场监管局,税务局|公安局,联办件,15,3,有经营能力的公民。,不收费,是,0,TRUE,主题专区,勘验；听证,否,,' +
      '"APPLICATION:个体工商户登记申请书:是:1:0:either:否|ID:经营者身份证明:y:1:1:纸质:n|PREMISES:经营场所使用证明:1:0:1:paper:1",' +
      '我要开办企业；我要开店,个体户| 营业执照 ,5000000';
    const [item] = ok(importCsv(csv(FULL, row)));
    expect(item).toEqual({
      basicCode: '000105001000',
      implementationCode: 'SJ-9001',
      name: '个体工商户设立登记',
      department: '市场监管局',
      coDepartments: ['税务局', '公安局'],
      itemType: 'joint',
      statutoryDays: 15,
      promisedDays: 3,
      conditions: '有经营能力的公民。',
      fees: '不收费',
      appointment: true,
      onlinePayment: false,
      courierDelivery: true,
      windowCategory: 'theme',
      specialProcedures: ['勘验', '听证'],
      negativeList: false,
      materials: [
        { code: 'APPLICATION', name: '个体工商户登记申请书', required: true, originals: 1, copies: 0, form: 'either', deferrable: false },
        { code: 'ID', name: '经营者身份证明', required: true, originals: 1, copies: 1, form: 'paper', deferrable: false },
        { code: 'PREMISES', name: '经营场所使用证明', required: true, originals: 0, copies: 1, form: 'paper', deferrable: true },
      ],
      themes: ['我要开办企业', '我要开店'],
      keywords: ['个体户', '营业执照'],
      maxMaterialBytes: 5000000,
    });
  });

  it('keeps a colon inside a material name', () => {
    const [item] = ok(importCsv(csv(`${HEADER},materials`, 'B,C,甲,人社局,promised,20,5,X:证明:附件一:是:1:0:paper:否')));
    expect(item!.materials[0]).toMatchObject({ code: 'X', name: '证明:附件一' });
  });

  it('reports unreadable cells with line, code, field and a readable reason, and not again as missing', () => {
    const found = errors(
      importCsv(
        csv(
          `${HEADER},appointment,materials`,
          'B,C1,甲,人社局,promised,二十,5,也许,ID:身份证:是:1:1:either:否',
          'B,C2,乙,人社局,promised,20,5,是,ID:身份证:是:1:either:否',
          'B,C3,丙,人社局,promised,20,5,是,ID:身份证:必须:1:1:either:否',
          'B,C4,丁,人社局,promised,20,5,是,ID:身份证:是:一:1:either:否',
        ),
      ),
    );
    expect(found).toEqual([
      { line: 2, implementationCode: 'C1', field: 'statutoryDays', reason: 'statutoryDays must be a whole number, not "二十".' },
      { line: 2, implementationCode: 'C1', field: 'appointment', reason: 'appointment must be yes or no (true/false, 1/0, 是/否), not "也许".' },
      { line: 3, implementationCode: 'C2', field: 'materials', reason: expect.stringContaining('materials entry 1 (ID:身份证:是:1:either:否) has 6 parts') },
      { line: 4, implementationCode: 'C3', field: 'materials', reason: expect.stringContaining('required must be yes or no') },
      { line: 5, implementationCode: 'C4', field: 'materials', reason: expect.stringContaining('originals must be a whole number') },
    ]);
  });

  it('reads the limit unit (时限单位) in English or Chinese; an empty cell means working days', () => {
    const items = ok(importCsv(csv(`${HEADER},limitUnit`, 'B,C1,甲,人社局,promised,30,30,自然日', 'B,C2,乙,人社局,promised,20,5,natural_day', 'B,C3,丙,人社局,promised,20,5,')));
    expect(items.map((i) => i.limitUnit)).toEqual(['natural_day', 'natural_day', undefined]);
    expect(errors(importCsv(csv(`${HEADER},limitUnit`, 'B,C4,丁,人社局,promised,20,5,月')))).toEqual([
      expect.objectContaining({ line: 2, implementationCode: 'C4', field: 'limitUnit' }),
    ]);
  });

  it('treats an empty cell as not given: defaults apply, required fields are reported as required', () => {
    const [item] = ok(importCsv(csv(`${HEADER},fees,themes`, 'B,C,甲,人社局,promised,20,5,,')));
    expect(item).toMatchObject({ fees: '不收费', themes: [] });
    expect(errors(importCsv(csv(HEADER, 'B,C,,人社局,promised,20,5')))).toEqual([
      { line: 2, implementationCode: 'C', field: 'name', reason: 'name is required.' },
    ]);
  });
});

describe('validateImport', () => {
  const valid = (code: string) => ({ basicCode: 'B', implementationCode: code, name: '甲', department: '人社局', itemType: 'promised', statutoryDays: 20, promisedDays: 5 });

  it('passes every valid row through the schema', () => {
    const items = ok(validateImport(jsonImportRows([valid('A'), valid('B')])));
    expect(items.map((i) => i.implementationCode)).toEqual(['A', 'B']);
    expect(items[0]!.coDepartments).toEqual([]);
  });

  it('reports every problem of every row, with the item position as its line, and accepts nothing', () => {
    const found = errors(
      importJson([
        valid('A'),
        { ...valid('B'), promisedDays: 30, itemType: 'joint' },
        valid('C'),
        { ...valid('D'), colour: 'red' },
        'not an object',
      ]),
    );
    expect(found.map((e) => [e.line, e.implementationCode, e.field])).toEqual([
      [2, 'B', 'promisedDays'],
      [2, 'B', 'coDepartments'],
      [4, 'D', undefined],
      [5, undefined, undefined],
    ]);
    expect(found[0]!.reason).toBe('promisedDays: 承诺办结时限（30）不得超过法定办结时限（20）');
    expect(found[2]!.reason).toContain('colour');
    expect(rowsWithProblems(found)).toBe(3);
  });

  it('refuses an implementation code that appears twice (after trimming), naming the first line', () => {
    const found = errors(importJson([valid('A'), valid('B'), { ...valid(' A '), name: '乙' }, valid('A')]));
    expect(found).toEqual([
      { line: 3, implementationCode: 'A', field: 'implementationCode', reason: 'implementationCode A already appears on line 1; each item may appear only once in a file.' },
      { line: 4, implementationCode: 'A', field: 'implementationCode', reason: 'implementationCode A already appears on line 1; each item may appear only once in a file.' },
    ]);
  });

  it('also finds duplicates among invalid rows', () => {
    const found = errors(importJson([{ ...valid('A'), promisedDays: 99 }, valid('A')]));
    expect(found.map((e) => [e.line, e.field])).toEqual([
      [1, 'promisedDays'],
      [2, 'implementationCode'],
    ]);
  });

  it('round-trips the whole seed catalog as JSON', () => {
    expect(ok(importJson(SEED_CATALOG))).toEqual(SEED_CATALOG);
  });
});
