/** Who is signed in, read from the ID token's claims (the same claims the API authorises with). */
export type StaffRole = 'intake_clerk' | 'approver' | 'output_clerk' | 'supervisor';

export interface Session {
  subject: string;
  name: string;
  role: StaffRole;
  department?: string;
  centre?: string;
  mayDecideAtWindow: boolean;
}

const STAFF: readonly StaffRole[] = ['intake_clerk', 'approver', 'output_clerk', 'supervisor'];

/** Each role's own screen. */
export const ROLE_HOME: Record<StaffRole, { path: string; title: string }> = {
  intake_clerk: { path: '/intake', title: '收件窗口' },
  approver: { path: '/back-office', title: '后台审批' },
  output_clerk: { path: '/output', title: '出件窗口' },
  supervisor: { path: '/supervisor', title: '监察 / 中心管理' },
};

/** Cognito puts groups in an array; API Gateway flattens it to `[a b]` — accept both. */
function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string')
    return value
      .replace(/^\[|\]$/g, '')
      .split(/[,\s]+/)
      .filter(Boolean);
  return [];
}

export function sessionFromClaims(claims: Record<string, unknown>): Session | undefined {
  const role = STAFF.find((r) => groupsOf(claims['cognito:groups']).includes(r));
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!role || !subject) return undefined;
  const text = (key: string) => (typeof claims[key] === 'string' && claims[key] ? (claims[key] as string) : undefined);
  return {
    subject,
    name: text('name') ?? subject,
    role,
    department: text('custom:department'),
    centre: text('custom:centre'),
    mayDecideAtWindow: role === 'intake_clerk' && claims['custom:window_decision'] === 'true',
  };
}
