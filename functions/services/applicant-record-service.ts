/**
 * The applicant's record as each centre keeps it: materials its windows checked against originals
 * (材料复用) and its credit warning list (失信). Another centre's record is not read or changed.
 */
import { randomUUID } from 'node:crypto';
import { applicantKey } from '#adapters/personal-data-sealing';
import { requireStaff, type Caller } from '#domain/access-policy';
import { isActive, type CreditFlag } from '#domain/applicant-record';
import { auditLine } from '#domain/audit-trail';
import type { Principal } from '#domain/principal';
import { conflict, notFound } from '#domain/errors';
import { assertValidIdNumber } from '#domain/intake';
import { getCreditFlag, listMissedCommitments, listReusableMaterials, putCreditFlag } from '#repositories/applicant-repository';

export interface ApplicantId {
  kind: 'person' | 'legal_person';
  idNumber: string;
}

async function keyOf(id: ApplicantId): Promise<string> {
  assertValidIdNumber(id.kind, id.idNumber);
  return applicantKey(id.kind, id.idNumber);
}

export const creditFlagView = (flag: CreditFlag) => ({
  active: isActive(flag),
  reason: flag.reason,
  source: flag.source,
  flaggedAt: flag.flaggedAt,
  ...(flag.clearedAt ? { clearedAt: flag.clearedAt, clearReason: flag.clearReason } : {}),
});

export async function lookUpApplicant(caller: Caller, id: ApplicantId) {
  const { centre } = requireStaff(caller);
  const key = await keyOf(id);
  const [materials, flag, missed] = await Promise.all([listReusableMaterials(key, centre), getCreditFlag(key, centre), listMissedCommitments(key)]);
  return {
    // Newest first: the clerk offers the most recent check of each material.
    reusableMaterials: materials
      .sort((a, b) => b.verifiedAt.localeCompare(a.verifiedAt))
      .map(({ code, name, sha256, size, contentType, caseNumber, verifiedAt }) => ({ code, name, sha256, size, contentType, caseNumber, verifiedAt })),
    ...(flag ? { creditFlag: creditFlagView(flag) } : {}),
    // 容缺承诺未履行: what a supervisor weighs before setting a credit flag.
    missedCommitments: missed.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)),
  };
}

export async function flagApplicant(caller: Principal, input: ApplicantId & { reason: string; source: string }, now: Date) {
  const { centre } = requireStaff(caller);
  const key = await keyOf(input);
  const existing = await getCreditFlag(key, centre);
  if (isActive(existing)) throw conflict('already_flagged', 'This applicant already carries a credit flag.', { since: existing!.flaggedAt });
  const flag: CreditFlag = { reason: input.reason, source: input.source, flaggedAt: now.toISOString(), flaggedBy: caller.subject };
  const audit = auditLine({ subject: 'credit_flag', subjectId: key, action: 'flagged', details: { reason: input.reason, source: input.source } }, caller, now, randomUUID());
  await putCreditFlag(key, centre, flag, existing, audit);
  return creditFlagView(flag);
}

export async function clearApplicantFlag(caller: Principal, input: ApplicantId & { reason: string }, now: Date) {
  const { centre } = requireStaff(caller);
  const key = await keyOf(input);
  const flag = await getCreditFlag(key, centre);
  if (!isActive(flag)) throw notFound('no_credit_flag', 'This applicant carries no credit flag.');
  const cleared: CreditFlag = { ...flag!, clearedAt: now.toISOString(), clearedBy: caller.subject, clearReason: input.reason };
  const audit = auditLine({ subject: 'credit_flag', subjectId: key, action: 'cleared', details: { reason: input.reason, flaggedAt: flag!.flaggedAt } }, caller, now, randomUUID());
  await putCreditFlag(key, centre, cleared, flag, audit);
  return creditFlagView(cleared);
}
