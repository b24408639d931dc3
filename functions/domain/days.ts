/**
 * Calendar days as this system writes them: China-local, `YYYY-MM-DD`. Plain date arithmetic apart from
 * the working-day calendar (calendar.ts), whose holiday data (chinese-days) builds its tables when it is
 * loaded: a module that only reads, writes or prints a day imports this one and starts without it.
 */

export function parseDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a YYYY-MM-DD date: ${day}`);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || formatDay(date) !== day) throw new Error(`Not a calendar date: ${day}`);
  return date;
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The China-local calendar day of an instant. */
export function chinaDay(at: Date): string {
  return formatDay(new Date(at.getTime() + 8 * 3_600_000));
}
