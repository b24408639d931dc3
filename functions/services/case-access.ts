import { assertMayActOnCase, caseNotFound, type Action } from '#domain/access-policy';
import type { CaseRecord } from '#domain/case/records';
import type { Principal } from '#domain/principal';
import { getCase } from '#repositories/case-repository';

/**
 * The case a principal asks for, if the access policy lets them take `action` on it: 404 when there
 * is no such case, 403 when it is another centre's, department's or system's. `consistent` reads
 * the latest write (before a change).
 */
export async function caseFor(caseNumber: string, principal: Principal, action: Action, consistent = false): Promise<CaseRecord> {
  const record = await getCase(caseNumber, consistent);
  if (!record) throw caseNotFound(caseNumber);
  assertMayActOnCase(principal, action, record);
  return record;
}
