/**
 * zod/mini carries no error messages of its own ("Invalid input" for everything). Clerks read the
 * first issue's message, so every module defining schemas imports this file, which sets zod's
 * zh-CN locale once (issue 10 §5), with plainer words for the issues clerks meet most. English
 * stays available per parse (`ENGLISH_ERRORS`) for callers that send `Accept-Language: en`. Only
 * these two: `z.locales` (or 'zod/locales') would bundle every language.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
  undefined: '空',
  null: '空值',
  nan: '非数字',
  date: '日期',
};
const typeName = (t: string | undefined) => (t ? (TYPE_NAMES[t] ?? t) : '值');

/**
 * What a value is, in the words of zod's `util.getParsedType`. Written here: importing zod's `util`
 * namespace for this one function keeps all of it (≈ 9 KB) in every function bundle, and reading it
 * through `z.core.util` keeps all of zod core, every locale included.
 */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (typeof input === 'number') return Number.isNaN(input) ? 'nan' : 'number';
  if (typeof input !== 'object') return typeof input;
  if (Array.isArray(input)) return 'array';
  if (input instanceof Promise) return 'promise';
  if (input instanceof Map) return 'map';
  if (input instanceof Set) return 'set';
  if (input instanceof Date) return 'date';
  return 'object';
}

const zh = zhCN().localeError;

/** zod's zh-CN texts, with the common cases said the way a clerk says them (lengths in characters, types in words). */
const chineseErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '必填项，不能为空'
        : `应为${typeName(issue.expected)}，收到的是${typeName(receivedType(issue.input))}`;
    case 'too_big':
      if (issue.origin === 'string') return `过长：最多 ${String(issue.maximum)} 个字符`;
      if (issue.origin === 'array') return `过多：最多 ${String(issue.maximum)} 项`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `过大：不得${issue.inclusive ? '超过' : '达到'} ${String(issue.maximum)}`;
      break;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `过短：至少 ${String(issue.minimum)} 个字符`;
      if (issue.origin === 'array') return `至少 ${String(issue.minimum)} 项`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `过小：不得${issue.inclusive ? '小于' : '小于或等于'} ${String(issue.minimum)}`;
      break;
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}`
        : `应为以下之一：${issue.values.map((x) => JSON.stringify(x)).join('、')}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      if (issue.format === 'uuid') return '应为 UUID';
      if (issue.format === 'regex') return '格式不正确';
      break;
  }
  return zh(issue);
};

z.config({ localeError: chineseErrors });

/** Pass as `safeParse(value, ENGLISH_ERRORS)` to get zod's English texts instead. */
export const ENGLISH_ERRORS: { error: z.core.$ZodErrorMap } = { error: en().localeError };
