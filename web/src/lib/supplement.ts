/** 补正 at the window: what the applicant was asked to bring, and the request once every item is scanned. */
export interface Problem {
  code: string;
  name: string;
  problem: string;
}

interface CorrectableCase {
  state: string;
  correction?: { problems: Problem[]; resolvedAt?: string };
  supplementRequest?: { problems: Problem[]; dueDate: string; suppliedAt?: string };
}

/**
 * The problems to clear: the back office's 补正 notice while the case waits for it, or the window's
 * own 一次性告知 while an incomplete application waits for its materials; nothing otherwise.
 */
export function problemsToSupply(
  view: CorrectableCase,
): { problems: Problem[]; dueDate?: string; source: 'back_office' | 'window' } | undefined {
  if (view.state === 'supplement_requested' && view.supplementRequest && !view.supplementRequest.suppliedAt) {
    return { problems: view.supplementRequest.problems, dueDate: view.supplementRequest.dueDate, source: 'back_office' };
  }
  if (view.state === 'incomplete' && view.correction && !view.correction.resolvedAt)
    return { problems: view.correction.problems, source: 'window' };
  return undefined;
}

/** The POST /cases/{caseNumber}/supplement body, or what is still to be scanned (one line per material). */
export function supplementBody(
  problems: Problem[],
  scans: Record<string, string | undefined>,
): { materials: { code: string; uploadId: string }[]; defects: [] } | { missing: string[] } {
  // One material may be listed with several problems; it is scanned once.
  const codes = [...new Map(problems.map((p) => [p.code, p.name])).entries()];
  const missing = codes.filter(([code]) => !scans[code]).map(([, name]) => `${name}尚未扫描`);
  if (missing.length) return { missing };
  return { materials: codes.map(([code]) => ({ code, uploadId: scans[code]! })), defects: [] };
}
