import { describe, expect, it } from 'vitest';
import { MAX_DAYS_SPLIT, slicesOf, verificationHours } from '#domain/archive-batches';

describe('archive verification slices', () => {
  it('splits a short range of days per department and per day', () => {
    expect(slicesOf('HZ', ['人社局', '民政局', '人社局'], { from: '2026-12-30', to: '2027-01-01' })).toEqual([
      { centre: 'HZ', department: '人社局', from: '2026-12-30', to: '2026-12-30' },
      { centre: 'HZ', department: '人社局', from: '2026-12-31', to: '2026-12-31' },
      { centre: 'HZ', department: '人社局', from: '2027-01-01', to: '2027-01-01' },
      { centre: 'HZ', department: '民政局', from: '2026-12-30', to: '2026-12-30' },
      { centre: 'HZ', department: '民政局', from: '2026-12-31', to: '2026-12-31' },
      { centre: 'HZ', department: '民政局', from: '2027-01-01', to: '2027-01-01' },
    ]);
  });

  it('keeps everything, and ranges longer than the split limit, one slice per department', () => {
    expect(slicesOf('HZ', ['人社局', '民政局'], {})).toEqual([
      { centre: 'HZ', department: '人社局' },
      { centre: 'HZ', department: '民政局' },
    ]);
    expect(MAX_DAYS_SPLIT).toBe(62);
    expect(slicesOf('HZ', ['人社局'], { from: '2026-01-01', to: '2026-12-31' })).toEqual([{ centre: 'HZ', department: '人社局', from: '2026-01-01', to: '2026-12-31' }]);
    expect(slicesOf('HZ', ['人社局'], { from: '2026-03-01' })).toEqual([{ centre: 'HZ', department: '人社局', from: '2026-03-01' }]);
  });

  it('models the time of a province: a million packages, 50 workers at 25 packages/s each, in about 13 minutes', () => {
    // 1,000,000 / (25 × 50) = 800 s.
    expect(verificationHours(1_000_000, 25, 50) * 3600).toBeCloseTo(800, 6);
    expect(verificationHours(1_000_000, 25, 1)).toBeCloseTo(11.11, 2);
  });
});
