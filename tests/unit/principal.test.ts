import { thrown } from './fixtures';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '#manifest';
import { CLAIMS, principalFromClaims } from '#domain/principal';
import { assertMayAct } from '#domain/access-policy';


const claims = (groups: unknown, extra: Record<string, unknown> = {}) => ({ sub: 'u-1', [CLAIMS.groups]: groups, ...extra });

describe('principalFromClaims', () => {
  it('uses the Cognito claim names', () => {
    expect(CLAIMS).toEqual({ windowDecision: 'custom:window_decision', groups: 'cognito:groups', department: 'custom:department', centre: 'custom:centre', name: 'name' });
  });

  it('reads an approver with centre, department and name', () => {
    expect(
      principalFromClaims(claims(['approver'], { 'custom:centre': 'HZ', 'custom:department': '人社局', name: '李四' })),
    ).toEqual({ subject: 'u-1', name: '李四', role: 'approver', centre: 'HZ', department: '人社局' });
  });

  it.each([
    ['an array', ['intake_clerk']],
    ['a string', 'intake_clerk'],
    ['a comma-separated string', 'other,intake_clerk'],
    ['a space-separated string', 'other intake_clerk'],
    ['a string with comma and spaces', 'other, intake_clerk'],
    ['an array with unrelated groups', ['Admins', 'intake_clerk']],
    // API Gateway's JWT authorizer passes array claims as one bracketed string.
    ['API Gateway’s bracketed string', '[intake_clerk]'],
    ['API Gateway’s bracketed string of several groups', '[Admins intake_clerk]'],
  ])('reads groups given as %s', (_label, groups) => {
    expect(principalFromClaims(claims(groups, { 'custom:centre': 'HZ' })).role).toBe('intake_clerk');
  });

  it('falls back to the subject as name', () => {
    expect(principalFromClaims(claims(['supervisor'], { 'custom:centre': 'HZ' })).name).toBe('u-1');
    expect(principalFromClaims(claims(['supervisor'], { 'custom:centre': 'HZ', name: 42 })).name).toBe('u-1');
  });

  it.each([
    ['no groups claim', undefined],
    ['an empty array', []],
    ['an empty string', ''],
    ['only unrelated groups', ['Admins', 'readers']],
    ['a role name in the wrong case', ['Approver']],
    ['a role name as a substring', 'intake_clerks'],
    ['a number', 7],
  ])('403 no_role with %s', (_label, groups) => {
    const e = thrown(() => principalFromClaims(claims(groups, { 'custom:centre': 'HZ', 'custom:department': 'd' })));
    expect([e.status, e.code]).toEqual([403, 'no_role']);
    expect(e.message).toBe('Your account has no OneWindow role. Ask the centre administrator to assign one.');
  });

  it.each([
    ['no sub', {}],
    ['an empty sub', { sub: '' }],
    ['a numeric sub', { sub: 12 }],
  ])('401 unauthorized with %s', (_label, sub) => {
    const e = thrown(() => principalFromClaims({ [CLAIMS.groups]: ['supervisor'], 'custom:centre': 'HZ', ...sub }));
    expect([e.status, e.code]).toEqual([401, 'unauthorized']);
  });

  it.each(['intake_clerk', 'approver', 'output_clerk', 'supervisor'] as const)('403 no_centre for staff role %s without a centre', (role) => {
    for (const centre of [undefined, '', 5]) {
      const e = thrown(() => principalFromClaims(claims([role], { 'custom:centre': centre, 'custom:department': '人社局' })));
      expect([e.status, e.code]).toEqual([403, 'no_centre']);
      expect(e.message).toBe('Staff accounts must belong to a service centre.');
      expect(e.details).toEqual({ role });
    }
  });

  it('403 no_department for an approver without a department', () => {
    for (const department of [undefined, '']) {
      const e = thrown(() => principalFromClaims(claims(['approver'], { 'custom:centre': 'HZ', 'custom:department': department })));
      expect([e.status, e.code]).toEqual([403, 'no_department']);
      expect(e.message).toBe('Back-office approvers must belong to a department.');
    }
  });

  it('clerks and supervisors need no department', () => {
    for (const role of ['intake_clerk', 'output_clerk', 'supervisor']) {
      const p = principalFromClaims(claims([role], { 'custom:centre': 'HZ', 'custom:department': '' }));
      expect(p.department).toBeUndefined();
      expect(p.centre).toBe('HZ');
    }
  });

  it.each(['applicant', 'county_system'] as const)('%s needs no centre or department', (role) => {
    const p = principalFromClaims(claims([role]));
    expect(p).toEqual({ subject: 'u-1', name: 'u-1', role, centre: undefined, department: undefined });
  });

  it('every role in the manifest is recognised', () => {
    for (const role of ROLES) {
      expect(principalFromClaims(claims([role], { 'custom:centre': 'HZ', 'custom:department': 'd' })).role).toBe(role);
    }
  });
});

describe('assertMayAct (the role check of every route)', () => {
  const p = (role: Role) => ({ subject: 's', name: 'n', role, centre: 'HZ' });

  it('passes for a role the action allows', () => {
    expect(() => assertMayAct(p('supervisor'), 'catalog.write')).not.toThrow();
    expect(() => assertMayAct(p('approver'), 'upload')).not.toThrow();
  });

  it('403 role_not_allowed otherwise, naming the role and the allowed ones', () => {
    const e = thrown(() => assertMayAct(p('applicant'), 'case.register'));
    expect([e.status, e.code]).toEqual([403, 'role_not_allowed']);
    expect(e.message).toBe('The role applicant may not do this.');
    expect(e.details).toEqual({ allowed: ['intake_clerk', 'county_system'] });
    expect(thrown(() => assertMayAct(p('admin'), 'catalog.write')).code).toBe('role_not_allowed');
  });

  it('the window-decision right is needed on top of the clerk role to decide at the window', () => {
    expect(thrown(() => assertMayAct(p('intake_clerk'), 'case.decide_at_window')).code).toBe('no_window_decision');
    expect(() => assertMayAct({ ...p('intake_clerk'), mayDecideAtWindow: true }, 'case.decide_at_window')).not.toThrow();
  });
});
