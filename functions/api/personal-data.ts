import { open } from '../adapters/personal-data';
import { notFound } from '../domain/errors';
import { assertMaySeePersonalData, type PersonalData } from '../domain/personal-data';
import { httpHandler } from '../http/handler';
import { getCase, recordPersonalDataAccess } from '../repositories/case-repository';

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
    // Recorded before it is shown: a reading that cannot be recorded does not happen.
    await recordPersonalDataAccess({
      caseNumber: record.caseNumber,
      at: now.toISOString(),
      subject: principal.subject,
      name: principal.name,
      role: principal.role,
      department: principal.department,
    });
    const data = await open<PersonalData>(record.personalData);
    return { body: { caseNumber: record.caseNumber, ...data }, headers: { 'cache-control': 'no-store' } };
  },
});
