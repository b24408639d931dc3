import { describe, expect, it } from 'vitest';
import {
  ACCESS_POLICY,
  assertMayAct,
  assertMayActOnCase,
  assertOwnCentre,
  departmentScope,
  mayAct,
  requireStaff,
  rolesOf,
  type Action,
  type Caller,
} from '#domain/access-policy';
import { notFound } from '#domain/errors';
import { ALL_ROUTES } from '#manifest';
import { thrown } from './fixtures';

const CASE = {
  caseNumber: 'HZ202603020001',
  centre: 'HZ',
  department: '人社局',
  coDepartments: ['民政局'],
  submittedBy: { subject: 'county-platform' },
  state: 'accepted',
};
const REPORTED = { ...CASE, state: 'reported', report: { authority: 'province-authority' } };
const caller = (role: Caller['role'], extra: Partial<Caller> = {}): Caller => ({ subject: `${role}-1`, role, centre: 'HZ', ...extra });
const code = (c: Caller, action: Action, record = CASE) => {
  try {
    assertMayActOnCase(c, action, record);
    return 'ok';
  } catch (error) {
    return thrown(() => {
      throw error;
    }).code;
  }
};

describe('the manifest takes every route’s roles from the access policy', () => {
  it('each route names an action of the policy (or is public) and allows exactly its roles', () => {
    for (const route of ALL_ROUTES) {
      if (route.action === 'public') {
        expect(route.access).toBe('public');
        continue;
      }
      expect(Object.keys(ACCESS_POLICY)).toContain(route.action);
      expect(route.access).toEqual(ACCESS_POLICY[route.action].roles);
    }
  });

  it('spelled out for the routes the centre’s data hangs on', () => {
    const roles = (key: string) => ALL_ROUTES.find((r) => `${r.method} ${r.path}` === key)?.access;
    expect(roles('POST /items')).toEqual(['supervisor']);
    expect(roles('POST /items/import')).toEqual(['supervisor']);
    expect(roles('POST /credit-flags')).toEqual(['supervisor']);
    expect(roles('POST /cases/{caseNumber}/review')).toEqual(['approver']);
    expect(roles('POST /cases/{caseNumber}/higher-authority-decision')).toEqual(['county_system']);
    expect(roles('GET /cases/{caseNumber}/personal-data')).toEqual(['approver', 'output_clerk']);
    expect(roles('GET /health')).toBe('public');
  });

  it('the admin above the centres reaches the base list (基本目录) only: it keeps no centre’s data', () => {
    const adminRoutes = ALL_ROUTES.filter((r) => r.access !== 'public' && r.access.includes('admin')).map((r) => `${r.method} ${r.path}`);
    expect(adminRoutes).toEqual(['GET /base-items', 'PUT /base-items/{basicCode}']);
    expect(rolesOf('base_catalog.write')).toEqual(['admin']);
  });
});

describe('the centre', () => {
  it('staff of another centre neither read nor act on a case', () => {
    for (const role of ['intake_clerk', 'output_clerk', 'supervisor'] as const) {
      expect(code(caller(role), 'case.read')).toBe('ok');
      expect(code(caller(role, { centre: 'XX' }), 'case.read')).toBe('not_your_case');
    }
    expect(code(caller('supervisor', { centre: 'XX' }), 'case.reassign')).toBe('not_your_case');
    expect(code(caller('approver', { centre: 'XX', department: '人社局' }), 'case.decide')).toBe('other_department');
    expect(code(caller('output_clerk', { centre: 'XX' }), 'case.personal_data')).toBe('personal_data_restricted');
  });

  it('requireStaff gives the centre, and refuses an account of none', () => {
    expect(requireStaff(caller('supervisor')).centre).toBe('HZ');
    const e = thrown(() => requireStaff({ subject: 'a', role: 'admin' }));
    expect([e.status, e.code]).toEqual([403, 'no_centre']);
  });

  it('another centre’s ticket, item or rejection is answered as missing', () => {
    const missing = () => notFound('ticket_not_found', 'There is no ticket t.');
    expect(assertOwnCentre(caller('supervisor'), { centre: 'HZ', id: 't' }, missing)).toEqual({ centre: 'HZ', id: 't' });
    expect(thrown(() => assertOwnCentre(caller('supervisor', { centre: 'XX' }), { centre: 'HZ' }, missing)).status).toBe(404);
    expect(thrown(() => assertOwnCentre(caller('supervisor'), undefined, missing)).code).toBe('ticket_not_found');
    expect(thrown(() => assertOwnCentre({ subject: 'a', role: 'admin' }, { centre: 'HZ' }, missing)).status).toBe(404);
  });
});

describe('the department relation', () => {
  const lead = caller('approver', { department: '人社局' });
  const co = caller('approver', { department: '民政局' });
  const other = caller('approver', { department: '公安局' });

  it('reading needs the lead or a co-department', () => {
    expect([code(lead, 'case.read'), code(co, 'case.read'), code(other, 'case.read')]).toEqual(['ok', 'ok', 'other_department']);
  });

  it('the lead’s steps need the lead department; a co-department only gives its opinion', () => {
    for (const action of ['case.review', 'case.decide', 'case.special_procedure', 'case.extend', 'case.report', 'case.reassign'] as const) {
      expect([action, code(lead, action), code(co, action), code(other, action)]).toEqual([
        action,
        'ok',
        'not_lead_department',
        'other_department',
      ]);
    }
    expect([code(lead, 'case.co_opinion'), code(co, 'case.co_opinion')]).toEqual(['not_co_department', 'ok']);
  });

  it('full identities only for the lead department and the output window', () => {
    expect([code(lead, 'case.personal_data'), code(co, 'case.personal_data'), code(caller('output_clerk'), 'case.personal_data')]).toEqual([
      'ok',
      'personal_data_restricted',
      'ok',
    ]);
    expect(code(caller('supervisor'), 'case.personal_data')).toBe('personal_data_restricted');
  });

  it('department-scoped lists: an approver’s own, others name one', () => {
    expect(departmentScope(lead, undefined, 'queue')).toBe('人社局');
    expect(departmentScope(lead, '人社局', 'queue')).toBe('人社局');
    expect(thrown(() => departmentScope(lead, '公安局', 'queue')).code).toBe('other_department');
    expect(departmentScope(caller('supervisor'), '公安局', 'queue')).toBe('公安局');
    expect(thrown(() => departmentScope(caller('supervisor'), undefined, 'queue'))).toMatchObject({
      status: 400,
      code: 'department_required',
    });
    expect(departmentScope(caller('supervisor'), undefined, 'warnings', true)).toBeUndefined();
  });
});

describe('county systems and the higher authority', () => {
  const submitter = { subject: 'county-platform', role: 'county_system' as const };
  const authority = { subject: 'province-authority', role: 'county_system' as const };

  it('a system reads the cases it submitted, in any centre, and the ones reported to it', () => {
    expect(code(submitter, 'case.read')).toBe('ok');
    expect(code({ ...submitter, centre: 'XX' }, 'case.read')).toBe('ok');
    expect(code(authority, 'case.read')).toBe('not_your_case');
    expect(code(authority, 'case.read', REPORTED)).toBe('ok');
  });

  it('only the authority a case was reported to decides it', () => {
    expect(code(authority, 'case.higher_authority_decision', REPORTED)).toBe('ok');
    expect(code(submitter, 'case.higher_authority_decision', REPORTED)).toBe('not_the_authority');
    expect(code({ subject: 'other-authority', role: 'county_system' }, 'case.higher_authority_decision', REPORTED)).toBe(
      'not_the_authority',
    );
  });
});

describe('what a refusal tells the caller', () => {
  const refusal = (fn: () => unknown) => {
    const error = thrown(fn);
    return { code: error.code, status: error.status, details: error.details };
  };

  it('a system acts on what it submitted only: the authority a case was reported to neither rates it nor brings materials', () => {
    const authority = { subject: 'province-authority', role: 'county_system' as const };
    expect(code(authority, 'case.rate', REPORTED)).toBe('not_your_case');
    expect(code(authority, 'case.bring_deferred', REPORTED)).toBe('not_your_case');
    expect(refusal(() => assertMayActOnCase(authority, 'case.rate', REPORTED))).toEqual({
      code: 'not_your_case',
      status: 403,
      details: { caseNumber: 'HZ202603020001' },
    });
  });

  it('names the roles allowed, the department asked for, the case, or the caller’s role', () => {
    expect(refusal(() => assertMayActOnCase(caller('intake_clerk'), 'case.decide', CASE))).toEqual({
      code: 'role_not_allowed',
      status: 403,
      details: { allowed: ['approver'] },
    });
    expect(refusal(() => assertMayActOnCase(caller('approver', { department: '公安局' }), 'case.read', CASE))).toEqual({
      code: 'other_department',
      status: 403,
      details: { caseNumber: 'HZ202603020001' },
    });
    expect(refusal(() => assertMayActOnCase(caller('approver', { department: '人社局' }), 'case.co_opinion', CASE))).toEqual({
      code: 'not_co_department',
      status: 403,
      details: { caseNumber: 'HZ202603020001' },
    });
    expect(refusal(() => assertMayActOnCase(caller('approver', { department: '民政局' }), 'case.decide', CASE))).toEqual({
      code: 'not_lead_department',
      status: 403,
      details: { caseNumber: 'HZ202603020001' },
    });
    expect(refusal(() => assertMayActOnCase(caller('intake_clerk'), 'case.personal_data', CASE))).toEqual({
      code: 'personal_data_restricted',
      status: 403,
      details: { caseNumber: 'HZ202603020001', role: 'intake_clerk' },
    });
    expect(refusal(() => departmentScope(caller('approver', { department: '人社局' }), '民政局', 'queue'))).toEqual({
      code: 'other_department',
      status: 403,
      details: { department: '民政局' },
    });
    expect(refusal(() => requireStaff({ subject: 'root', role: 'admin' }))).toEqual({
      code: 'no_centre',
      status: 403,
      details: { role: 'admin' },
    });
    expect(refusal(() => assertMayAct(caller('intake_clerk'), 'case.decide_at_window'))).toEqual({
      code: 'no_window_decision',
      status: 403,
      details: { action: 'case.decide_at_window' },
    });
  });
});

describe('the window-decision right', () => {
  it('decides 即办件 at the window only with custom:window_decision', () => {
    expect(mayAct(caller('intake_clerk'), 'case.decide_at_window')).toBe(false);
    expect(mayAct(caller('intake_clerk', { mayDecideAtWindow: true }), 'case.decide_at_window')).toBe(true);
    expect(mayAct(caller('supervisor', { mayDecideAtWindow: true }), 'case.decide_at_window')).toBe(false);
  });
});
