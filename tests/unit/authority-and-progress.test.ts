import { describe, expect, it } from 'vitest';
import { assertHigherAuthority, isReportedTo, mayActOnCase, type Caller } from '#domain/access-policy';
import { assertQueryCode, progressUrl } from '#domain/progress';
import { registered, thrown } from './fixtures';

const REPORTED = {
  caseNumber: 'HZ202603020001',
  centre: 'HZ',
  department: '人社局',
  submittedBy: { subject: 'clerk-1' },
  state: 'reported',
  report: { authority: 'city-bureau' },
};
const system = (subject: string): Caller => ({ subject, role: 'county_system' });

describe('the higher authority a case was reported to (报请上级)', () => {
  it('is the county system named in the report, while the case is reported', () => {
    expect(isReportedTo(system('city-bureau'), REPORTED)).toBe(true);
    expect(isReportedTo(system('other-bureau'), REPORTED)).toBe(false);
    expect(isReportedTo({ subject: 'city-bureau', role: 'approver', department: '人社局' }, REPORTED)).toBe(false);
    expect(isReportedTo(system('city-bureau'), { ...REPORTED, state: 'approved' })).toBe(false);
  });

  it('alone decides; anyone else gets 403 naming the authority', () => {
    expect(() => assertHigherAuthority({ subject: 'city-bureau' }, REPORTED)).not.toThrow();
    const e = thrown(() => assertHigherAuthority({ subject: 'other-bureau' }, REPORTED));
    expect([e.status, e.code, e.message]).toEqual([
      403,
      'not_the_authority',
      'Case HZ202603020001 was reported to city-bureau; only it decides.',
    ]);
    expect(e.details).toEqual({ caseNumber: 'HZ202603020001' });
    const unreported = thrown(() => assertHigherAuthority({ subject: 'city-bureau' }, { ...REPORTED, report: undefined }));
    expect(unreported.message).toBe('Case HZ202603020001 was reported to no authority; only it decides.');
  });

  it('mayActOnCase answers the policy as a yes or no', () => {
    const approver: Caller = { subject: 'a', role: 'approver', department: '人社局', centre: 'HZ' };
    expect(mayActOnCase(approver, 'case.read', REPORTED)).toBe(true);
    expect(mayActOnCase({ ...approver, department: '民政局' }, 'case.read', REPORTED)).toBe(false);
    expect(mayActOnCase(system('city-bureau'), 'case.read', REPORTED)).toBe(true);
    expect(mayActOnCase(system('other-bureau'), 'case.read', REPORTED)).toBe(false);
  });
});

describe('办件进度查询 by case number and query code', () => {
  // HMAC-SHA256 of "progress:HZ202603020001" under the key, first 8 bytes mod 32 on 23456789ABCDEFGHJKLMNPQRSTUVWXYZ (worked out apart).
  const record = { ...registered(), applicantKey: 'k'.repeat(64) };

  it('finds the case by the code on the receipt, typed in any case and with spaces around', () => {
    expect(assertQueryCode(record, 'AGN9RCB6')).toBe(record);
    expect(assertQueryCode(record, ' agn9rcb6 ')).toBe(record);
  });

  it('gives one 404 for a wrong code, an unknown case and a case without applicant key', () => {
    for (const [r, code] of [
      [record, 'AGN9RCB7'],
      [undefined, 'AGN9RCB6'],
      [{ ...record, applicantKey: undefined }, 'AGN9RCB6'],
      [record, 'AGN9RCB'],
    ] as const) {
      const e = thrown(() => assertQueryCode(r, code));
      expect([e.status, e.code]).toEqual([404, 'no_match']);
    }
  });

  it('opens the public page with both filled in, whether or not the base ends in a slash', () => {
    expect(progressUrl('https://zwfw.example.cn/hz', 'HZ202603020001', 'AGN9RCB6')).toBe(
      'https://zwfw.example.cn/hz/progress?case=HZ202603020001&code=AGN9RCB6',
    );
    expect(progressUrl('https://zwfw.example.cn/hz/', 'HZ202603020001', 'AGN9RCB6')).toBe(
      'https://zwfw.example.cn/hz/progress?case=HZ202603020001&code=AGN9RCB6',
    );
  });
});
