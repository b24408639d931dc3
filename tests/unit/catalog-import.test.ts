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
      expect.objectContaining({ line: 2, reason: expect.stringContaining('没有结束') }),
    );
    expect(errors(importCsv(csv(HEADER, 'B1,C1,"甲"乙,人社局,immediate,1,0')))).toContainEqual(
      expect.objectContaining({ line: 2, implementationCode: 'C1', reason: expect.stringContaining('结束引号后还有文字') }),
    );
  });

  it('reports a row with the wrong number of cells', () => {
    expect(errors(importCsv(csv(HEADER, 'B1,C1,甲,人社局,immediate,1')))).toEqual([
      { line: 2, implementationCode: 'C1', reason: '该行有 6 个单元格，表头有 7 个，请检查逗号和引号。' },
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
    expect(found[1]!.reason).toContain('不认识的列“colour”');
  });

  it('takes the columns in any order, trimmed', () => {
    const items = ok(
      importCsv(csv(' name , department,basicCode,implementationCode,itemType,statutoryDays,promisedDays', '甲,人社局,B,C,immediate,1,0')),
    );
    expect(items[0]).toMatchObject({ name: '甲', department: '人社局', implementationCode: 'C' });
  });

  it('refuses an empty file and a file without items', () => {
    expect(errors(importCsv(''))).toEqual([{ line: 1, reason: expect.stringContaining('文件为空') }]);
    expect(errors(importCsv('\uFEFF'))).toEqual([{ line: 1, reason: expect.stringContaining('文件为空') }]);
    expect(errors(importCsv(`${HEADER}\r\n`))).toEqual([{ line: 1, reason: '文件只有表头，没有事项。' }]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `B,C${i},甲,人社局,immediate,1,0`);
    expect(errors(importCsv(csv(HEADER, ...rows)))).toContainEqual({ line: MAX_IMPORT_ROWS + 2, reason: expect.stringContaining('最多') });
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
      { line: 2, implementationCode: 'C1', field: 'statutoryDays', reason: 'statutoryDays 应为整数，而不是“二十”。' },
      { line: 2, implementationCode: 'C1', field: 'appointment', reason: 'appointment 应填 是 或 否（true/false、1/0），而不是“也许”。' },
      {
        line: 3,
        implementationCode: 'C2',
        field: 'materials',
        reason: expect.stringContaining('材料清单第 1 项（ID:身份证:是:1:either:否）只有 6 段'),
      },
      { line: 4, implementationCode: 'C3', field: 'materials', reason: expect.stringContaining('是否必需应填 是 或 否') },
      { line: 5, implementationCode: 'C4', field: 'materials', reason: expect.stringContaining('原件份数应为整数') },
    ]);
  });

  it('reads the limit unit (时限单位) in English or Chinese; an empty cell means working days', () => {
    const items = ok(
      importCsv(
        csv(
          `${HEADER},limitUnit`,
          'B,C1,甲,人社局,promised,30,30,自然日',
          'B,C2,乙,人社局,promised,20,5,natural_day',
          'B,C3,丙,人社局,promised,20,5,',
        ),
      ),
    );
    expect(items.map((i) => i.limitUnit)).toEqual(['natural_day', 'natural_day', undefined]);
    expect(errors(importCsv(csv(`${HEADER},limitUnit`, 'B,C4,丁,人社局,promised,20,5,月')))).toEqual([
      expect.objectContaining({ line: 2, implementationCode: 'C4', field: 'limitUnit' }),
    ]);
  });

  it('treats an empty cell as not given: defaults apply, required fields are reported as required', () => {
    const [item] = ok(importCsv(csv(`${HEADER},fees,themes`, 'B,C,甲,人社局,promised,20,5,,')));
    expect(item).toMatchObject({ fees: '不收费', themes: [] });
    expect(errors(importCsv(csv(HEADER, 'B,C,,人社局,promised,20,5')))).toEqual([
      { line: 2, implementationCode: 'C', field: 'name', reason: 'name 为必填项。' },
    ]);
  });
});

describe('validateImport', () => {
  const valid = (code: string) => ({
    basicCode: 'B',
    implementationCode: code,
    name: '甲',
    department: '人社局',
    itemType: 'promised',
    statutoryDays: 20,
    promisedDays: 5,
  });

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
      {
        line: 3,
        implementationCode: 'A',
        field: 'implementationCode',
        reason: '实施编码 A 已出现在第 1 行，一个事项在文件中只能出现一次。',
      },
      {
        line: 4,
        implementationCode: 'A',
        field: 'implementationCode',
        reason: '实施编码 A 已出现在第 1 行，一个事项在文件中只能出现一次。',
      },
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

describe('parseCatalogCsv: cells at their edges', () => {
  const row = (cells: string) => `B1,C1,甲,人社局,immediate,1,${cells}`;

  it('keeps a quote inside an unquoted cell as text, and counts a lone CR inside a quoted cell as a line', () => {
    const items = ok(importCsv(csv(`${HEADER},conditions`, row('0,5"寸照片'))));
    expect(items[0]!.conditions).toBe('5"寸照片');
    const parsed = parseCatalogCsv(csv(`${HEADER},conditions`, row('0,"第一行\r第二行"'), 'B2,C2,乙,人社局,immediate,1,0,'));
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.rows[0]!.value).toMatchObject({ conditions: '第一行\r第二行' });
  });

  it('reads the text after a closing quote into the cell, and names that cell', () => {
    const parsed = parseCatalogCsv(csv(HEADER, 'B1,C1,"甲"乙,人社局,immediate,1,0'));
    expect(parsed.rows).toEqual([
      {
        line: 2,
        value: {
          basicCode: 'B1',
          implementationCode: 'C1',
          name: '甲乙',
          department: '人社局',
          itemType: 'immediate',
          statutoryDays: 1,
          promisedDays: 0,
        },
        problems: [
          {
            line: 2,
            implementationCode: 'C1',
            reason: '第 3 个单元格的结束引号后还有文字：请将整个单元格放在引号内，单元格内的 " 写成 ""。',
          },
        ],
      },
    ]);
  });

  it('takes a quoted last cell at the very end of the file, and reports one left open there', () => {
    expect(ok(importCsv(csv(HEADER, row('"0"')))).map((i) => i.promisedDays)).toEqual([0]);
    expect(errors(importCsv(csv(HEADER, row('"0'))))).toEqual([
      { line: 2, implementationCode: 'C1', reason: '有一个带引号的单元格没有结束：缺少一个 "。' },
    ]);
    // A quote opened alone on the last line is a problem to report, not a blank line to skip.
    expect(errors(importCsv(csv(HEADER, row('0'), '"')))).toEqual([
      { line: 3, reason: '有一个带引号的单元格没有结束：缺少一个 "。' },
      { line: 3, reason: '该行有 1 个单元格，表头有 7 个，请检查逗号和引号。' },
    ]);
  });

  it('starts each line at its first character whatever the line end', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const items = ok(importCsv(`${HEADER}${eol}B1,C1,甲,人社局,immediate,1,0${eol}B2,C2,乙,人社局,immediate,1,0${eol}`));
      expect(items.map((i) => [i.basicCode, i.implementationCode])).toEqual([
        ['B1', 'C1'],
        ['B2', 'C2'],
      ]);
    }
  });

  it('reports a row whose first cell is empty as missing it, not as a blank line', () => {
    expect(errors(importCsv(csv(HEADER, ',C1,甲,人社局,immediate,1,0')))).toEqual([
      { line: 2, implementationCode: 'C1', field: 'basicCode', reason: 'basicCode 为必填项。' },
    ]);
  });

  it('reads numbers and yes/no cells with spaces around them; a number with other text is refused', () => {
    const [item] = ok(importCsv(csv(`${HEADER},appointment`, 'B1,C1,甲,人社局,promised, +20 , 5 , YES ')));
    expect(item).toMatchObject({ statutoryDays: 20, promisedDays: 5, appointment: true });
    expect(errors(importCsv(csv(HEADER, 'B1,C1,甲,人社局,promised,20,5天')))).toEqual([
      { line: 2, implementationCode: 'C1', field: 'promisedDays', reason: 'promisedDays 应为整数，而不是“5天”。' },
    ]);
    expect(errors(importCsv(csv(`${HEADER},appointment`, 'B1,C1,甲,人社局,promised,第20,5,  也许 ')))).toEqual([
      { line: 2, implementationCode: 'C1', field: 'statutoryDays', reason: 'statutoryDays 应为整数，而不是“第20”。' },
      { line: 2, implementationCode: 'C1', field: 'appointment', reason: 'appointment 应填 是 或 否（true/false、1/0），而不是“也许”。' },
    ]);
  });

  it('trims list entries and drops empty ones; a cell of spaces is not given', () => {
    const [item] = ok(importCsv(csv(`${HEADER},coDepartments,fees`, 'B1,C1,甲,人社局,promised,20,5, 税务局 ||公安局；, ')));
    expect(item!.coDepartments).toEqual(['税务局', '公安局']);
    expect(item!.fees).toBe('不收费');
  });

  it('reads Chinese labels with spaces around them, and leaves the same words in a text column alone', () => {
    const [item] = ok(
      importCsv(csv(`${HEADER},windowCategory,limitUnit,conditions`, 'B1,C1,甲,人社局, 承诺件 ,20,5, 部门专窗 , 自然日 ,自然日')),
    );
    expect(item).toMatchObject({ itemType: 'promised', windowCategory: 'department', limitUnit: 'natural_day', conditions: '自然日' });
  });

  it('trims a material’s code and name, and says which part of which entry is wrong', () => {
    const [item] = ok(importCsv(csv(`${HEADER},materials`, 'B1,C1,甲,人社局,promised,20,5, X : 证明 :是:1:0:paper:否')));
    expect(item!.materials[0]).toMatchObject({ code: 'X', name: '证明' });
    const reasons = (cell: string) =>
      errors(importCsv(csv(`${HEADER},materials`, `B1,C1,甲,人社局,promised,20,5,${cell}`))).map((e) => e.reason);
    expect(reasons('X:证明:是:1:0:paper:也许')).toEqual([
      '材料清单第 1 项（X:证明:是:1:0:paper:也许）：可否容缺应填 是 或 否，而不是“也许”。',
    ]);
    expect(reasons('X:证明:是:1:两:paper:否')).toEqual(['材料清单第 1 项（X:证明:是:1:两:paper:否）：复印件份数应为整数，而不是“两”。']);
    // An entry is quoted whole up to 40 characters, and cut with … beyond.
    const forty = `X:${'证'.repeat(26)}:是:1:0:paper`;
    expect(forty).toHaveLength(40);
    expect(reasons(forty)).toEqual([`材料清单第 1 项（${forty}）只有 6 段，应写作 编码:名称:是否必需:原件份数:复印件份数:形式:可否容缺。`]);
    expect(reasons(`${forty}:`)).toEqual([expect.stringContaining(`材料清单第 1 项（${forty}…）`)]);
  });
});

describe('parseCatalogCsv: what the refusals say', () => {
  it('names an unknown column with the required ones as examples, a repeated one, a missing one, and a bad header cell', () => {
    const found = errors(importCsv(csv('"basicCode"x,implementationCode,name,name,department,itemType,statutoryDays', 'x')));
    expect(found).toEqual([
      { line: 1, reason: '表头：第 1 个单元格的结束引号后还有文字：请将整个单元格放在引号内，单元格内的 " 写成 ""。' },
      {
        line: 1,
        field: 'basicCodex',
        reason:
          '不认识的列“basicCodex”。列名是字段名，例如 basicCode、implementationCode、name、department、itemType、statutoryDays、promisedDays。',
      },
      { line: 1, field: 'name', reason: '列“name”出现了两次。' },
      { line: 1, field: 'basicCode', reason: '缺少必需的列“basicCode”。' },
      { line: 1, field: 'promisedDays', reason: '缺少必需的列“promisedDays”。' },
    ]);
  });

  it(`takes exactly ${MAX_IMPORT_ROWS} rows, and still checks every row of a file that has more`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `B,C${i},甲,人社局,immediate,1,0`);
    expect(ok(importCsv(csv(HEADER, ...rows)))).toHaveLength(MAX_IMPORT_ROWS);
    const found = errors(importCsv(csv(HEADER, ...rows, 'B,C1000,乙,人社局,immediate,1,2')));
    expect(found).toEqual([
      { line: MAX_IMPORT_ROWS + 2, reason: `一个文件最多 ${MAX_IMPORT_ROWS} 个事项，请拆分后分别导入。` },
      expect.objectContaining({ line: MAX_IMPORT_ROWS + 2, implementationCode: 'C1000', field: 'promisedDays' }),
    ]);
  });

  it('names a row by its trimmed code, and a row with no code by its line alone', () => {
    expect(errors(importCsv(csv(HEADER, 'B, C1 ,甲,人社局,immediate,1')))).toEqual([
      { line: 2, implementationCode: 'C1', reason: '该行有 6 个单元格，表头有 7 个，请检查逗号和引号。' },
    ]);
    expect(errors(importCsv(csv(HEADER, 'B, ,甲,人社局,immediate,1')))[0]).toEqual({
      line: 2,
      implementationCode: undefined,
      reason: '该行有 6 个单元格，表头有 7 个，请检查逗号和引号。',
    });
  });
});

describe('validateImport: rows of JSON', () => {
  const valid = { basicCode: 'B', name: '甲', department: '人社局', itemType: 'promised', statutoryDays: 20, promisedDays: 5 };

  it('takes a null item as one more problem rather than failing', () => {
    expect(errors(importJson([null]))).toEqual([{ line: 1, implementationCode: undefined, field: undefined, reason: expect.any(String) }]);
  });

  it('names a wrong nested field by its whole path, and the row by its trimmed code', () => {
    const found = errors(importJson([{ ...valid, implementationCode: ' X1 ', materials: [{ code: 'ID', name: 7 }] }]));
    expect(found.map((e) => [e.line, e.implementationCode, e.field])).toContainEqual([1, 'X1', 'materials.0.name']);
  });

  it('never counts two rows without a code as a repeated code', () => {
    const found = errors(importJson([{ ...valid }, { ...valid, implementationCode: '   ' }]));
    expect(found.filter((e) => e.reason.includes('已出现在'))).toEqual([]);
    expect(found.every((e) => e.implementationCode === undefined)).toBe(true);
    expect([...new Set(found.map((e) => e.line))]).toEqual([1, 2]);
  });

  it('says a field of the wrong type is of the wrong type, not that it is missing', () => {
    const [problem] = errors(importJson([{ ...valid, implementationCode: 'X', statutoryDays: '20' }]));
    expect(problem).toMatchObject({ line: 1, implementationCode: 'X', field: 'statutoryDays' });
    expect(problem!.reason).toMatch(/^statutoryDays: /);
    expect(problem!.reason).not.toContain('必填');
  });
});
