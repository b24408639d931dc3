import type { CaseMaterial } from './case';
import { unprocessable } from './errors';
import { isValidCitizenId, isValidCreditCode } from './identity';
import type { ServiceItem } from './item';
import type { Upload } from './upload';

/** Negative-list items (负面清单) are not taken at the comprehensive window: say where to go instead. */
export function assertWindowMayAccept(item: ServiceItem): void {
  if (item.negativeList) {
    throw unprocessable(
      'negative_list_item',
      `「${item.name}」is not handled at the comprehensive window. Please go to ${item.departmentWindow ?? `the ${item.department} window`}.`,
      { itemCode: item.implementationCode, department: item.department, departmentWindow: item.departmentWindow ?? null },
    );
  }
}

export function assertValidIdNumber(kind: 'person' | 'legal_person', idNumber: string): void {
  const ok = kind === 'person' ? isValidCitizenId(idNumber) : isValidCreditCode(idNumber);
  if (!ok) {
    throw unprocessable(
      'invalid_id_number',
      kind === 'person'
        ? 'The citizen ID number is not valid (GB 11643: 18 characters, birth date and check digit). Check it against the ID card.'
        : 'The unified social credit code is not valid (GB 32100: 18 characters and check character). Check it against the business licence.',
      { field: 'applicant.idNumber' },
    );
  }
}

export interface SubmittedMaterial {
  code: string;
  uploadId: string;
}

/**
 * Matches submitted scans to the item's checklist. Every problem is collected and reported at once,
 * so the clerk can fix them all in one go (一次性告知).
 */
export function reviewMaterials(
  item: ServiceItem,
  submitted: SubmittedMaterial[],
  uploads: Map<string, Upload | undefined>,
  submitter: string,
): CaseMaterial[] {
  const problems: { code: string; problem: string }[] = [];
  const byCode = new Map(item.materials.map((m) => [m.code, m]));
  const seen = new Set<string>();
  const accepted: CaseMaterial[] = [];
  for (const s of submitted) {
    const spec = byCode.get(s.code);
    const upload = uploads.get(s.uploadId);
    if (!spec) problems.push({ code: s.code, problem: `Material ${s.code} is not on the checklist of this item.` });
    else if (seen.has(s.code)) problems.push({ code: s.code, problem: `Material 「${spec.name}」 was submitted twice.` });
    else if (!upload) problems.push({ code: s.code, problem: `The scan for 「${spec.name}」 was not found; upload it again.` });
    else if (upload.createdBy !== submitter) problems.push({ code: s.code, problem: `The scan for 「${spec.name}」 was uploaded by someone else.` });
    else if (upload.status !== 'verified') problems.push({ code: s.code, problem: `The scan for 「${spec.name}」 has not been checked yet; complete the upload first.` });
    else {
      accepted.push({ code: spec.code, name: spec.name, objectKey: upload.objectKey, sha256: upload.sha256, size: upload.size, contentType: upload.contentType });
    }
    seen.add(s.code);
  }
  for (const spec of item.materials) {
    if (spec.required && !seen.has(spec.code)) problems.push({ code: spec.code, problem: `Required material 「${spec.name}」 is missing.` });
  }
  if (problems.length > 0) {
    throw unprocessable('materials_incomplete', `${problems.length} material problem(s) must be fixed before the case can be registered.`, {
      problems,
    });
  }
  return accepted;
}
