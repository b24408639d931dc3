import { applicantKey, applicantNameKey } from '#adapters/personal-data-sealing';
import { requireStaff } from '#domain/access-policy';
import { applicantKindOf, scopeSearch, searchSource, type CaseSearchFilters } from '#domain/case-search';
import type { Principal } from '#domain/principal';
import { searchCases } from '#repositories/case-search-repository';

/**
 * 办件查询: the caller's search scoped by the access policy, the applicant's name and number turned
 * into their keyed hashes, one page of cases in the listing's order, personal data masked.
 */
export async function findCases(principal: Principal, filters: CaseSearchFilters, page: { limit: number; cursor?: string }) {
  const scoped = scopeSearch(requireStaff(principal), filters);
  const who = filters.applicant;
  const [idKey, nameKey] = await Promise.all([
    who?.idNumber ? applicantKey(applicantKindOf(who), who.idNumber) : undefined,
    who?.name ? applicantNameKey(who.name) : undefined,
  ]);
  const found = await searchCases(scoped, searchSource(filters, scoped), { applicantKey: idKey, nameKey }, page);
  return {
    cases: found.hits.map(({ record, light }) => ({
      caseNumber: record.caseNumber,
      itemCode: record.itemCode,
      itemName: record.itemName,
      department: record.department,
      ...(record.coDepartments?.length ? { coDepartments: record.coDepartments } : {}),
      // The case keeps only the masked forms.
      applicant: { kind: record.applicant.kind, name: record.applicant.name, idNumberMasked: record.applicant.idNumberMasked },
      state: record.state,
      receivedAt: record.receivedAt,
      ...(record.promisedBy ? { promisedBy: record.promisedBy } : {}),
      ...(light ? { light } : {}),
    })),
    examined: found.examined,
    ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
  };
}
