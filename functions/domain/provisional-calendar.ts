/**
 * Provisional calendar (暂定日历) for a year whose State Council schedule is not loaded yet: the statutory
 * holidays of 《全国年节及纪念日放假办法》 (revised 2024, in force 2025-01-01) on their dates, plus weekends,
 * and no make-up working days (调休), which nobody can know before the schedule is published. Deadlines
 * counted on it are marked provisional and recomputed when the official year is loaded.
 *
 * Lunar dates (春节, 端午, 中秋) and the 清明 solar term come from `chinese-days`, not from a table: the
 * package that already ships the published schedules, at ≈ 20 KB where `lunar-typescript` added 300 KB
 * to every function bundle. A unit test checks it against `lunar-typescript` for every year offered.
 */
import chineseDays from 'chinese-days';

// The package's ESM build exports each function by name, but Node loads its CommonJS build (no named exports).
const { getSolarDateFromLunar, getSolarTermDate } = chineseDays;

/**
 * The years a provisional calendar is offered for: from the first year with a published schedule (no case
 * is counted before it) to the end of the package's lunar tables.
 */
export const PROVISIONAL_YEARS = { from: 2004, to: 2099 } as const;

export interface StatutoryHoliday {
  day: string;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 */
  festival: string;
}

const gregorian = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lunar = (year: number, month: number, day: number): string => getSolarDateFromLunar(gregorian(year, month, day)).date;
const plusDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The statutory holiday days of `year` (全体公民放假的节日, Art. 2), in date order. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < PROVISIONAL_YEARS.from || year > PROVISIONAL_YEARS.to) {
    throw new RangeError(
      `No provisional calendar for ${year}: lunar dates are known for ${PROVISIONAL_YEARS.from}–${PROVISIONAL_YEARS.to}.`,
    );
  }
  const firstMoon = lunar(year, 1, 1);
  // 除夕 is the last day of the lunar year: the day before 初一, whether the twelfth month has 29 or 30 days.
  const springFestival = [-1, 0, 1, 2].map((offset) => plusDays(firstMoon, offset));
  const qingming = getSolarTermDate(year, 4, 'pure_brightness');
  if (!qingming.startsWith(`${year}-04-`)) throw new Error(`The lunar tables gave no 清明 in April ${year}.`);
  const days: StatutoryHoliday[] = [
    { day: gregorian(year, 1, 1), festival: '元旦' },
    ...springFestival.map((day) => ({ day, festival: '春节' })),
    { day: qingming, festival: '清明节' },
    { day: gregorian(year, 5, 1), festival: '劳动节' },
    { day: gregorian(year, 5, 2), festival: '劳动节' },
    { day: lunar(year, 5, 5), festival: '端午节' },
    { day: lunar(year, 8, 15), festival: '中秋节' },
    { day: gregorian(year, 10, 1), festival: '国庆节' },
    { day: gregorian(year, 10, 2), festival: '国庆节' },
    { day: gregorian(year, 10, 3), festival: '国庆节' },
  ];
  // 中秋 may fall inside 国庆 (e.g. 10-01): a day is off once, whatever it celebrates.
  const byDay = new Map<string, StatutoryHoliday>();
  for (const d of days) if (!byDay.has(d.day)) byDay.set(d.day, d);
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}
