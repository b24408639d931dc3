import { describe, expect, it } from 'vitest';
import published from 'chinese-days/dist/chinese-days.json';
import {
  calendarWith,
  CN_2025,
  CN_2026,
  DEFAULT_CALENDAR,
  isProvisionalYear,
  isWorkingDay,
  provisionalYearsBetween,
  shippedSchedule,
  shippedSchedules,
  workingDaysBetween,
} from '#domain/calendar';
import { addLimit, caseClock, intakeClock } from '#domain/deadline';
import { statutoryHolidays } from '#domain/provisional-calendar';

const cal = DEFAULT_CALENDAR;
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000))
    out.push(d.toISOString().slice(0, 10));
  return out;
};

describe('the provisional calendar of a year not yet published (全国年节及纪念日放假办法, 2024)', () => {
  it('puts 2027 春节 on 除夕 02-05 to 初三 02-08, 清明 on 04-05, 端午 on 06-09, 中秋 on 09-15', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { day: '2027-01-01', festival: '元旦' },
      { day: '2027-02-05', festival: '春节' },
      { day: '2027-02-06', festival: '春节' },
      { day: '2027-02-07', festival: '春节' },
      { day: '2027-02-08', festival: '春节' },
      { day: '2027-04-05', festival: '清明节' },
      { day: '2027-05-01', festival: '劳动节' },
      { day: '2027-05-02', festival: '劳动节' },
      { day: '2027-06-09', festival: '端午节' },
      { day: '2027-09-15', festival: '中秋节' },
      { day: '2027-10-01', festival: '国庆节' },
      { day: '2027-10-02', festival: '国庆节' },
      { day: '2027-10-03', festival: '国庆节' },
    ]);
  });

  it('finds the published 2025 festivals (除夕 01-28, 清明 04-04, 端午 05-31, 中秋 10-06)', () => {
    expect(statutoryHolidays(2025).map((h) => h.day)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-04',
      '2025-05-01',
      '2025-05-02',
      '2025-05-31',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-06',
    ]);
  });

  it('counts a day once when 中秋 falls on 国庆 (2020: both on 10-01)', () => {
    const october = statutoryHolidays(2020).filter((h) => h.day.startsWith('2020-10'));
    expect(october).toEqual([
      { day: '2020-10-01', festival: '中秋节' },
      { day: '2020-10-02', festival: '国庆节' },
      { day: '2020-10-03', festival: '国庆节' },
    ]);
  });

  it('gives 2027 254 working days: 261 weekdays less the 7 holidays on weekdays, weekends never made working days', () => {
    expect(isProvisionalYear(cal, 2027)).toBe(true);
    expect(workingDaysBetween(cal, '2026-12-31', '2027-12-31')).toBe(254);
    expect(isWorkingDay(cal, '2027-02-08')).toBe(false); // 初三, a Monday
    expect(isWorkingDay(cal, '2027-02-09')).toBe(true); // no guessed extra days off
    expect(isWorkingDay(cal, '2027-02-20')).toBe(false); // a Saturday: no guessed 调休
  });

  it('names the provisional years a count runs through', () => {
    expect(provisionalYearsBetween(cal, '2026-12-21', '2027-01-19')).toEqual([2027]);
    expect(provisionalYearsBetween(cal, '2026-01-05', '2026-12-30')).toEqual([]);
  });
});

describe('the published years shipped from chinese-days', () => {
  // Typed from 国办发明电〔2024〕12号 and 国办发明电〔2025〕7号, independently of the dataset.
  const cn2025 = {
    holidays: [
      '2025-01-01',
      ...days('2025-01-28', '2025-02-04'),
      ...days('2025-04-04', '2025-04-06'),
      ...days('2025-05-01', '2025-05-05'),
      ...days('2025-05-31', '2025-06-02'),
      ...days('2025-10-01', '2025-10-08'),
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  };
  const cn2026 = {
    holidays: [
      ...days('2026-01-01', '2026-01-03'),
      ...days('2026-02-15', '2026-02-23'),
      ...days('2026-04-04', '2026-04-06'),
      ...days('2026-05-01', '2026-05-05'),
      ...days('2026-06-19', '2026-06-21'),
      ...days('2026-09-25', '2026-09-27'),
      ...days('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  };

  it('match the State Council notices for 2025 and 2026', () => {
    expect({ holidays: CN_2025.holidays, workdays: CN_2025.workdays }).toEqual(cn2025);
    expect({ holidays: CN_2026.holidays, workdays: CN_2026.workdays }).toEqual(cn2026);
  });

  it('cover every year from 2004 to 2026', () => {
    expect(shippedSchedules().map((s) => s.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(isProvisionalYear(cal, 2026)).toBe(false);
    // 2020 Spring Festival was extended to 02-02 for the epidemic: official data, not a rule anyone could compute.
    expect(isWorkingDay(cal, '2020-01-31')).toBe(false);
  });

  it('are read year by year with exactly the days of the published JSON of the package', () => {
    // The JSON is what the package publishes; the functions read each year from the package's own code.
    const inYear = (list: Record<string, string>, year: number) =>
      Object.keys(list)
        .filter((d) => d.startsWith(`${year}-`))
        .sort();
    for (let year = 2004; year <= 2026; year++) {
      expect(shippedSchedule(year), String(year)).toMatchObject({
        holidays: inYear(published.holidays, year),
        workdays: inYear(published.workdays, year),
      });
    }
    expect(shippedSchedule(2027)).toBeUndefined();
    expect(shippedSchedule(2003)).toBeUndefined();
  });
});

describe('deadlines on a provisional year', () => {
  it('gives a case received Mon 2026-12-21 with 20 working days a provisional 2027-01-19', () => {
    // 12-22..25 (4), 12-28..31 (8), 元旦 off, 01-04..08 (13), 01-11..15 (18), 01-18, 01-19.
    expect(intakeClock(cal, '2026-12-21', 20)).toEqual({ promisedBy: '2027-01-19', provisional: true });
    expect(intakeClock(cal, '2026-11-02', 20)).toEqual({ promisedBy: '2026-11-30', provisional: undefined });
  });

  it('recounts when the official year is loaded', () => {
    const record = {
      promisedDays: 20,
      receivedAt: '2026-12-21T01:00:00Z',
      acceptance: {
        acceptedOn: '2026-12-21',
        acceptedAt: '2026-12-21T01:00:00Z',
        deemed: false,
        acceptedBy: { subject: 's', name: 'n', role: 'approver' as const },
      },
    };
    expect(caseClock(cal, record)).toEqual({ promisedBy: '2027-01-19', provisional: true });
    const official = { year: 2027, holidays: ['2027-01-01', '2027-01-04'], workdays: [], source: 'test' };
    const loaded = calendarWith([official]);
    expect(caseClock(loaded, record)).toEqual({ promisedBy: '2027-01-20', provisional: undefined });
  });
});

describe('limits in natural days (自然日)', () => {
  it('counts calendar days, and a period ending on a day off ends on the next working day (民法典 第203条)', () => {
    expect(addLimit(cal, '2026-11-02', 10, 'natural_day')).toBe('2026-11-12'); // a Thursday
    expect(addLimit(cal, '2026-11-02', 12, 'natural_day')).toBe('2026-11-16'); // Sat 11-14 → Mon 11-16
    expect(addLimit(cal, '2026-09-21', 10, 'natural_day')).toBe('2026-10-08'); // 10-01 falls in 国庆 (10-01..07 off)
    expect(addLimit(cal, '2026-11-02', 0, 'natural_day')).toBe('2026-11-02'); // 即办: the same day
  });
});

describe('the lunar dates of the provisional calendar, against a second library', () => {
  // An independent oracle: lunar-typescript (a devDependency only) computes 初一, 端午, 中秋 and 清明 its own way.
  it('agrees with lunar-typescript on 春节, 清明, 端午 and 中秋 in every year offered (2004–2099)', async () => {
    const { Lunar } = await import('lunar-typescript');
    const disagreements: string[] = [];
    for (let year = 2004; year <= 2099; year++) {
      const byFestival = (festival: string) =>
        statutoryHolidays(year)
          .filter((h) => h.festival === festival)
          .map((h) => h.day);
      const firstMoon = Lunar.fromYmd(year, 1, 1).getSolar();
      const expected = {
        春节: [-1, 0, 1, 2].map((n) => firstMoon.next(n).toYmd()),
        清明节: [Lunar.fromYmd(year, 3, 1).getJieQiTable().清明!.toYmd()],
        端午节: [Lunar.fromYmd(year, 5, 5).getSolar().toYmd()],
        // 中秋 on 10-01 is listed once, as 中秋 (2020, 2001 …).
        中秋节: [Lunar.fromYmd(year, 8, 15).getSolar().toYmd()],
      };
      for (const [festival, days] of Object.entries(expected)) {
        if (JSON.stringify(byFestival(festival)) !== JSON.stringify(days)) disagreements.push(`${year} ${festival}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('offers no provisional calendar outside 2004–2099', () => {
    expect(() => statutoryHolidays(2003)).toThrow(RangeError);
    expect(() => statutoryHolidays(2100)).toThrow(RangeError);
    expect(statutoryHolidays(2099)).toHaveLength(13);
  });
});
