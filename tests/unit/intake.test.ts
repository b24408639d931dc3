import { describe, expect, it } from 'vitest';
import { AppError } from '#domain/errors';
import { assertValidIdNumber, assertWindowMayAccept, formalReview, type ReviewRequest } from '#domain/intake';
import type { Upload } from '#domain/upload';
import { citizenId, creditCode, item, thrown } from './fixtures';


describe('assertWindowMayAccept', () => {
  it('accepts an item on no negative list', () => {
    expect(() => assertWindowMayAccept(item())).not.toThrow();
  });

  it('sends a negative-list applicant to the named department window', () => {
    const e = thrown(() => assertWindowMayAccept(item({ negativeList: true, departmentWindow: '二楼公安专窗 (B12)' })));
    expect([e.status, e.code]).toEqual([422, 'negative_list_item']);
    expect(e.message).toBe('「失业保险金申领」is not handled at the comprehensive window. Please go to 二楼公安专窗 (B12).');
    expect(e.details).toEqual({ itemCode: '11330100MB0000001X0001', department: '人社局', departmentWindow: '二楼公安专窗 (B12)' });
  });

  it('falls back to the department when no window is named', () => {
    const e = thrown(() => assertWindowMayAccept(item({ negativeList: true })));
    expect(e.message).toContain('Please go to the 人社局 window.');
    expect(e.details.departmentWindow).toBeNull();
  });
});

describe('assertValidIdNumber', () => {
  it('accepts a valid citizen ID for a person and a valid credit code for a legal person', () => {
    expect(() => assertValidIdNumber('person', '11010519491231002X')).not.toThrow();
    expect(() => assertValidIdNumber('person', citizenId('33010619880229123'))).not.toThrow();
    expect(() => assertValidIdNumber('legal_person', '91350100M000100Y43')).not.toThrow();
    expect(() => assertValidIdNumber('legal_person', creditCode('91330106MA2ABCDEF'))).not.toThrow();
  });

  it.each([
    ['person', '110105194912310021', /citizen ID number is not valid \(GB 11643/],
    ['person', '91350100M000100Y43', /citizen ID number is not valid/],
    ['person', citizenId('33010619890229123'), /birth date/],
    ['legal_person', '91350100M000100Y44', /unified social credit code is not valid \(GB 32100/],
    ['legal_person', '11010519491231002X', /business licence/],
  ] as const)('%s %s → 422 invalid_id_number', (kind, id, message) => {
    const e = thrown(() => assertValidIdNumber(kind, id));
    expect([e.status, e.code]).toEqual([422, 'invalid_id_number']);
    expect(e.message).toMatch(message);
    expect(e.details).toEqual({ field: 'applicant.idNumber' });
  });
});

describe('formalReview', () => {
  // ID (required), SEPARATION (required, 容缺 allowed), BANK (optional)
  const it1 = item({
    materials: [
      { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
      { code: 'SEPARATION', name: '解除劳动关系证明', required: true, originals: 1, copies: 0, form: 'paper', deferrable: true },
      { code: 'BANK', name: '本人银行卡', required: false, originals: 0, copies: 1, form: 'paper' },
    ],
  });
  const upload = (uploadId: string, patch: Partial<Upload> = {}): Upload => ({
    uploadId,
    objectKey: `materials/${uploadId}`,
    fileName: `${uploadId}.pdf`,
    contentType: 'application/pdf',
    sha256: uploadId.padEnd(64, '0'),
    size: 100,
    createdAt: '2026-03-02T01:00:00.000Z',
    createdBy: 'clerk-1',
    status: 'verified',
    ...patch,
  });
  const uploads = (...list: Upload[]) => new Map<string, Upload | undefined>(list.map((u) => [u.uploadId, u]));
  const base = (patch: Partial<ReviewRequest> = {}): ReviewRequest => ({
    item: it1,
    submitted: [],
    uploads: new Map(),
    submitter: 'clerk-1',
    mayDecideAtWindow: false,
    today: '2026-03-02',
    promisedBy: '2026-03-09',
    ...patch,
  });
  const complete = () =>
    base({ submitted: [{ code: 'ID', uploadId: 'u1' }, { code: 'SEPARATION', uploadId: 'u2' }], uploads: uploads(upload('u1'), upload('u2')) });

  it('registers a complete application with its materials in checklist order', () => {
    const r = formalReview({ ...complete(), submitted: [{ code: 'SEPARATION', uploadId: 'u2' }, { code: 'ID', uploadId: 'u1' }] });
    expect(r.outcome).toEqual({ kind: 'registered' });
    expect(r.materials.map((m) => m.code)).toEqual(['ID', 'SEPARATION']);
    expect(r.materials[0]).toEqual({ code: 'ID', name: '居民身份证', objectKey: 'materials/u1', sha256: 'u1'.padEnd(64, '0'), size: 100, contentType: 'application/pdf' });
  });

  it('lists every missing and defective material at once, with reasons (一次性补正)', () => {
    const r = formalReview(base({ submitted: [{ code: 'BANK', uploadId: 'u3' }], uploads: uploads(upload('u3')), defects: [{ code: 'BANK', reason: '银行卡复印件不清晰' }] }));
    expect(r.outcome).toEqual({
      kind: 'incomplete',
      problems: [
        { code: 'ID', name: '居民身份证', problem: '未提交该材料（必须提交）' },
        { code: 'SEPARATION', name: '解除劳动关系证明', problem: '未提交该材料（必须提交）' },
        { code: 'BANK', name: '本人银行卡', problem: '银行卡复印件不清晰' },
      ],
    });
    // A defective material is not accepted; nothing else was submitted.
    expect(r.materials).toEqual([]);
  });

  it('counts materials accepted at an earlier visit when the applicant comes back (补正)', () => {
    const earlier = formalReview(complete()).materials.filter((m) => m.code === 'ID');
    const r = formalReview(base({ alreadyAccepted: earlier, submitted: [{ code: 'SEPARATION', uploadId: 'u2' }], uploads: uploads(upload('u2')) }));
    expect(r.outcome.kind).toBe('registered');
    expect(r.materials.map((m) => m.code)).toEqual(['ID', 'SEPARATION']);
  });

  it('accepts a deferrable material later under a commitment, due by the promised limit by default (容缺)', () => {
    const r = formalReview(
      base({ submitted: [{ code: 'ID', uploadId: 'u1' }], uploads: uploads(upload('u1')), deferral: { materials: ['SEPARATION'], commitment: '本人承诺5个工作日内补交' } }),
    );
    expect(r.outcome).toEqual({
      kind: 'deferred',
      deferral: {
        materials: [{ code: 'SEPARATION', name: '解除劳动关系证明', dueDate: '2026-03-09' }],
        dueDate: '2026-03-09',
        commitment: '本人承诺5个工作日内补交',
        onLapse: 'wait',
      },
    });
  });

  it('takes an earlier due date but never one after the promised limit or in the past', () => {
    const ask = (dueDate: string) =>
      base({ submitted: [{ code: 'ID', uploadId: 'u1' }], uploads: uploads(upload('u1')), deferral: { materials: ['SEPARATION'], commitment: '承诺', dueDate } });
    const r = formalReview(ask('2026-03-05'));
    expect(r.outcome.kind === 'deferred' && r.outcome.deferral.dueDate).toBe('2026-03-05');
    expect(thrown(() => formalReview(ask('2026-03-10'))).details.problems).toEqual([
      { code: 'deferral.dueDate', problem: '补交期限 2026-03-10 晚于承诺办结期限（2026-03-09）。' },
    ]);
    expect(thrown(() => formalReview(ask('2026-03-01'))).details.problems).toEqual([{ code: 'deferral.dueDate', problem: '补交期限 2026-03-01 已过。' }]);
  });

  it('refuses 容缺 for a material that does not allow it, is not listed, or was submitted', () => {
    const e = thrown(() =>
      formalReview(
        base({
          submitted: [{ code: 'SEPARATION', uploadId: 'u2' }],
          uploads: uploads(upload('u2')),
          deferral: { materials: ['ID', 'NOPE', 'SEPARATION'], commitment: '承诺' },
        }),
      ),
    );
    expect([e.status, e.code]).toEqual([422, 'intake_invalid']);
    expect(e.details.problems).toEqual([
      { code: 'ID', problem: '「居民身份证」不允许容缺后补。' },
      { code: 'NOPE', problem: '材料 NOPE 不在本事项的材料清单上。' },
      { code: 'SEPARATION', problem: '「解除劳动关系证明」已提交，不能同时容缺。' },
    ]);
  });

  it('still asks for correction when a non-deferrable material is missing, deferral or not', () => {
    const r = formalReview(base({ deferral: { materials: ['SEPARATION'], commitment: '承诺' } }));
    expect(r.outcome).toEqual({ kind: 'incomplete', problems: [{ code: 'ID', name: '居民身份证', problem: '未提交该材料（必须提交）' }] });
  });

  it('needs a due date when the promised limit cannot be counted', () => {
    const e = thrown(() =>
      formalReview(base({ promisedBy: undefined, submitted: [{ code: 'ID', uploadId: 'u1' }], uploads: uploads(upload('u1')), deferral: { materials: ['SEPARATION'], commitment: '承诺' } })),
    );
    expect(e.details.problems).toEqual([{ code: 'deferral.dueDate', problem: '请填写容缺材料的补交期限。' }]);
  });

  it('decides a complete 即办件 on the spot for an authorised clerk only', () => {
    const immediate = item({ itemType: 'immediate', statutoryDays: 1, promisedDays: 0, materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 0, form: 'either' }] });
    const req = base({ item: immediate, submitted: [{ code: 'ID', uploadId: 'u1' }], uploads: uploads(upload('u1')), decideNow: { outcome: 'approve', opinion: '当场办结' } });
    expect(formalReview({ ...req, mayDecideAtWindow: true }).outcome).toEqual({ kind: 'decided', outcome: 'approve', opinion: '当场办结' });
    expect(thrown(() => formalReview(req)).details.problems).toEqual([{ code: 'decideNow', problem: '您的账号未获授权在窗口当场办结。' }]);
    expect(thrown(() => formalReview({ ...complete(), decideNow: { outcome: 'approve', opinion: 'x' }, mayDecideAtWindow: true })).details.problems).toEqual([
      { code: 'decideNow', problem: '「失业保险金申领」不是即办件。' },
    ]);
    // Incomplete: no decision, a correction notice instead.
    expect(formalReview({ ...req, submitted: [], mayDecideAtWindow: true }).outcome.kind).toBe('incomplete');
  });

  it('refuses request mistakes all at once and decides nothing', () => {
    const e = thrown(() =>
      formalReview(
        base({
          submitted: [
            { code: 'XX', uploadId: 'u1' },
            { code: 'ID', uploadId: 'missing' },
            { code: 'SEPARATION', uploadId: 'other' },
            { code: 'BANK', uploadId: 'pending' },
            { code: 'BANK', uploadId: 'u1' },
          ],
          uploads: uploads(upload('u1'), upload('other', { createdBy: 'clerk-2' }), upload('pending', { status: 'pending' })),
          defects: [{ code: 'YY', reason: '?' }],
        }),
      ),
    );
    expect(e).toBeInstanceOf(AppError);
    expect([e.status, e.code]).toEqual([422, 'intake_invalid']);
    expect(e.message).toBe('6 problem(s) in the application must be fixed by the clerk; nothing was registered.');
    expect((e.details.problems as { code: string }[]).map((p) => p.code)).toEqual(['XX', 'ID', 'SEPARATION', 'BANK', 'BANK', 'YY']);
  });
});

describe('formalReview: per-item scan size limit', () => {
  it('refuses a scan larger than the item allows', () => {
    const limited = item({ maxMaterialBytes: 50, materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 0, form: 'either' }] });
    const uploads = new Map([['u1', { uploadId: 'u1', objectKey: 'k', fileName: 'f', contentType: 'application/pdf' as const, sha256: 'a'.repeat(64), size: 51, createdAt: '', createdBy: 'c', status: 'verified' as const }]]);
    const e = thrown(() => formalReview({ item: limited, submitted: [{ code: 'ID', uploadId: 'u1' }], uploads, submitter: 'c', mayDecideAtWindow: false, today: '2026-03-02' }));
    expect(e.code).toBe('intake_invalid');
    expect(e.details.problems).toEqual([{ code: 'ID', problem: expect.stringContaining('超过本事项允许的大小（50 字节）') }]);
  });
});

describe('帮办代办: agents act on recorded authority', () => {
  const immediate = item({ materials: [] });
  const letter = { uploadId: 'L1', objectKey: 'materials/L1', fileName: 'letter.pdf', contentType: 'application/pdf' as const, sha256: 'b'.repeat(64), size: 10, createdAt: '', createdBy: 'clerk-1', status: 'verified' as const };
  const base = { item: immediate, submitted: [], submitter: 'clerk-1', mayDecideAtWindow: false, today: '2026-03-02' };

  it('records a proxy with the scanned authorisation letter, masked', () => {
    const r = formalReview({
      ...base,
      uploads: new Map([['L1', letter]]),
      agent: { kind: 'proxy', name: '张小明', idNumber: '11010519491231002X', reason: 'elderly', authorisation: { uploadId: 'L1' } },
    });
    expect(r.agent).toEqual({
      kind: 'proxy',
      name: '张**',
      idNumberMasked: '110***********002X',
      reason: 'elderly',
      authorisation: { document: { code: 'AUTHORISATION', name: '授权委托书', objectKey: 'materials/L1', sha256: 'b'.repeat(64), size: 10, contentType: 'application/pdf' } },
    });
  });

  it('records a centre helper with the applicant’s consent', () => {
    const r = formalReview({
      ...base,
      uploads: new Map(),
      agent: { kind: 'centre_helper', name: '李帮办', idNumber: '11010519491231002X', reason: 'disabled', authorisation: { note: '申请人当面口头同意' } },
    });
    expect(r.agent).toMatchObject({ kind: 'centre_helper', reason: 'disabled', authorisation: { note: '申请人当面口头同意' } });
  });

  it('refuses an agent without authority or with an invalid ID, with the other mistakes', () => {
    const e = thrown(() =>
      formalReview({
        ...base,
        uploads: new Map([['L1', { ...letter, status: 'pending' as const }]]),
        agent: { kind: 'proxy', name: '王', idNumber: '110105194912310021', reason: 'other', authorisation: { uploadId: 'L1' } },
      }),
    );
    expect(e.code).toBe('intake_invalid');
    expect((e.details.problems as { code: string }[]).map((p) => p.code)).toEqual(['agent.idNumber', 'agent.authorisation']);
    const noNote = thrown(() =>
      formalReview({ ...base, uploads: new Map(), agent: { kind: 'centre_helper', name: '李', idNumber: '11010519491231002X', reason: 'ill', authorisation: {} } }),
    );
    expect(noNote.details.problems).toEqual([{ code: 'agent.authorisation', problem: expect.stringContaining('同意由帮办员代办') }]);
    const noLetter = thrown(() =>
      formalReview({ ...base, uploads: new Map(), agent: { kind: 'proxy', name: '李', idNumber: '11010519491231002X', reason: 'ill', authorisation: {} } }),
    );
    expect(noLetter.details.problems).toEqual([{ code: 'agent.authorisation', problem: '委托代办须提供授权委托书的扫描件。' }]);
  });
});

describe('formalReview: 材料复用 and the credit warning list', () => {
  const spec = item({
    materials: [
      { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
      { code: 'SEPARATION', name: '解除劳动关系证明', required: true, originals: 1, copies: 0, form: 'paper', deferrable: true },
    ],
  });
  const earlierId = { code: 'ID', name: '居民身份证（旧）', objectKey: 'materials/old', sha256: 'c'.repeat(64), size: 9, contentType: 'application/pdf', caseNumber: 'HZ202601050001', verifiedAt: '2026-01-05T02:00:00.000Z', itemCode: 'X' };
  const base = { item: spec, uploads: new Map(), submitter: 'clerk-1', mayDecideAtWindow: false, today: '2026-03-02', promisedBy: '2026-03-09' };

  it('links an earlier checked material instead of a new scan, with its provenance', () => {
    const r = formalReview({
      ...base,
      reusable: [earlierId],
      submitted: [{ code: 'ID', reuseSha256: 'C'.repeat(64) }],
      deferral: { materials: ['SEPARATION'], commitment: '承诺' },
    });
    expect(r.materials).toEqual([
      { code: 'ID', name: '居民身份证', objectKey: 'materials/old', sha256: 'c'.repeat(64), size: 9, contentType: 'application/pdf', reusedFrom: { caseNumber: 'HZ202601050001', verifiedAt: '2026-01-05T02:00:00.000Z' } },
    ]);
  });

  it('refuses a reuse that is not on record, and a material given both ways', () => {
    const e = thrown(() =>
      formalReview({ ...base, reusable: [earlierId], submitted: [{ code: 'ID', reuseSha256: 'd'.repeat(64) }, { code: 'SEPARATION', uploadId: 'u', reuseSha256: 'c'.repeat(64) }] }),
    );
    expect((e.details.problems as { problem: string }[]).map((p) => p.problem)).toEqual([
      '该申请人没有与此指纹相符的已核验「居民身份证」，请重新扫描。',
      '「解除劳动关系证明」须以新扫描件（uploadId）或复用已核验材料（reuse）二者之一提供。',
    ]);
  });

  it('refuses 容缺 to an applicant on the credit warning list', () => {
    const e = thrown(() =>
      formalReview({ ...base, badCredit: true, reusable: [earlierId], submitted: [{ code: 'ID', reuseSha256: 'c'.repeat(64) }], deferral: { materials: ['SEPARATION'], commitment: '承诺' } }),
    );
    expect(e.details.problems).toEqual([{ code: 'deferral', problem: expect.stringContaining('申请人列入失信名单') }]);
  });
});

describe('verifiedOriginals', () => {
  it('offers for reuse the materials whose originals were checked, not copies-only or reused ones', async () => {
    const { verifiedOriginals } = await import('#domain/applicant-record');
    const spec = item({
      materials: [
        { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
        { code: 'BANK', name: '银行卡复印件', required: false, originals: 0, copies: 1, form: 'paper' },
        { code: 'HOUSE', name: '房产证', required: false, originals: 1, copies: 0, form: 'paper' },
      ],
    });
    const m = (code: string, extra = {}) => ({ code, name: code, objectKey: code, sha256: code.padEnd(64, '0'), size: 1, contentType: 'application/pdf', ...extra });
    const at = new Date('2026-03-02T01:00:00Z');
    const out = verifiedOriginals(spec, [m('ID'), m('BANK'), m('HOUSE', { reusedFrom: { caseNumber: 'OLD', verifiedAt: 'x' } })], 'HZ1', at);
    expect(out).toEqual([{ ...m('ID'), caseNumber: 'HZ1', verifiedAt: at.toISOString(), itemCode: spec.implementationCode }]);
  });
});
