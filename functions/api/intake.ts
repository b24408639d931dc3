import { actorOf } from '#domain/case/actor';
import { publicView } from '#http/case-view';
import { withdrawCase } from '#domain/case/registration';
import type { CaseRecord } from '#domain/case/records';
import { queryCodeFor } from '#domain/progress';
import { badRequest } from '#domain/errors';
import { httpHandler, type Reply } from '#http/handler';
import { receiveApplication, requestHash } from '#services/intake-service';
import { getCase, saveTransition } from '#repositories/case-repository';
import { refuseIfArchived } from '#services/archived-guard';
import { caseFor } from '#services/case-access';

/** The registering clerk hands the applicant the query code for 办件进度查询, with the receipt. */
const withQueryCode = (record: CaseRecord) => ({
  ...publicView(record),
  ...(record.applicantKey ? { queryCode: queryCodeFor(record.applicantKey, record.caseNumber) } : {}),
});

export const handler = httpHandler({
  'POST /cases': async ({ body, principal, headers, now }): Promise<Reply> => {
    const key = headers['idempotency-key'];
    if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw badRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 200 visible ASCII characters.');
    }
    const result = await receiveApplication(body, principal, now, key ? { scope: principal.subject, key, requestHash: requestHash(body) } : undefined);
    if (result.kind === 'created') {
      return { status: 201, body: withQueryCode(result.record), headers: { location: `/cases/${result.record.caseNumber}` } };
    }
    const record = await getCase(result.caseNumber, true);
    if (!record) throw new Error(`Idempotency record points at missing case ${result.caseNumber}`);
    return { status: 200, body: withQueryCode(record), headers: { location: `/cases/${result.caseNumber}`, 'idempotent-replayed': 'true' } };
  },

  'POST /cases/{caseNumber}/withdraw': async ({ path, body, principal, now }) => {
    const before = await caseFor(path.caseNumber, principal, 'case.withdraw', true);
    const withdraw = (current: CaseRecord) => withdrawCase(current, body.reason, actorOf(principal), now);
    await refuseIfArchived(before, principal, withdraw);
    const transition = withdraw(before);
    // The workflow is stopped from the table stream (case-events), retried until it is.
    await saveTransition(before, transition);
    return { body: publicView(transition.record) };
  },
});
