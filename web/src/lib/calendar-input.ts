/**
 * The calendar form: dates pasted as the State Council notice lists them, one per line or separated
 * by commas or spaces. Returns the sorted unique dates and the entries that are not days of `year`.
 */
export function parseDays(text: string, year: number): { days: string[]; problems: string[] } {
  const days = new Set<string>();
  const problems: string[] = [];
  for (const raw of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.replace(/[./]/g, '-'));
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
      problems.push(`“${raw}”不是日期（格式：${year}-01-01）`);
      continue;
    }
    if (Number(m[1]) !== year) {
      problems.push(`${raw} 不在 ${year} 年`);
      continue;
    }
    days.add(date.toISOString().slice(0, 10));
  }
  return { days: [...days].sort(), problems };
}
