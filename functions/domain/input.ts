import * as z from 'zod/mini';
import './zod-locale';

/**
 * What every text and date in a request must be (issue 9 §5). Names and texts are printed on
 * notices, shown to other clerks and sent to county systems, so characters that hide or reorder
 * what is shown are refused, not stored: control characters, bidirectional overrides (U+202E can
 * make 张三 look like something else), zero-width characters and lone surrogates (half of a
 * character, which no font or database can show). Lengths count characters (code points), as a
 * clerk counts them: 𠮷 is one character, not two UTF-16 units.
 */

/** Bidirectional controls: embeddings, overrides, isolates and marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Zero-width and invisible joiners/spaces. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060-\u2064\uFEFF]/u;
/** C0 and C1 controls, except the line breaks and tabs a multi-line text may hold. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/u;

const NAMES: Record<string, string> = {
  '\u0000': '空字符 NUL',
  '\u202E': '从右至左强制符',
  '\u202D': '从左至右强制符',
  '\u200B': '零宽空格',
  '\u200C': '零宽不连字',
  '\u200D': '零宽连字',
  '\uFEFF': '零宽不换行空格',
};

/** With the u flag a lone surrogate is a code point of category Cs; a valid pair is one other code point. */
const LONE_SURROGATE = /\p{Cs}/u;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character a text may not hold, said so a clerk knows what to delete; undefined when the text is clean. */
export function forbiddenCharacter(value: string, multiline: boolean): string | undefined {
  if (LONE_SURROGATE.test(value)) return '不完整的字符（孤立代理项，常见于复制粘贴出错）';
  for (const c of value) {
    const kind = (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(c)
      ? '控制字符'
      : BIDI.test(c)
        ? '文字方向控制字符'
        : ZERO_WIDTH.test(c)
          ? '不可见的零宽字符'
          : undefined;
    if (kind) return `${kind} ${hex(c)}${NAMES[c] ? `（${NAMES[c]}）` : ''}`;
  }
  return undefined;
}

/** Length as a clerk counts it: characters (code points), not UTF-16 units. */
export const characterCount = (value: string) => [...value].length;

const clean = (multiline: boolean) =>
  z.refine<string>((value: string) => forbiddenCharacter(value, multiline) === undefined, {
    error: (issue) => `含有不允许的${forbiddenCharacter(String(issue.input), multiline) ?? '字符'}，请删除后重新输入`,
    abort: true,
  });

const atMost = (max: number) =>
  z.refine<string>((value: string) => characterCount(value) <= max, {
    error: (issue) => `过长：最多 ${max} 个字符，现有 ${characterCount(String(issue.input))} 个`,
  });

const nonEmpty = z.refine<string>((value: string) => value.length > 0, { error: '不能为空' });

/** A free text (opinion, reason, commitment): trimmed, 1 to `max` characters, line breaks allowed. */
export const text = (max: number) => z.string().check(clean(true), z.trim(), nonEmpty, atMost(max));

/** A name or other one-line text: trimmed, 1 to `max` characters, no line breaks. */
export const line = (max: number) => z.string().check(clean(false), z.trim(), nonEmpty, atMost(max));

/** An optional-content one-line text (may be empty), at most `max` characters: drafts and notes. */
export const loose = (max: number, multiline = false) => z.string().check(clean(multiline), atMost(max));

/** Whether YYYY-MM-DD names a day of the Gregorian calendar (no 2026-02-30, no month 13). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2199) return false;
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}

/** A China-local calendar day, YYYY-MM-DD, that exists (years 1900 to 2199). */
export const day = z.string().check(
  z.refine<string>(isCalendarDay, {
    error: (issue) =>
      /^\d{4}-\d{2}-\d{2}$/.test(String(issue.input))
        ? `${String(issue.input)} 不是有效的日期`
        : '日期格式应为 YYYY-MM-DD（如 2026-12-04）',
  }),
);

/** A moment with its offset (ISO 8601, e.g. 2026-12-04T09:30:00+08:00), on a real calendar day. */
export const instant = z.string().check(
  z.refine<string>(
    (value: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      isCalendarDay(value.slice(0, 10)) &&
      !Number.isNaN(Date.parse(value)),
    {
      error: '时间格式应为带时区的 ISO 8601（如 2026-12-04T09:30:00+08:00）',
    },
  ),
);
