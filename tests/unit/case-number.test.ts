import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDate, DEFAULT_CASE_NUMBER_PATTERN, formatCaseNumber } from '#domain/case-number';

describe('chinaDate', () => {
  it.each([
    ['2026-12-31T16:00:00Z', '20270101'],
    ['2026-12-31T15:59:59.999Z', '20261231'],
    ['2026-03-01T23:30:00Z', '20260302'],
    ['2026-03-02T00:00:00Z', '20260302'],
    ['2024-02-28T16:00:00Z', '20240229'],
    ['2023-02-28T16:00:00Z', '20230301'],
    ['2026-06-30T15:59:59Z', '20260630'],
    ['2026-06-30T16:00:00Z', '20260701'],
  ])('%s is %s in China', (iso, expected) => {
    expect(chinaDate(new Date(iso))).toBe(expected);
  });

  it('does not depend on the instant being given with an offset', () => {
    expect(chinaDate(new Date('2027-01-01T00:00:00+08:00'))).toBe('20270101');
    expect(chinaDate(new Date('2026-12-31T23:59:59+08:00'))).toBe('20261231');
  });

  it('property: always 8 digits and equals the UTC date 8 hours later', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01Z'), max: new Date('2099-12-31Z'), noInvalidDate: true }), (d) => {
        const out = chinaDate(d);
        expect(out).toMatch(/^\d{8}$/);
        const shifted = new Date(d.getTime() + 8 * 3600_000);
        expect(out).toBe(
          `${shifted.getUTCFullYear()}${String(shifted.getUTCMonth() + 1).padStart(2, '0')}${String(shifted.getUTCDate()).padStart(2, '0')}`,
        );
      }),
      { seed: 8, numRuns: 200 },
    );
  });
});

describe('formatCaseNumber', () => {
  const parts = { centre: 'HZ', date: '20260302', seq: 7 };

  it('default pattern: centre, date and a 4-digit sequence', () => {
    expect(DEFAULT_CASE_NUMBER_PATTERN).toBe('{centre}{date}{seq:4}');
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, parts)).toBe('HZ202603020007');
  });

  it.each([
    ['{seq}', '7'],
    ['{seq:1}', '7'],
    ['{seq:0}', '7'],
    ['{seq:6}', '000007'],
    ['YW-{centre}-{date}-{seq:3}', 'YW-HZ-20260302-007'],
    ['{date}_{centre}_{seq:2}', '20260302_HZ_07'],
  ])('pattern %s → %s', (pattern, expected) => {
    expect(formatCaseNumber(pattern, parts)).toBe(expected);
  });

  it('does not truncate a sequence longer than the width', () => {
    expect(formatCaseNumber('{centre}{date}{seq:4}', { ...parts, seq: 123456 })).toBe('HZ20260302123456');
  });

  it('rejects a pattern without {seq}', () => {
    expect(() => formatCaseNumber('{centre}{date}', parts)).toThrow('Case number pattern "{centre}{date}" has no {seq} token.');
    expect(() => formatCaseNumber('{centre}{date}{sequence}', parts)).toThrow(/has no \{seq\} token/);
  });

  it.each([
    ['a space', '{centre} {date}{seq:4}', parts],
    ['a slash', '{centre}/{date}/{seq:4}', parts],
    ['Chinese characters', '杭{date}{seq:4}', parts],
    ['an unknown token left in braces', '{centre}{year}{seq:4}', parts],
    ['{seq:} without width', '{centre}{seq:}{seq}', parts],
    ['a centre code with a space', '{centre}{date}{seq:4}', { ...parts, centre: 'H Z' }],
    ['a centre code with Chinese characters', '{centre}{date}{seq:4}', { ...parts, centre: '杭州' }],
  ])('rejects a case number with %s (not a valid execution name)', (_label, pattern, p) => {
    expect(() => formatCaseNumber(pattern, p)).toThrow(/is not a valid execution name/);
  });

  it('rejects a result longer than 80 characters and accepts exactly 80', () => {
    expect(formatCaseNumber('{seq:80}', parts)).toHaveLength(80);
    expect(() => formatCaseNumber('{seq:81}', parts)).toThrow(/is not a valid execution name/);
  });

  it('does not expand tokens that appear inside a centre code', () => {
    expect(() => formatCaseNumber('{centre}{seq}', { ...parts, centre: '{seq}' })).toThrow(/not a valid execution name/);
  });

  it('property: the default pattern is unique per (date, seq) and sorts by seq within a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        const na = formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { ...parts, seq: a });
        const nb = formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { ...parts, seq: b });
        expect(na === nb).toBe(a === b);
        expect(Math.sign(na.localeCompare(nb))).toBe(Math.sign(a - b));
      }),
      { seed: 4, numRuns: 200 },
    );
  });
});
