/** Case numbers (办件编号): a configurable pattern of centre code, China-local date and a daily sequence. */

export const DEFAULT_CASE_NUMBER_PATTERN = '{centre}{date}{seq:4}';

/** The calendar date in China (UTC+8, no daylight saving) as yyyymmdd: a case belongs to the day it was received there. */
export function chinaDate(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return local.toISOString().slice(0, 10).replaceAll('-', '');
}

export function formatCaseNumber(pattern: string, parts: { centre: string; date: string; seq: number }): string {
  let usedSeq = false;
  const out = pattern.replace(/\{(centre|date|seq)(?::(\d+))?\}/g, (_m, token: string, width?: string) => {
    if (token === 'centre') return parts.centre;
    if (token === 'date') return parts.date;
    usedSeq = true;
    return String(parts.seq).padStart(Number(width ?? 1), '0');
  });
  if (!usedSeq) throw new Error(`Case number pattern "${pattern}" has no {seq} token.`);
  // Execution names in Step Functions allow no spaces or URL-special characters.
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(out)) throw new Error(`Case number "${out}" from pattern "${pattern}" is not a valid execution name.`);
  return out;
}
