import type { CaseMaterial } from './case/application';
import type { ServiceItem } from './item';

/**
 * What the centre keeps about an applicant across cases, keyed by the applicant key (an HMAC of the
 * identity number, never the number itself): materials already checked against their originals,
 * which need not be brought again (材料复用, 国办函〔2016〕108号 trust level B), and a credit flag.
 */
export interface ReusableMaterial extends CaseMaterial {
  /** The case whose intake checked this material against its original. */
  caseNumber: string;
  /** The centre whose window checked it: reuse stays within that centre (absent: checked before centres were told apart). */
  centre?: string;
  verifiedAt: string;
  itemCode: string;
}

/** 失信 warning: while it stands, 容缺 (accepting with materials missing) is refused. */
export interface CreditFlag {
  reason: string;
  /** Who reported it: e.g. 信用中国, 法院失信被执行人名单, the centre itself. */
  source: string;
  flaggedAt: string;
  flaggedBy: string;
  clearedAt?: string;
  clearedBy?: string;
  clearReason?: string;
}

/**
 * 容缺承诺未履行 on the applicant's record: a case whose deferred material was not brought by its due
 * day. Supervisors see it when they look the applicant up, to decide on a credit flag.
 */
export interface MissedCommitmentEntry {
  caseNumber: string;
  itemCode: string;
  itemName: string;
  materials: { code: string; name: string; dueDate: string }[];
  recordedAt: string;
}

export const isActive = (flag: CreditFlag | undefined): boolean => Boolean(flag && !flag.clearedAt);

/**
 * Materials this registration checked against their originals (the checklist asks for at least one
 * original): these may be reused by the same applicant later. Reused ones keep their first provenance.
 */
export function verifiedOriginals(item: ServiceItem, materials: CaseMaterial[], caseNumber: string, at: Date): ReusableMaterial[] {
  const originals = new Set(item.materials.filter((m) => m.originals > 0).map((m) => m.code));
  return materials
    .filter((m) => originals.has(m.code) && !m.reusedFrom)
    .map((m) => ({ ...m, caseNumber, verifiedAt: at.toISOString(), itemCode: item.implementationCode }));
}
