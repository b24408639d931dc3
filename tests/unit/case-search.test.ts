import { describe, expect, it } from 'vitest';
import { applicantKindOf, matchesSearch, scopeSearch, searchSource } from '#domain/case-search';

const supervisor = { subject: 's', role: 'supervisor' as const, centre: 'HZ' };
const approver = { subject: 'a', role: 'approver' as const, centre: 'HZ', department: '人社局' };
const record = {
  caseNumber: 'HZ202605010001',
  centre: 'HZ',
  department: '市场监管局',
  coDepartments: ['税务局'],
  itemCode: 'SC-0001',
  state: 'pending_acceptance' as const,
  // 2026-05-01 23:30 in China.
  receivedAt: '2026-05-01T15:30:00.000Z',
};

describe('办件查询 rules', () => {
  it('reads the most selective listing the filters allow', () => {
    const scoped = (f: Parameters<typeof scopeSearch>[1]) => searchSource(f, scopeSearch(supervisor, f)).kind;
    expect(scoped({ caseNumber: 'HZ1', applicant: { idNumber: '11010519491231002X' } })).toBe('case_number');
    expect(scoped({ applicant: { idNumber: '11010519491231002X', name: '张三' }, light: 'red' })).toBe('applicant');
    expect(scoped({ applicant: { name: '张三' }, department: '人社局', state: 'accepted' })).toBe('name');
    expect(scoped({ light: 'yellow', department: '人社局', state: 'accepted' })).toBe('light');
    expect(scoped({ department: '人社局', state: 'accepted' })).toBe('queue');
    expect(scoped({ state: 'accepted' })).toBe('state');
    expect(scoped({ state: 'accepted', itemCode: 'SL-1' })).toBe('received');
    expect(scoped({ state: 'accepted', receivedFrom: '2026-05-01' })).toBe('received');
    expect(scoped({})).toBe('received');
  });

  it('scopes an approver to the own department and refuses another; a backwards range is 400', () => {
    expect(scopeSearch(approver, {}).department).toBe('人社局');
    expect(() => scopeSearch(approver, { department: '民政局' })).toThrow(
      expect.objectContaining({ status: 403, code: 'other_department' }),
    );
    expect(scopeSearch(supervisor, {}).department).toBeUndefined();
    expect(() => scopeSearch(supervisor, { receivedFrom: '2026-05-02', receivedTo: '2026-05-01' })).toThrow(
      expect.objectContaining({ status: 400, code: 'invalid_range' }),
    );
  });

  it('counts days received on the China calendar, both ends included', () => {
    const on = (from?: string, to?: string) =>
      matchesSearch(record, scopeSearch(supervisor, { receivedFrom: from, receivedTo: to }), undefined);
    expect(on('2026-05-01', '2026-05-01')).toBe(true);
    expect(on('2026-05-02')).toBe(false);
    expect(on(undefined, '2026-04-30')).toBe(false);
    expect(on('2026-04-30', '2026-05-01')).toBe(true);
  });

  it('keeps only the centre, department (lead or co), item, state and light asked for', () => {
    const keeps = (f: Parameters<typeof scopeSearch>[1], light?: 'yellow' | 'red', caller: typeof supervisor = supervisor) =>
      matchesSearch(record, scopeSearch(caller, f), light);
    expect(keeps({})).toBe(true);
    expect(keeps({}, undefined, { ...supervisor, centre: 'XS' })).toBe(false);
    expect(keeps({ department: '税务局' })).toBe(true);
    expect(keeps({ department: '人社局' })).toBe(false);
    expect(keeps({ itemCode: 'SC-0002' })).toBe(false);
    expect(keeps({ state: 'accepted' })).toBe(false);
    expect(keeps({ light: 'red' }, 'yellow')).toBe(false);
    expect(keeps({ light: 'red' }, 'red')).toBe(true);
  });

  it('takes a valid 居民身份证号 for a person and anything else for a legal person, unless told', () => {
    expect(applicantKindOf({ idNumber: '11010519491231002X' })).toBe('person');
    expect(applicantKindOf({ idNumber: '91350100M000100Y43' })).toBe('legal_person');
    expect(applicantKindOf({ idNumber: '11010519491231002X', kind: 'legal_person' })).toBe('legal_person');
  });
});
