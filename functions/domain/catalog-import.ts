import type * as z from 'zod/mini';
import { ServiceItemFieldsSchema, ServiceItemInputSchema, type ServiceItemInput } from './item';

/**
 * Bulk import of a county's item list (事项清单导入), as JSON or CSV. Pure: parsing and validation
 * only. Every row is checked and every problem reported with its line, so the supervisor fixes the
 * file in one go; a file with any problem imports nothing.
 *
 * CSV format (documented in the README of the API as well):
 * - UTF-8 (a BOM is dropped), RFC 4180 quoting, CRLF or LF line ends; blank lines are skipped.
 * - Line 1 is a header of English field names of ServiceItemInputSchema, in any order; unknown or
 *   repeated names are an error. basicCode, implementationCode, name, department, itemType,
 *   statutoryDays and promisedDays are required columns.
 * - An empty cell means "not given": the field's default applies.
 * - Lists (coDepartments, specialProcedures, themes, keywords): items separated by `|` or `；`.
 * - Yes/no cells: true/false, 1/0, yes/no, y/n or 是/否.
 * - itemType also takes 即办件/承诺件/上报件/联办件; windowCategory also takes
 *   无差别综窗/分领域综窗/部门专窗/主题专区; limitUnit also takes 工作日/自然日.
 * - materials: one cell, entries separated by `|` or `；`, each
 *   `code:name:required:originals:copies:form:deferrable`, e.g.
 *   `ID:居民身份证:是:1:1:either:否|BANK:本人银行卡:否:0:1:paper:否`. form is paper, electronic or
 *   either (also 纸质/电子/均可). A name may contain `:`; the sample note is JSON-only.
 */

export interface ImportProblem {
  /** 1-based line of the CSV file where the row starts; for JSON, the 1-based position in `items`. */
  line: number;
  implementationCode?: string;
  field?: string;
  reason: string;
}

/** One row on its way in: the record read from the file, and what was already wrong reading it. */
export interface ImportRow {
  line: number;
  /** undefined when the row could not be read at all (its problems say why). */
  value: unknown;
  problems: ImportProblem[];
}

export interface ParsedCsv {
  rows: ImportRow[];
  /** Problems of the file as a whole (header, quoting) or of rows that could not be read. */
  problems: ImportProblem[];
}

export type ImportResult = { ok: ServiceItemInput[] } | { errors: ImportProblem[] };

/** Most rows one import takes: far more than a county list, and within the API's body limit anyway. */
export const MAX_IMPORT_ROWS = 1000;

const REQUIRED_COLUMNS = ['basicCode', 'implementationCode', 'name', 'department', 'itemType', 'statutoryDays', 'promisedDays'] as const;
const LIST_COLUMNS = new Set(['coDepartments', 'specialProcedures', 'themes', 'keywords']);
const BOOLEAN_COLUMNS = new Set(['appointment', 'onlinePayment', 'courierDelivery', 'negativeList']);
const INTEGER_COLUMNS = new Set(['statutoryDays', 'promisedDays', 'maxMaterialBytes']);
const KNOWN_COLUMNS = new Set(Object.keys(ServiceItemFieldsSchema.shape));

const ITEM_TYPE_ALIASES: Record<string, string> = {
  即办件: 'immediate',
  即办: 'immediate',
  承诺件: 'promised',
  承诺: 'promised',
  上报件: 'reported',
  上报: 'reported',
  联办件: 'joint',
  联办: 'joint',
};
const WINDOW_ALIASES: Record<string, string> = { 无差别综窗: 'general', 分领域综窗: 'domain', 部门专窗: 'department', 主题专区: 'theme' };
const LIMIT_UNIT_ALIASES: Record<string, string> = { 工作日: 'working_day', 自然日: 'natural_day' };
const FORM_ALIASES: Record<string, string> = { 纸质: 'paper', 电子: 'electronic', 均可: 'either' };
const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否']);
const LIST_SEPARATOR = /[|；]/u;

interface CsvRecord {
  line: number;
  cells: string[];
  problem?: string;
}

/** RFC 4180 records, each with the line it starts on (a quoted cell may span lines). */
function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (n === 0) return records;
  for (;;) {
    const record: CsvRecord = { line, cells: [] };
    let cell = '';
    let atEnd = false;
    for (;;) {
      if (text[i] === '"' && cell === '') {
        // Quoted cell: runs to the closing quote; "" is one quote; line breaks are part of the text.
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          cell += c;
          i++;
        }
        if (!closed) {
          record.problem ??= '有一个带引号的单元格没有结束：缺少一个 "。';
        } else if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          record.problem ??= `第 ${record.cells.length + 1} 个单元格的结束引号后还有文字：请将整个单元格放在引号内，单元格内的 " 写成 ""。`;
          while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
      }
      record.cells.push(cell);
      cell = '';
      if (i >= n) {
        atEnd = true;
        break;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      // A line end: CRLF, LF or a lone CR.
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      break;
    }
    const blank = record.cells.length === 1 && record.cells[0]!.trim() === '' && !record.problem;
    if (!blank) records.push(record);
    if (atEnd) break;
  }
  return records;
}

function parseBoolean(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

function parseInteger(raw: string): number | undefined {
  return /^[+-]?\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
}

const splitList = (raw: string) =>
  raw
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The compact materials cell, or the reason it cannot be read. */
function parseMaterials(raw: string): { value: Record<string, unknown>[] } | { reason: string } {
  const value: Record<string, unknown>[] = [];
  const entries = splitList(raw);
  for (const [index, entry] of entries.entries()) {
    const parts = entry.split(':');
    const where = `材料清单第 ${index + 1} 项（${entry.length > 40 ? `${entry.slice(0, 40)}…` : entry}）`;
    if (parts.length < 7) {
      return { reason: `${where}只有 ${parts.length} 段，应写作 编码:名称:是否必需:原件份数:复印件份数:形式:可否容缺。` };
    }
    // The name is everything between the code and the last five parts, so it may contain ':'.
    const [code, ...rest] = parts;
    const tail = rest.splice(rest.length - 5, 5);
    const [required, originals, copies, form, deferrable] = tail.map((s) => s.trim()) as [string, string, string, string, string];
    const requiredValue = parseBoolean(required);
    const deferrableValue = parseBoolean(deferrable);
    const originalsValue = parseInteger(originals);
    const copiesValue = parseInteger(copies);
    if (requiredValue === undefined) return { reason: `${where}：是否必需应填 是 或 否，而不是“${required}”。` };
    if (deferrableValue === undefined) return { reason: `${where}：可否容缺应填 是 或 否，而不是“${deferrable}”。` };
    if (originalsValue === undefined) return { reason: `${where}：原件份数应为整数，而不是“${originals}”。` };
    if (copiesValue === undefined) return { reason: `${where}：复印件份数应为整数，而不是“${copies}”。` };
    value.push({
      code: code!.trim(),
      name: rest.join(':').trim(),
      required: requiredValue,
      originals: originalsValue,
      copies: copiesValue,
      form: FORM_ALIASES[form] ?? form,
      deferrable: deferrableValue,
    });
  }
  return { value };
}

/** Reads one cell into the field's type; a cell that cannot be read gives a reason instead. */
function readCell(column: string, raw: string): { value: unknown } | { reason: string } {
  if (LIST_COLUMNS.has(column)) return { value: splitList(raw) };
  if (BOOLEAN_COLUMNS.has(column)) {
    const value = parseBoolean(raw);
    return value === undefined ? { reason: `${column} 应填 是 或 否（true/false、1/0），而不是“${raw.trim()}”。` } : { value };
  }
  if (INTEGER_COLUMNS.has(column)) {
    const value = parseInteger(raw);
    return value === undefined ? { reason: `${column} 应为整数，而不是“${raw.trim()}”。` } : { value };
  }
  if (column === 'materials') return parseMaterials(raw);
  if (column === 'itemType') return { value: ITEM_TYPE_ALIASES[raw.trim()] ?? raw.trim() };
  if (column === 'windowCategory') return { value: WINDOW_ALIASES[raw.trim()] ?? raw.trim() };
  if (column === 'limitUnit') return { value: LIMIT_UNIT_ALIASES[raw.trim()] ?? raw.trim() };
  return { value: raw };
}

/** Parses a CSV item list into rows for `validateImport`; see the format at the top of this file. */
export function parseCatalogCsv(text: string): ParsedCsv {
  const records = readRecords(text.replace(/^\uFEFF/, ''));
  const problems: ImportProblem[] = [];
  const header = records.shift();
  if (!header) return { rows: [], problems: [{ line: 1, reason: '文件为空：需要一行表头和至少一个事项。' }] };
  if (header.problem) problems.push({ line: header.line, reason: `表头：${header.problem}` });
  const columns = header.cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (!KNOWN_COLUMNS.has(column)) {
      problems.push({
        line: header.line,
        field: column,
        reason: `不认识的列“${column}”。列名是字段名，例如 ${REQUIRED_COLUMNS.join('、')}。`,
      });
    } else if (seen.has(column)) {
      problems.push({ line: header.line, field: column, reason: `列“${column}”出现了两次。` });
    }
    seen.add(column);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column)) problems.push({ line: header.line, field: column, reason: `缺少必需的列“${column}”。` });
  }
  if (problems.length > 0) return { rows: [], problems };
  if (records.length === 0) problems.push({ line: header.line, reason: '文件只有表头，没有事项。' });
  if (records.length > MAX_IMPORT_ROWS) {
    problems.push({ line: records[MAX_IMPORT_ROWS]!.line, reason: `一个文件最多 ${MAX_IMPORT_ROWS} 个事项，请拆分后分别导入。` });
  }

  const rows = records.map((record): ImportRow => {
    const row: ImportRow = { line: record.line, value: undefined, problems: [] };
    const code = record.cells[columns.indexOf('implementationCode')]?.trim() || undefined;
    const problem = (reason: string, field?: string) => row.problems.push({ line: record.line, implementationCode: code, field, reason });
    if (record.problem) problem(record.problem);
    if (record.cells.length !== columns.length) {
      problem(`该行有 ${record.cells.length} 个单元格，表头有 ${columns.length} 个，请检查逗号和引号。`);
      return row;
    }
    const value: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const raw = record.cells[index]!;
      if (raw.trim() === '') return; // not given: the default applies, or the schema says it is required
      const read = readCell(column, raw);
      if ('reason' in read) problem(read.reason, column);
      else value[column] = read.value;
    });
    row.value = value;
    return row;
  });
  return { rows, problems };
}

/** Rows of a JSON import: the line of an item is its 1-based position in the array. */
export function jsonImportRows(items: readonly unknown[]): ImportRow[] {
  return items.map((value, index) => ({ line: index + 1, value, problems: [] }));
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function reasonOf(issue: z.core.$ZodIssue, value: unknown): string {
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined) return `${field} 为必填项。`;
  return field ? `${field}: ${issue.message}` : issue.message;
}

function rawCode(value: unknown): string | undefined {
  const code = valueAt(value, ['implementationCode']);
  return typeof code === 'string' && code.trim() !== '' ? code.trim() : undefined;
}

/**
 * Checks every row against ServiceItemInputSchema and for implementation codes repeated in the
 * file. Either every row is valid (ok) or every problem of every row is listed (errors).
 */
export function validateImport(rows: readonly ImportRow[]): ImportResult {
  const errors: ImportProblem[] = [];
  const ok: ServiceItemInput[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    errors.push(...row.problems);
    if (row.value === undefined) continue;
    // A field that could not be read was already reported; don't report it missing as well.
    const unread = new Set(row.problems.map((p) => p.field).filter((f) => f !== undefined));
    const parsed = ServiceItemInputSchema.safeParse(row.value);
    const code = parsed.success ? parsed.data.implementationCode : rawCode(row.value);
    if (parsed.success) {
      if (row.problems.length === 0) ok.push(parsed.data);
    } else {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
        if (field && unread.has(field)) continue;
        errors.push({
          line: row.line,
          implementationCode: code,
          field: issue.path.join('.') || undefined,
          reason: reasonOf(issue, row.value),
        });
      }
    }
    if (code !== undefined) {
      const first = firstLineOf.get(code);
      if (first === undefined) firstLineOf.set(code, row.line);
      else {
        errors.push({
          line: row.line,
          implementationCode: code,
          field: 'implementationCode',
          reason: `实施编码 ${code} 已出现在第 ${first} 行，一个事项在文件中只能出现一次。`,
        });
      }
    }
  }
  return errors.length > 0 ? { errors } : { ok };
}

/** Parse and validate a CSV file in one step; file-level problems come first. */
export function importCsv(text: string): ImportResult {
  const parsed = parseCatalogCsv(text);
  const result = validateImport(parsed.rows);
  const errors = [...parsed.problems, ...('errors' in result ? result.errors : [])];
  return errors.length > 0 ? { errors } : result;
}

/** Validate a JSON list in one step. */
export function importJson(items: readonly unknown[]): ImportResult {
  return validateImport(jsonImportRows(items));
}

/** How many distinct lines (rows) have problems, for the refusal message. */
export function rowsWithProblems(errors: readonly ImportProblem[]): number {
  return new Set(errors.map((e) => e.line)).size;
}
