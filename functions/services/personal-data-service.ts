import { open } from '#adapters/personal-data-sealing';
import type { CaseRecord } from '#domain/case/records';
import type { PersonalData, Sealed } from '#domain/personal-data';
import { recordPersonalDataAccess } from '#repositories/case-repository';

export interface Reader {
  subject: string;
  name: string;
  role: string;
  department?: string;
}

/** Opens a case's sealed personal data, recorded first: a reading that cannot be recorded does not happen. */
export async function openRecorded(record: Pick<CaseRecord, 'caseNumber'> & { personalData: Sealed }, reader: Reader, at: Date): Promise<PersonalData> {
  await recordPersonalDataAccess({
    caseNumber: record.caseNumber,
    at: at.toISOString(),
    subject: reader.subject,
    name: reader.name,
    role: reader.role,
    ...(reader.department ? { department: reader.department } : {}),
  });
  return open<PersonalData>(record.personalData);
}
