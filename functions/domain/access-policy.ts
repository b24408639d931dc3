/**
 * Who may do what (权限): the one access policy. Every HTTP route names one action of this table
 * (functions/manifest.ts takes its roles from here); the services ask the same table whether a
 * principal may act on a given case, ticket or list. No AWS, no I/O.
 *
 * Three rules hold for every action:
 * - the role must be one the action lists;
 * - a principal of a centre (政务服务中心) reads and changes only that centre's data — the
 *   `admin` (county or province level) keeps the shared base list (基本目录) and nothing of a centre;
 * - on a case, an approver needs the department relation the action names (lead department,
 *   or lead or co-department for reading), and a county system must be the one that submitted the
 *   case or the higher authority it was reported to.
 */
import { badRequest, forbidden, notFound } from './errors';

export type Role =
  | 'applicant' // 申请人
  | 'intake_clerk' // 收件窗口 / 综合窗口
  | 'approver' // 后台审批人员
  | 'output_clerk' // 出件窗口
  | 'supervisor' // 政务服务中心 / 电子监察
  | 'county_system' // 一体化平台 / 部门系统
  | 'admin'; // 县级 / 省级管理员: keeps the base list (基本目录) above the centres

export const ROLES: readonly Role[] = ['applicant', 'intake_clerk', 'approver', 'output_clerk', 'supervisor', 'county_system', 'admin'];

/** Staff of a centre: their token must carry the centre (`custom:centre`). */
export const STAFF_ROLES: readonly Role[] = ['intake_clerk', 'approver', 'output_clerk', 'supervisor'];

/** The caller as the policy needs it (a Principal, or the actor of a domain step). */
export interface Caller {
  subject: string;
  role: Role;
  department?: string;
  centre?: string;
  /** An intake clerk authorised to decide 即办件 at the window (`custom:window_decision`). */
  mayDecideAtWindow?: boolean;
}

/** How an approver's department must stand to the case: its lead department, or lead or one of its 联办 co-departments. */
export type DepartmentRelation = 'lead' | 'lead_or_co' | 'co';

/** Which county systems may act on a case: the one that submitted it, the authority it was reported to (上报), or either. */
export type SystemRelation = 'submitter' | 'authority' | 'submitter_or_authority';

export interface AccessRule {
  roles: readonly Role[];
  /** Approvers on a case (default for case actions: `lead`). */
  department?: DepartmentRelation;
  /** County systems on a case (default: `submitter`). */
  system?: SystemRelation;
  /** Only clerks with the window-decision right (即办件 decided on the spot). */
  windowDecision?: true;
}

const CENTRE_STAFF = ['intake_clerk', 'approver', 'output_clerk', 'supervisor'] as const;

/** The policy, keyed by action. */
export const ACCESS_POLICY = {
  // 基本目录: the shared base list, kept above the centres.
  'base_catalog.read': { roles: [...CENTRE_STAFF, 'admin'] },
  'base_catalog.write': { roles: ['admin'] },
  // 实施清单: each centre's implementation list, kept by its own supervisors.
  'catalog.read': { roles: [...CENTRE_STAFF, 'county_system', 'applicant'] },
  'catalog.read_version': { roles: [...CENTRE_STAFF, 'county_system'] },
  'catalog.write': { roles: ['supervisor'] },

  upload: { roles: ['intake_clerk', 'output_clerk', 'approver', 'county_system'] },
  draft: { roles: ['intake_clerk'] },

  // The front desk.
  'case.register': { roles: ['intake_clerk', 'county_system'] },
  'case.decide_at_window': { roles: ['intake_clerk'], windowDecision: true },
  'case.supplement': { roles: ['intake_clerk', 'county_system'] },
  'case.withdraw': { roles: ['intake_clerk', 'county_system'] },
  // 容缺材料补交: at any window of the centre, or by the county system that submitted the case.
  'case.bring_deferred': { roles: ['intake_clerk', 'county_system'], system: 'submitter' },

  // Reading a case and its file.
  'case.read': { roles: [...CENTRE_STAFF, 'county_system'], department: 'lead_or_co', system: 'submitter_or_authority' },
  'case.personal_data': { roles: ['approver', 'output_clerk'], department: 'lead' },
  // 补打: the 材料接收告知单 again, with the query code on it.
  'case.reprint_receipt': { roles: ['intake_clerk', 'output_clerk', 'supervisor'] },
  'queue.read': { roles: ['approver', 'supervisor', 'output_clerk'] },

  // The back office.
  'case.review': { roles: ['approver'], department: 'lead' },
  'case.decide': { roles: ['approver'], department: 'lead' },
  'case.special_procedure': { roles: ['approver'], department: 'lead' },
  'case.extend': { roles: ['approver'], department: 'lead' },
  'case.reassign': { roles: ['approver', 'supervisor'], department: 'lead' },
  'case.co_opinion': { roles: ['approver'], department: 'co' },
  'case.report': { roles: ['approver'], department: 'lead' },
  'case.higher_authority_decision': { roles: ['county_system'], system: 'authority' },

  // The output window.
  'case.output': { roles: ['output_clerk'] },
  'case.receipt': { roles: ['output_clerk', 'county_system'], system: 'submitter' },
  'case.delivery_method': { roles: ['intake_clerk', 'output_clerk'] },
  'case.rate': { roles: ['output_clerk', 'intake_clerk', 'county_system'], system: 'submitter' },

  // The applicant's record (材料复用, 失信).
  'applicant.lookup': { roles: ['intake_clerk', 'supervisor'] },
  'credit_flag.write': { roles: ['supervisor'] },

  // Supervision and the centre's own settings.
  'notifications.read': { roles: ['supervisor', 'output_clerk'] },
  // 统一出件: the centre-wide desk of results to scan, awaiting pickup and mailed.
  'output_desk.read': { roles: ['output_clerk', 'supervisor'] },
  'county_events.manage': { roles: ['supervisor'] },
  'ratings.read': { roles: ['supervisor'] },
  'ticket.open': { roles: ['intake_clerk', 'supervisor'] },
  'ticket.read': { roles: ['supervisor', 'approver'] },
  'ticket.follow_up': { roles: ['supervisor', 'approver'] },
  'ticket.manage': { roles: ['supervisor'] },
  'calendar.read': { roles: ['supervisor', 'intake_clerk', 'approver'] },
  'calendar.write': { roles: ['supervisor'] },
  'warnings.read': { roles: ['supervisor', 'approver'] },
  'statistics.read': { roles: ['supervisor'] },
  'archive.read': { roles: ['supervisor'] },
  // 审计记录: the audit trail of catalog items, calendars, tickets, ratings and credit flags.
  'audit_trail.read': { roles: ['supervisor'] },

  // The hall (大厅, #12): the centre's windows and categories, kept by supervisors; clerks at windows
  // call and serve (the evaluation pad is the window's second screen, signed in as its clerk); the
  // 咨询 desk issues numbers (绿色通道). Kiosk, screen and booking page are public, per centre.
  'hall.read': { roles: ['intake_clerk', 'output_clerk', 'supervisor'] },
  'hall.configure': { roles: ['supervisor'] },
  'hall.tidal': { roles: ['supervisor'] },
  'hall.serve': { roles: ['intake_clerk', 'output_clerk'] },
  'hall.issue': { roles: ['intake_clerk', 'supervisor'] },
  'hall.statistics': { roles: ['supervisor'] },
} as const satisfies Record<string, AccessRule>;

export type Action = keyof typeof ACCESS_POLICY;

const ruleOf = (action: Action): AccessRule => ACCESS_POLICY[action];

/** The roles an action allows: what the manifest gives each route. */
export function rolesOf(action: Action): readonly Role[] {
  return ruleOf(action).roles;
}

export function mayAct(caller: Caller, action: Action): boolean {
  const rule = ruleOf(action);
  return rule.roles.includes(caller.role) && (!rule.windowDecision || caller.mayDecideAtWindow === true);
}

/** The role check every request passes first (the handler runs it with the route's action). */
export function assertMayAct(caller: Caller, action: Action): void {
  if (!rolesOf(action).includes(caller.role)) {
    throw forbidden('role_not_allowed', `The role ${caller.role} may not do this.`, { allowed: rolesOf(action) });
  }
  if (!mayAct(caller, action)) {
    throw forbidden('no_window_decision', 'Your account is not authorised to decide at the window.', { action });
  }
}

/** A principal of a centre, with the centre it acts in. */
export type StaffCaller<C extends Caller = Caller> = C & { centre: string };

/** The centre the caller acts in; refused for a caller that belongs to none (e.g. the admin above the centres). */
export function requireStaff<C extends Caller>(caller: C): StaffCaller<C> {
  if (!caller.centre) throw forbidden('no_centre', 'This needs an account of a service centre; yours belongs to none.', { role: caller.role });
  return caller as StaffCaller<C>;
}

/**
 * Anything owned by one centre (a ticket, a rejected county application, a catalog item): another
 * centre's is answered as if it did not exist, so its existence does not leak either.
 */
export function assertOwnCentre<T extends { centre: string }>(caller: Caller, owned: T | undefined, missing: () => Error): T {
  if (!owned || !caller.centre || owned.centre !== caller.centre) throw missing();
  return owned;
}

/**
 * The department a department-scoped list (queue, tickets, warnings) is read for: an approver's
 * own (403 when they ask for another); for others the one they name, required unless `optional`.
 */
export function departmentScope(caller: Caller, asked: string | undefined, what: string, optional = false): string | undefined {
  if (caller.role === 'approver') {
    if (asked && asked !== caller.department) {
      throw forbidden('other_department', `You may only see the ${what} of ${caller.department}.`, { department: asked });
    }
    return caller.department;
  }
  if (!asked && !optional) throw badRequest('department_required', `Name the department whose ${what} you want (?department=…).`);
  return asked;
}

/** What the policy needs to know of a case. */
export interface CaseScope {
  caseNumber: string;
  centre: string;
  department: string;
  coDepartments?: readonly string[];
  submittedBy: { subject: string };
  report?: { authority: string };
  state?: string;
}

/** 上报件: only the authority the case was reported to decides it. */
export function isReportedTo(caller: Caller, record: CaseScope): boolean {
  return caller.role === 'county_system' && record.state === 'reported' && record.report?.authority === caller.subject;
}

export function assertHigherAuthority(caller: Pick<Caller, 'subject'>, record: CaseScope): void {
  if (record.report?.authority !== caller.subject) {
    throw forbidden('not_the_authority', `Case ${record.caseNumber} was reported to ${record.report?.authority ?? 'no authority'}; only it decides.`, {
      caseNumber: record.caseNumber,
    });
  }
}

function departmentFits(relation: DepartmentRelation, department: string | undefined, record: CaseScope): boolean {
  const lead = department === record.department;
  const co = Boolean(department && record.coDepartments?.includes(department));
  return relation === 'lead' ? lead : relation === 'co' ? co : lead || co;
}

function systemFits(relation: SystemRelation, caller: Caller, record: CaseScope): boolean {
  const submitter = record.submittedBy.subject === caller.subject;
  const authority = record.report?.authority === caller.subject;
  return relation === 'submitter' ? submitter : relation === 'authority' ? authority : submitter || authority;
}

/**
 * May the caller take `action` on this case? Role, centre, then the department or system relation.
 * Refusals: 403 `not_your_case` (another centre, a system that is not the submitter or authority),
 * `other_department` (an approver of an unrelated department), `not_lead_department` (a
 * co-department on the lead's step), `personal_data_restricted`.
 */
export function assertMayActOnCase(caller: Caller, action: Action, record: CaseScope): void {
  const rule = ruleOf(action);
  const refuse = () => forbidden('not_your_case', `You may not see case ${record.caseNumber}.`, { caseNumber: record.caseNumber });
  if (!rule.roles.includes(caller.role)) {
    if (action === 'case.personal_data') throw personalDataRestricted(caller, record);
    throw forbidden('role_not_allowed', `The role ${caller.role} may not do this.`, { allowed: rule.roles });
  }
  if (caller.role === 'county_system') {
    if (!systemFits(rule.system ?? 'submitter', caller, record)) {
      if (action === 'case.higher_authority_decision') assertHigherAuthority(caller, record);
      throw refuse();
    }
    return;
  }
  const sameCentre = Boolean(caller.centre) && caller.centre === record.centre;
  if (caller.role === 'approver') {
    const relation = rule.department ?? 'lead';
    // Seeing the case at all needs the centre and a lead or co-department; acting needs the action's relation.
    if (!sameCentre || !departmentFits('lead_or_co', caller.department, record)) {
      if (action === 'case.personal_data') throw personalDataRestricted(caller, record);
      throw forbidden('other_department', `Case ${record.caseNumber} belongs to ${record.department} of centre ${record.centre}, not to your department.`, {
        caseNumber: record.caseNumber,
      });
    }
    if (!departmentFits(relation, caller.department, record)) {
      if (action === 'case.personal_data') throw personalDataRestricted(caller, record);
      if (relation === 'co') {
        throw forbidden('not_co_department', `Case ${record.caseNumber} asks no opinion of ${caller.department}.`, { caseNumber: record.caseNumber });
      }
      throw forbidden('not_lead_department', `Case ${record.caseNumber} is handled by ${record.department}; your department gives its opinion only.`, {
        caseNumber: record.caseNumber,
      });
    }
    return;
  }
  if (!sameCentre) {
    if (action === 'case.personal_data') throw personalDataRestricted(caller, record);
    throw refuse();
  }
}

export function mayActOnCase(caller: Caller, action: Action, record: CaseScope): boolean {
  try {
    assertMayActOnCase(caller, action, record);
    return true;
  } catch {
    return false;
  }
}

function personalDataRestricted(caller: Caller, record: CaseScope) {
  return forbidden(
    'personal_data_restricted',
    'Full names and identity numbers are shown only to the department’s approvers and the output window; everyone else sees them masked.',
    { caseNumber: record.caseNumber, role: caller.role },
  );
}

/** 404 for a case number the caller's lookup found nothing under. */
export const caseNotFound = (caseNumber: string) => notFound('case_not_found', `There is no case ${caseNumber}.`, { caseNumber });
