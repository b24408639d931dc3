import { ROLES, STAFF_ROLES, type Role } from './access-policy';
import { forbidden, unauthorized } from './errors';

/** Who is calling, as read from a verified token. */
export interface Principal {
  subject: string;
  name: string;
  role: Role;
  /** 部门: set for staff bound to a department (approvers, and optionally clerks). */
  department?: string;
  /** 政务服务中心 code: set for staff. */
  centre?: string;
  /** An intake clerk authorised to decide 即办件 on the spot. */
  mayDecideAtWindow?: boolean;
}

/** Claim names: Cognito ID tokens carry groups and custom attributes under these names. */
export const CLAIMS = {
  groups: 'cognito:groups',
  department: 'custom:department',
  centre: 'custom:centre',
  windowDecision: 'custom:window_decision',
  name: 'name',
} as const;

/** Turns verified token claims into a principal; staff must carry a centre, approvers a department. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!subject) throw unauthorized('The token has no subject (sub).');
  const rawGroups = claims[CLAIMS.groups];
  // API Gateway passes an array claim as one string, `[a b]`.
  const groups = Array.isArray(rawGroups)
    ? rawGroups
    : typeof rawGroups === 'string'
      ? rawGroups
          .replace(/^\[|\]$/g, '')
          .split(/[,\s]+/)
          .filter(Boolean)
      : [];
  const role = ROLES.find((r) => groups.includes(r));
  if (!role) {
    throw forbidden('no_role', 'Your account has no OneWindow role. Ask the centre administrator to assign one.', {
      groups,
    });
  }
  const department = typeof claims[CLAIMS.department] === 'string' ? (claims[CLAIMS.department] as string) : undefined;
  const centre = typeof claims[CLAIMS.centre] === 'string' ? (claims[CLAIMS.centre] as string) : undefined;
  if (STAFF_ROLES.includes(role) && !centre) {
    throw forbidden('no_centre', 'Staff accounts must belong to a service centre.', { role });
  }
  if (role === 'approver' && !department) {
    throw forbidden('no_department', 'Back-office approvers must belong to a department.', { role });
  }
  const name = typeof claims[CLAIMS.name] === 'string' ? (claims[CLAIMS.name] as string) : subject;
  const mayDecideAtWindow = role === 'intake_clerk' && claims[CLAIMS.windowDecision] === 'true';
  return {
    subject,
    name,
    role,
    department: department || undefined,
    centre: centre || undefined,
    ...(mayDecideAtWindow ? { mayDecideAtWindow } : {}),
  };
}
