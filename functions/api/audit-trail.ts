import { visibleAuditLines, type AuditLine } from '#domain/audit-trail';
import { assertValidIdNumber } from '#domain/intake';
import { httpHandler } from '#http/handler';
import { AUDIT_TRAIL_ROUTES } from '#manifest';
import { AUDIT_TRAIL_CONTRACT } from '#http/contracts/audit-trail';
import { listAuditLines, listCreditFlagLines } from '#repositories/audit-repository';

/** The only reader of the audit trail; the functions that add lines cannot read them. */
const view = ({ at, action, actor, centre, details }: AuditLine) => ({ at, action, actor, ...(centre ? { centre } : {}), details });

export const handler = httpHandler(AUDIT_TRAIL_ROUTES, AUDIT_TRAIL_CONTRACT, {
  'GET /audit-trail/{subject}/{subjectId}': async ({ path, principal }) => {
    const lines = visibleAuditLines(principal, await listAuditLines(path.subject, path.subjectId));
    return { body: { subject: path.subject, subjectId: path.subjectId, lines: lines.map(view) }, headers: { 'cache-control': 'no-store' } };
  },

  'POST /credit-flags/history': async ({ body, principal }) => {
    assertValidIdNumber(body.kind, body.idNumber);
    const lines = visibleAuditLines(principal, await listCreditFlagLines(body.kind, body.idNumber));
    return { body: { lines: lines.map(view) }, headers: { 'cache-control': 'no-store' } };
  },
});
