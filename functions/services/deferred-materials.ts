import { actorOf } from '#domain/case/actor';
import { outstandingDeferred } from '#domain/deferral';
import { bringDeferred, nothingOwed } from '#domain/deferral';
import { unprocessable } from '#domain/errors';
import { checkScan } from '#domain/intake';
import type { Principal } from '#domain/principal';
import { getItemVersion } from '#repositories/item-repository';
import { getUpload } from '#repositories/upload-repository';
import { caseFor } from './case-access';
import { changeCase } from './resume-case';

/**
 * 容缺材料补交 at any window: each scan is checked like any material (uploaded and verified by the
 * clerk, within the item's size limit) and must be a material the case still owes. The audit line
 * issues the applicant's receipt (容缺材料补交回执).
 */
export async function bringDeferredMaterials(caseNumber: string, input: { materials: { code: string; uploadId: string }[] }, principal: Principal, now: Date) {
  const before = await caseFor(caseNumber, principal, 'case.bring_deferred', true);
  // The case keeps the item version it was received under.
  const item = await getItemVersion(before.itemCode, before.itemVersion);
  if (!item) throw new Error(`Item ${before.itemCode} v${before.itemVersion} of case ${caseNumber} is missing`);
  const owed = new Map(outstandingDeferred(before).map((m) => [m.code, m]));
  if (owed.size === 0) throw nothingOwed(caseNumber);
  const uploads = await Promise.all(input.materials.map((m) => getUpload(m.uploadId)));
  const problems: { code: string; problem: string }[] = [];
  const seen = new Set<string>();
  const supplied = input.materials.flatMap((m, i) => {
    const spec = item.materials.find((s) => s.code === m.code);
    if (!spec) problems.push({ code: m.code, problem: `材料${m.code}不在本事项的材料清单中。` });
    else if (seen.has(m.code)) problems.push({ code: m.code, problem: `「${spec.name}」提交了两次。` });
    else if (!owed.has(m.code)) problems.push({ code: m.code, problem: `「${spec.name}」不是本办件待补交的容缺材料。` });
    seen.add(m.code);
    if (!spec || problems.some((p) => p.code === m.code)) return [];
    const checked = checkScan(item, spec, uploads[i], principal.subject);
    if ('problem' in checked) {
      problems.push({ code: m.code, problem: checked.problem });
      return [];
    }
    return [checked];
  });
  if (problems.length > 0) {
    throw unprocessable('intake_invalid', `补交的材料有${problems.length}处问题，请窗口人员更正；本次未登记任何材料。`, { caseNumber, problems });
  }
  return changeCase(caseNumber, principal, 'case.bring_deferred', (current) => bringDeferred(current, supplied, actorOf(principal), now));
}
