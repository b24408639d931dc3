import { describe, expect, it } from 'vitest';
import { AppError } from '../../functions/domain/errors';
import { assertValidIdNumber, assertWindowMayAccept, reviewMaterials } from '../../functions/domain/intake';
import type { Upload } from '../../functions/domain/upload';
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

describe('reviewMaterials', () => {
  const it1 = item(); // ID (required), SEPARATION (required), BANK (optional)
  const upload = (uploadId: string, patch: Partial<Upload> = {}): Upload => ({
    uploadId,
    objectKey: `uploads/${uploadId}`,
    fileName: `${uploadId}.pdf`,
    contentType: 'application/pdf',
    sha256: `${uploadId}`.padEnd(64, '0'),
    size: 100 + uploadId.length,
    createdAt: '2026-03-02T01:00:00.000Z',
    createdBy: 'clerk-1',
    centre: 'HZ',
    status: 'verified',
    checkedAt: '2026-03-02T01:01:00.000Z',
    ...patch,
  });
  const uploads = (...list: (Upload | [string, undefined])[]) =>
    new Map<string, Upload | undefined>(list.map((u) => (Array.isArray(u) ? u : [u.uploadId, u])));

  it('returns the case materials in submission order when everything is fine', () => {
    const result = reviewMaterials(
      it1,
      [
        { code: 'SEPARATION', uploadId: 'u2' },
        { code: 'ID', uploadId: 'u1' },
      ],
      uploads(upload('u1'), upload('u2', { contentType: 'image/jpeg' })),
      'clerk-1',
    );
    expect(result).toEqual([
      { code: 'SEPARATION', name: '解除劳动关系证明', objectKey: 'uploads/u2', sha256: 'u2'.padEnd(64, '0'), size: 102, contentType: 'image/jpeg' },
      { code: 'ID', name: '居民身份证', objectKey: 'uploads/u1', sha256: 'u1'.padEnd(64, '0'), size: 102, contentType: 'application/pdf' },
    ]);
  });

  it('accepts optional materials alongside the required ones', () => {
    const result = reviewMaterials(
      it1,
      [
        { code: 'ID', uploadId: 'u1' },
        { code: 'SEPARATION', uploadId: 'u2' },
        { code: 'BANK', uploadId: 'u3' },
      ],
      uploads(upload('u1'), upload('u2'), upload('u3')),
      'clerk-1',
    );
    expect(result.map((m) => m.code)).toEqual(['ID', 'SEPARATION', 'BANK']);
  });

  it('an item without materials needs none', () => {
    expect(reviewMaterials(item({ materials: [] }), [], new Map(), 'clerk-1')).toEqual([]);
  });

  it('reports ALL problems at once in one 422 materials_incomplete error (一次性告知)', () => {
    const withMore = item({
      materials: [
        { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
        { code: 'SEPARATION', name: '解除劳动关系证明', required: true, originals: 1, copies: 0, form: 'paper' },
        { code: 'BANK', name: '本人银行卡', required: false, originals: 0, copies: 1, form: 'paper' },
        { code: 'HUKOU', name: '户口簿', required: true, originals: 1, copies: 1, form: 'paper' },
        { code: 'PHOTO', name: '照片', required: false, originals: 1, copies: 0, form: 'paper' },
        { code: 'INCOME', name: '收入证明', required: true, originals: 1, copies: 0, form: 'paper' },
      ],
    });
    const e = thrown(() =>
      reviewMaterials(
        withMore,
        [
          { code: 'ID', uploadId: 'u1' }, // fine
          { code: 'MARRIAGE', uploadId: 'u9' }, // not on the checklist
          { code: 'ID', uploadId: 'u1b' }, // submitted twice
          { code: 'SEPARATION', uploadId: 'gone' }, // upload not found
          { code: 'BANK', uploadId: 'u3' }, // uploaded by someone else
          { code: 'PHOTO', uploadId: 'u4' }, // not verified yet
        ],
        uploads(upload('u1'), upload('u1b'), upload('u9'), ['gone', undefined], upload('u3', { createdBy: 'clerk-2' }), upload('u4', { status: 'pending' })),
        'clerk-1',
      ),
    );
    expect([e.status, e.code]).toEqual([422, 'materials_incomplete']);
    expect(e.message).toBe('7 material problem(s) must be fixed before the case can be registered.');
    expect(e.details.problems).toEqual([
      { code: 'MARRIAGE', problem: 'Material MARRIAGE is not on the checklist of this item.' },
      { code: 'ID', problem: 'Material 「居民身份证」 was submitted twice.' },
      { code: 'SEPARATION', problem: 'The scan for 「解除劳动关系证明」 was not found; upload it again.' },
      { code: 'BANK', problem: 'The scan for 「本人银行卡」 was uploaded by someone else.' },
      { code: 'PHOTO', problem: 'The scan for 「照片」 has not been checked yet; complete the upload first.' },
      { code: 'HUKOU', problem: 'Required material 「户口簿」 is missing.' },
      { code: 'INCOME', problem: 'Required material 「收入证明」 is missing.' },
    ]);
  });

  it.each([
    ['an upload id not in the map', 'nope', upload('u1'), 'was not found'],
    ['an upload by someone else', 'u1', upload('u1', { createdBy: 'county-sys-1' }), 'uploaded by someone else'],
    ['a pending upload', 'u1', upload('u1', { status: 'pending' }), 'has not been checked yet'],
  ])('a required material with %s is reported once, not also as missing', (_label, uploadId, u, text) => {
    const e = thrown(() =>
      reviewMaterials(it1, [{ code: 'ID', uploadId }, { code: 'SEPARATION', uploadId: 'u2' }], uploads(u, upload('u2')), 'clerk-1'),
    );
    expect(e.details.problems).toEqual([{ code: 'ID', problem: expect.stringContaining(text) }]);
    expect(e.message).toMatch(/^1 material problem/);
  });

  it('reports every missing required material when nothing is submitted, and not the optional one', () => {
    const e = thrown(() => reviewMaterials(it1, [], new Map(), 'clerk-1'));
    expect(e.details.problems).toEqual([
      { code: 'ID', problem: 'Required material 「居民身份证」 is missing.' },
      { code: 'SEPARATION', problem: 'Required material 「解除劳动关系证明」 is missing.' },
    ]);
  });

  it('the same verified upload under an unknown code is still refused', () => {
    const e = thrown(() =>
      reviewMaterials(
        it1,
        [{ code: 'ID', uploadId: 'u1' }, { code: 'SEPARATION', uploadId: 'u2' }, { code: 'id', uploadId: 'u1' }],
        uploads(upload('u1'), upload('u2')),
        'clerk-1',
      ),
    );
    expect(e.details.problems).toEqual([{ code: 'id', problem: 'Material id is not on the checklist of this item.' }]);
  });
});
