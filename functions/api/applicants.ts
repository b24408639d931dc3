import { randomUUID } from 'node:crypto';
import { applicantKey } from '../adapters/personal-data';
import { isActive, type CreditFlag } from '../domain/applicant-record';
import { auditLine } from '../domain/audit-trail';
import { conflict, notFound } from '../domain/errors';
import { assertValidIdNumber } from '../domain/intake';
import { httpHandler } from '../http/handler';
import { getCreditFlag, listMissedCommitments, listReusableMaterials, putCreditFlag } from '../repositories/applicant-repository';

const view = (flag: CreditFlag) => ({
  active: isActive(flag),
  reason: flag.reason,
  source: flag.source,
  flaggedAt: flag.flaggedAt,
  ...(flag.clearedAt ? { clearedAt: flag.clearedAt, clearReason: flag.clearReason } : {}),
});

export const handler = httpHandler({
  'POST /applicants/lookup': async ({ body }) => {
    assertValidIdNumber(body.kind, body.idNumber);
    const key = await applicantKey(body.kind, body.idNumber);
    const [materials, flag, missed] = await Promise.all([listReusableMaterials(key), getCreditFlag(key), listMissedCommitments(key)]);
    return {
      body: {
        // Newest first: the clerk offers the most recent check of each material.
        reusableMaterials: materials
          .sort((a, b) => b.verifiedAt.localeCompare(a.verifiedAt))
          .map(({ code, name, sha256, size, contentType, caseNumber, verifiedAt }) => ({ code, name, sha256, size, contentType, caseNumber, verifiedAt })),
        ...(flag ? { creditFlag: view(flag) } : {}),
        // 容缺承诺未履行: what a supervisor weighs before setting a credit flag.
        missedCommitments: missed.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)),
      },
      headers: { 'cache-control': 'no-store' },
    };
  },

  'POST /credit-flags': async ({ body, principal, now }) => {
    assertValidIdNumber(body.kind, body.idNumber);
    const key = await applicantKey(body.kind, body.idNumber);
    const existing = await getCreditFlag(key);
    if (isActive(existing)) throw conflict('already_flagged', 'This applicant already carries a credit flag.', { since: existing!.flaggedAt });
    const flag: CreditFlag = { reason: body.reason, source: body.source, flaggedAt: now.toISOString(), flaggedBy: principal.subject };
    const audit = auditLine({ subject: 'credit_flag', subjectId: key, action: 'flagged', details: { reason: body.reason, source: body.source } }, principal, now, randomUUID());
    await putCreditFlag(key, flag, existing, audit);
    return { status: 201, body: view(flag) };
  },

  'POST /credit-flags/clear': async ({ body, principal, now }) => {
    assertValidIdNumber(body.kind, body.idNumber);
    const key = await applicantKey(body.kind, body.idNumber);
    const flag = await getCreditFlag(key);
    if (!isActive(flag)) throw notFound('no_credit_flag', 'This applicant carries no credit flag.');
    const cleared: CreditFlag = { ...flag!, clearedAt: now.toISOString(), clearedBy: principal.subject, clearReason: body.reason };
    const audit = auditLine({ subject: 'credit_flag', subjectId: key, action: 'cleared', details: { reason: body.reason, flaggedAt: flag!.flaggedAt } }, principal, now, randomUUID());
    await putCreditFlag(key, cleared, flag, audit);
    return { body: view(cleared) };
  },
});
