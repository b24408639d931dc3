import type { paths } from '../../api/schema';

export type CaseView = paths['/cases/{caseNumber}']['get']['responses'][200]['content']['application/json'];
export type PersonalData = paths['/cases/{caseNumber}/personal-data']['get']['responses'][200]['content']['application/json'];
