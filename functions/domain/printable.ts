import { PRINTABLE_RANGES_BASE36 } from './printable-ranges';

let decoded: (readonly [number, number])[] | undefined;

/** The printable code points as ascending [from, to] ranges, decoded from the compact table on first use. */
export function printableRanges(): readonly (readonly [number, number])[] {
  if (!decoded) {
    decoded = [];
    let end = 0;
    for (const range of PRINTABLE_RANGES_BASE36.split(' ')) {
      const [gap, length] = range.split('.').map((n) => Number.parseInt(n, 36)) as [number, number];
      const from = end + gap;
      end = from + length;
      decoded.push([from, end]);
    }
  }
  return decoded;
}

/**
 * Characters a notice can print: those every notice font stack (regular and bold) has a glyph for.
 * The ranges are generated from the font files (tests/unit/printable.test.ts checks them against
 * the fonts, and rewrites them with UPDATE_PRINTABLE=1), so intake can refuse a name the notices
 * could not print without loading 30 MB of fonts.
 */
export function isPrintable(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x0a; // a line break is layout; other controls print nothing
  const ranges = printableRanges();
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (codePoint < from) hi = mid - 1;
    else if (codePoint > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The characters of `text` no notice can print, each once, in order. */
export function unprintable(text: string): string[] {
  return [...new Set([...text].filter((ch) => !isPrintable(ch.codePointAt(0)!)))];
}

/** The clerk's message for such characters: which ones (with their code points, as they may not display), and what to do. */
export function unprintableMessage(field: string, characters: readonly string[]): string {
  const listed = characters.map((ch) => `「${ch}」（U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、');
  return `${field}中的${listed}无法打印在文书上。请核对证件，改用可打印的规范汉字或民族文字录入；确需使用的，请联系中心管理员。`;
}
