/** Who acts on a case: a person of the centre, a county system, or the workflow itself. */
import type { Role } from '#domain/access-policy';
import type { Principal } from '#domain/principal';

export interface Actor {
  subject: string;
  name: string;
  role: Role | 'system';
  department?: string;
}

export const WORKFLOW_ACTOR: Actor = { subject: 'workflow', name: 'OneWindow case workflow', role: 'system' };

export function actorOf(principal: Principal): Actor {
  return { subject: principal.subject, name: principal.name, role: principal.role, department: principal.department };
}
