import { actorOf } from '#domain/case/actor';
import { publicView } from '#http/case-view';
import { withdrawCase } from '#domain/case/registration';
import type { CaseRecord } from '#domain/case/records';
import { queryCodeFor } from '#domain/progress';
import { badRequest } from '#domain/errors';
import { INTAKE_CONTRACT } from '#http/contracts/intake';
import { httpHandler, type Reply } from '#http/handler';
import { INTAKE_ROUTES } from '#manifest';
import { receiveApplication, requestHash } from '#services/intake-service';
import { getCase } from '#repositories/case-repository';
import { changeCase } from '#services/resume-case';

/** The registering clerk hands the applicant the query code for 办件进度查询, with the receipt. */
const withQueryCode = (record: CaseRecord) => ({
  ...publicView(record),
  ...(record.applicantKey ? { queryCode: queryCodeFor(record.applicantKey, record.caseNumber) } : {}),
});

export const handler = httpHandler(INTAKE_ROUTES, INTAKE_CONTRACT, {
  'POST /cases': async ({ body, principal, headers, now }): Promise<Reply> => {
    const key = headers['idempotency-key'];
    if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw badRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 200 visible ASCII characters.');
    }
    const result = await receiveApplication(
      body,
      principal,
      now,
      key ? { scope: principal.subject, key, requestHash: requestHash(body) } : undefined,
    );
    if (result.kind === 'created') {
      return { status: 201, body: withQueryCode(result.record), headers: { location: `/cases/${result.record.caseNumber}` } };
    }
    const record = await getCase(result.caseNumber, true);
    if (!record) throw new Error(`Idempotency record points at missing case ${result.caseNumber}`);
    return {
      status: 200,
      body: withQueryCode(record),
      headers: { location: `/cases/${result.caseNumber}`, 'idempotent-replayed': 'true' },
    };
  },

  // The workflow may move the case meanwhile (转办 to the department): the withdrawal is applied again
  // to the case as it is then, so the applicant's withdrawal goes through. The workflow is stopped from
  // the table stream (case-events), retried until it is.
  'POST /cases/{caseNumber}/withdraw': async ({ path, body, principal, now }) => ({
    body: await changeCase(path.caseNumber, principal, 'case.withdraw', (current) =>
      withdrawCase(current, body.reason, actorOf(principal), now),
    ),
  }),
});
