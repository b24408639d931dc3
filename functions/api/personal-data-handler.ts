import { notFound } from '#domain/errors';
import { httpHandler } from '#http/handler';
import { PERSONAL_DATA_ROUTES } from '#manifest';
import { PERSONAL_DATA_CONTRACT } from '#http/contracts/personal-data-contract';
import { caseFor } from '#services/case-access';
import { openRecorded } from '#services/personal-data-service';

export const handler = httpHandler(PERSONAL_DATA_ROUTES, PERSONAL_DATA_CONTRACT, {
  'GET /cases/{caseNumber}/personal-data': async ({ path, principal, now }) => {
    const record = await caseFor(path.caseNumber, principal, 'case.personal_data');
    if (!record.personalData) {
      throw notFound(
        'no_personal_data',
        `Case ${record.caseNumber} was registered before identities were kept encrypted; only the masked values exist.`,
        {
          caseNumber: record.caseNumber,
        },
      );
    }
    const data = await openRecorded({ caseNumber: record.caseNumber, personalData: record.personalData }, principal, now);
    return { body: { caseNumber: record.caseNumber, ...data }, headers: { 'cache-control': 'no-store' } };
  },
});
