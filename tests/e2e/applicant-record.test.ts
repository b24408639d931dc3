import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, token, uploadScan } from '#tests/support/client';

interface CaseBody {
  caseNumber: string;
  state: string;
  materials: { code: string; sha256: string; reusedFrom?: { caseNumber: string } }[];
  code?: string;
  details?: { problems: { code: string; problem: string }[] };
}

// An applicant of this file alone: a valid citizen ID made from a random serial.
function citizenId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `11010519800101${String(Math.floor(Math.random() * 900) + 100)}`;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

describe("the applicant's record across cases", () => {
  it('offers materials checked against originals for reuse, and the credit flag refuses 容缺 until cleared', async () => {
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk', { subject: 'clerk-reuse' });
    const itemCode = `RU-${randomUUID().slice(0, 8)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: 'B',
        implementationCode: itemCode,
        name: '复用测试事项',
        department: '复用测试局',
        itemType: 'promised',
        statutoryDays: 10,
        promisedDays: 5,
        materials: [
          { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
          { code: 'PROOF', name: '收入证明', required: true, originals: 1, copies: 0, form: 'paper', deferrable: true },
        ],
      },
    });
    const id = citizenId();
    const applicant = { kind: 'person', name: '周八', idNumber: id };
    const first = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }, { code: 'PROOF', uploadId: await uploadScan(clerk) }] },
    });
    expect(first.status).toBe(201);

    const lookup = await api<{ reusableMaterials: { code: string; sha256: string; caseNumber: string }[] }>('POST', '/applicants/lookup', {
      token: clerk,
      body: { kind: 'person', idNumber: id },
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body.reusableMaterials.map((m) => [m.code, m.caseNumber])).toEqual(
      expect.arrayContaining([['ID', first.body.caseNumber], ['PROOF', first.body.caseNumber]]),
    );
    const idCard = lookup.body.reusableMaterials.find((m) => m.code === 'ID')!;

    // Not brought again: linked, with where it was checked.
    const second = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant, materials: [{ code: 'ID', reuse: { sha256: idCard.sha256 } }, { code: 'PROOF', uploadId: await uploadScan(clerk) }] },
    });
    expect(second.status).toBe(201);
    expect(second.body.materials.find((m) => m.code === 'ID')?.reusedFrom?.caseNumber).toBe(first.body.caseNumber);

    // Another applicant cannot borrow it.
    const stranger = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant: { ...applicant, idNumber: citizenId() }, materials: [{ code: 'ID', reuse: { sha256: idCard.sha256 } }] },
    });
    expect(stranger.status).toBe(422);

    const flagged = await api('POST', '/credit-flags', { token: supervisor, body: { kind: 'person', idNumber: id, reason: '法院失信被执行人', source: '信用中国' } });
    expect(flagged.status).toBe(201);
    const deferral = { materials: ['PROOF'], commitment: '承诺5日内补交' };
    const refused = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant, materials: [{ code: 'ID', reuse: { sha256: idCard.sha256 } }], deferral },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.details?.problems[0]?.problem).toContain('失信');

    expect((await api('POST', '/credit-flags/clear', { token: supervisor, body: { kind: 'person', idNumber: id, reason: '已履行' } })).status).toBe(200);
    const accepted = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant, materials: [{ code: 'ID', reuse: { sha256: idCard.sha256 } }], deferral },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.state).toBe('registered');
    expect((await api('POST', '/credit-flags', { token: clerk, body: { kind: 'person', idNumber: id, reason: 'x', source: 'y' } })).status).toBe(403);
  });
});
