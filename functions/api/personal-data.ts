import { notFound } from '../domain/errors';
import { assertMaySeePersonalData } from '../domain/personal-data';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { openRecorded } from '../workflow/personal-data';

export const handler = httpHandler({
  'GET /cases/{caseNumber}/personal-data': async ({ path, principal, now }) => {
    const record = await getCase(path.caseNumber);
    if (!record) throw notFound('case_not_found', `There is no case ${path.caseNumber}.`, { caseNumber: path.caseNumber });
    assertMaySeePersonalData(principal, record);
    if (!record.personalData) {
      throw notFound('no_personal_data', `Case ${record.caseNumber} was registered before identities were kept encrypted; only the masked values exist.`, {
        caseNumber: record.caseNumber,
      });
    }
    const data = await openRecorded({ caseNumber: record.caseNumber, personalData: record.personalData }, principal, now);
    return { body: { caseNumber: record.caseNumber, ...data }, headers: { 'cache-control': 'no-store' } };
  },
});
