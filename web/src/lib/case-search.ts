import type { paths } from '../api/schema';

/** 办件查询's request body, as the API takes it. */
export type CaseSearchBody = NonNullable<paths['/cases/search']['post']['requestBody']>['content']['application/json'];

/** What the search form holds: texts as typed, days as YYYY-MM-DD. */
export interface CaseSearchForm {
  caseNumber?: string;
  applicantName?: string;
  idNumber?: string;
  itemCode?: string;
  department?: string;
  state?: CaseSearchBody['state'];
  received?: [string, string];
  light?: 'yellow' | 'red';
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The body for the form: blanks left out, the identity number upper-cased, the applicant's name and
 * number together under `applicant` (in the body, never in the address bar).
 */
export function searchBody(form: CaseSearchForm, page: { limit: number; cursor?: string }): CaseSearchBody {
  const name = text(form.applicantName);
  const idNumber = text(form.idNumber)?.toUpperCase();
  const body: CaseSearchBody = { limit: page.limit };
  const caseNumber = text(form.caseNumber);
  if (caseNumber) body.caseNumber = caseNumber;
  if (name || idNumber) body.applicant = { ...(name ? { name } : {}), ...(idNumber ? { idNumber } : {}) };
  const itemCode = text(form.itemCode);
  if (itemCode) body.itemCode = itemCode;
  const department = text(form.department);
  if (department) body.department = department;
  if (form.state) body.state = form.state;
  if (form.received) [body.receivedFrom, body.receivedTo] = form.received;
  if (form.light) body.light = form.light;
  if (page.cursor) body.cursor = page.cursor;
  return body;
}
