import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  archivedError,
  archiveEntry,
  archiveSources,
  buildArchivePackage,
  checkSourceFixity,
  dailyManifest,
  ENDED_STATES,
  failedProperties,
  fixityFailure,
  hasEnded,
  isNewFailure,
  noticesPending,
  manifestKeyOf,
  packageKeyOf,
  paperOriginals,
  parseManifest,
  previousChinaDay,
  refusedChange,
  retentionFor,
  verifyPackage,
  type ArchiveEntry,
  type ArchivePackage,
  type ArchiveSource,
  type ObjectRead,
  type PackageReading,
} from '#domain/archive';
import { CASE_STATES } from '#domain/case/lifecycle';
import { closeCase, forwardCase } from '#domain/case/workflow-waits';
import { acceptCase } from '#domain/case/back-office';
import { decideCase } from '#domain/case/decision';
import { handOverCase, scanResult } from '#domain/case/output';
import { publicView } from '#http/case-view';
import { registerCase, withdrawCase } from '#domain/case/registration';
import type { AuditEntry, Transition } from '#domain/case/transition';
import type { CaseMaterial } from '#domain/case/application';
import type { CaseRecord, PickupRecipient, StoredObject } from '#domain/case/records';
import type { NoticeRecord } from '#domain/notices';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { signaturePng } from '#tests/support/client';
import { APPROVER, at, CLERK, item, OUTPUT, T0, thrown } from './fixtures';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

const BYTES: Record<string, Buffer> = {
  'uploads/ID.pdf': pdf('id card'),
  'uploads/SEPARATION.pdf': pdf('separation'),
  'uploads/LETTER.pdf': pdf('authorisation letter'),
  'notices/HZ202603020001/000001-intake_receipt.pdf': pdf('receipt notice'),
  'uploads/RESULT.pdf': pdf('licence'),
  'uploads/SIGNATURE.png': signaturePng(),
  'uploads/PICKUP_LETTER.pdf': pdf('pickup authorisation letter'),
  'notices/HZ202603020001/000006-service_receipt.pdf': pdf('service receipt'),
};

/** An object of the case as the output window stored it. */
const stored = (key: string, contentType = 'application/pdf'): StoredObject => ({
  objectKey: key,
  sha256: sha(BYTES[key]!),
  size: BYTES[key]!.length,
  contentType,
});
const LICENCE = { kind: 'licence' as const, number: '许字001', title: '失业保险金核定通知', issuer: '人社局' };
const SIGNATURE = stored('uploads/SIGNATURE.png', 'image/png');
const APPLICANT: PickupRecipient = { kind: 'applicant', name: '张*', idNumberMasked: '110***********002X', verifiedBy: 'applicant_key' };

const scan = (code: string, key = `uploads/${code}.pdf`): CaseMaterial => ({
  code,
  name: code === 'ID' ? '居民身份证' : '解除劳动关系证明',
  objectKey: key,
  sha256: sha(BYTES[key]!),
  size: BYTES[key]!.length,
  contentType: 'application/pdf',
});

/** A case walked through the real transitions, with every audit line kept. */
function lifecycle(end: 'closed' | 'withdrawn', itemType: 'promised' | 'immediate' = 'promised') {
  const history: AuditEntry[] = [];
  const keep = (t: Transition) => {
    history.push(t.audit);
    return t.record;
  };
  let record = keep(
    registerCase({
      caseNumber: 'HZ202603020001',
      centre: 'HZ',
      item: item({ itemType }),
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [scan('ID'), scan('SEPARATION')],
      actor: CLERK,
      at: T0,
    }),
  );
  record = keep(forwardCase(record, 'token-1', at(5)));
  if (end === 'withdrawn') return { record: keep(withdrawCase(record, '申请人书面撤回', CLERK, at(60))), history };
  record = keep(acceptCase(record, DEFAULT_CALENDAR, APPROVER, at(30)));
  record = keep(decideCase(record, { outcome: 'approve', opinion: '准予', result: LICENCE }, APPROVER, at(60)));
  record = keep(scanResult(record, { number: LICENCE.number, scan: stored('uploads/RESULT.pdf') }, OUTPUT, at(61)));
  record = keep(handOverCase(record, { recipient: APPLICANT, signature: SIGNATURE }, OUTPUT, at(120)));
  return { record: keep(closeCase(record, at(121))), history };
}

const notice = (status: NoticeRecord['status'], id = '000001-intake_receipt'): NoticeRecord => ({
  caseNumber: 'HZ202603020001',
  noticeId: id,
  kind: 'intake_receipt',
  number: 'HZ-SJ-20260302-0001',
  title: '材料接收告知单',
  auditSeq: 1,
  issuedAt: T0.toISOString(),
  status,
  ...(status === 'issued'
    ? {
        objectKey: `notices/HZ202603020001/${id}.pdf`,
        sha256: sha(BYTES[`notices/HZ202603020001/${id}.pdf`]!),
        size: BYTES[`notices/HZ202603020001/${id}.pdf`]!.length,
      }
    : {}),
});

const ARCHIVED_AT = new Date('2026-03-02T17:00:00Z'); // 2026-03-03 01:00 in China

function packageOf(record: CaseRecord, history: AuditEntry[], notices = [notice('issued')]): ArchivePackage {
  const sources = archiveSources(record, notices);
  return buildArchivePackage({
    record,
    caseView: publicView(record),
    history,
    sources: sources.map((source) => ({ source, bytes: BYTES[source.sourceKey]! })),
    at: ARCHIVED_AT,
  });
}

/** What verification reads back from an untouched package; `change` tampers with it first. */
function readingOf(
  pkg: ArchivePackage,
  record: CaseRecord,
  change: (objects: Map<string, ObjectRead>) => void = () => undefined,
): PackageReading {
  const objects = new Map<string, ObjectRead>(pkg.objects.map((o) => [o.object.key, { key: o.object.key, bytes: o.bytes }]));
  objects.set(pkg.manifestKey, { key: pkg.manifestKey, bytes: pkg.manifestBytes });
  change(objects);
  return {
    caseNumber: record.caseNumber,
    packageKey: pkg.packageKey,
    recorded: { at: pkg.manifest.archivedAt, packageKey: pkg.packageKey, manifestSha256: pkg.manifestSha256 },
    expected: record,
    manifest: objects.get(pkg.manifestKey) ?? { key: pkg.manifestKey },
    objects: pkg.manifest.objects.map((o) => objects.get(o.key) ?? { key: o.key }),
  };
}

describe('when a case has ended', () => {
  it('is closed or withdrawn, and no other state', () => {
    expect(CASE_STATES.filter((s) => hasEnded({ state: s }))).toEqual(['closed', 'withdrawn', 'terminated']);
    expect(ENDED_STATES).toEqual(['closed', 'withdrawn', 'terminated']);
  });
});

describe('retention (保管期限) per item class', () => {
  it('keeps decided permits 30 years, 即办件 and withdrawn cases 10 years, until that instant', () => {
    const closed = lifecycle('closed').record;
    expect(retentionFor(closed, ARCHIVED_AT)).toEqual({
      code: 'Y30',
      label: '定期30年',
      years: 30,
      retainUntil: '2056-03-02T17:00:00.000Z',
    });
    expect(retentionFor(lifecycle('closed', 'immediate').record, ARCHIVED_AT)).toMatchObject({
      code: 'Y10',
      label: '定期10年',
      retainUntil: '2036-03-02T17:00:00.000Z',
    });
    expect(retentionFor(lifecycle('withdrawn').record, ARCHIVED_AT)).toMatchObject({ code: 'Y10', years: 10 });
    for (const itemType of ['reported', 'joint'] as const) expect(retentionFor({ ...closed, itemType }, ARCHIVED_AT).code).toBe('Y30');
  });

  it('counts calendar years from a leap day to the day after Feb 28', () => {
    expect(retentionFor(lifecycle('withdrawn').record, new Date('2028-02-29T12:00:00Z')).retainUntil).toBe('2038-03-01T12:00:00.000Z');
  });
});

describe('the objects of the case file', () => {
  it('takes every material, issued notices only (the 送达回证 among them), the result scan, and the pickup signature and proxy letter', () => {
    const { record } = lifecycle('closed');
    const letter = stored('uploads/PICKUP_LETTER.pdf');
    const proxy: PickupRecipient = {
      kind: 'proxy',
      name: '王*',
      idNumberMasked: '110***********0032',
      verifiedBy: 'authorisation',
      authorisation: letter,
    };
    const full: CaseRecord = {
      ...record,
      agent: {
        kind: 'proxy',
        name: '李*',
        idNumberMasked: '110***********0011',
        reason: 'elderly',
        authorisation: { document: scan('LETTER', 'uploads/LETTER.pdf') },
      },
      handover: { method: 'pickup', recipient: proxy, signature: SIGNATURE, handedOverAt: at(120).toISOString(), handedOverBy: OUTPUT },
    };
    const serviceReceipt: NoticeRecord = {
      ...notice('issued', '000006-service_receipt'),
      kind: 'service_receipt',
      title: '送达回证',
      number: 'HZ-SD-20260302-0001',
      auditSeq: 6,
    };
    const sources = archiveSources(full, [serviceReceipt, notice('numbered', '000003-correction'), notice('issued')]);
    expect(sources.map((s) => [s.role, s.ref, s.sourceKey])).toEqual([
      ['material', 'ID', 'uploads/ID.pdf'],
      ['material', 'SEPARATION', 'uploads/SEPARATION.pdf'],
      ['material', 'AGENT_AUTHORISATION', 'uploads/LETTER.pdf'],
      ['notice', '000001-intake_receipt', 'notices/HZ202603020001/000001-intake_receipt.pdf'],
      ['notice', '000006-service_receipt', 'notices/HZ202603020001/000006-service_receipt.pdf'],
      ['result', 'result', 'uploads/RESULT.pdf'],
      ['delivery_proof', 'signature', 'uploads/SIGNATURE.png'],
      ['delivery_proof', 'pickup_authorisation', 'uploads/PICKUP_LETTER.pdf'],
    ]);
    // Each proof is checked against the SHA-256, size and type recorded when the output window stored it.
    expect(sources.find((s) => s.ref === 'signature')).toMatchObject({
      title: '领取人签名',
      sha256: SIGNATURE.sha256,
      size: SIGNATURE.size,
      contentType: 'image/png',
    });
    expect(sources.find((s) => s.ref === 'pickup_authorisation')).toMatchObject({
      title: '领取授权委托书',
      sha256: letter.sha256,
      size: letter.size,
    });
    expect(sources.find((s) => s.ref === '000006-service_receipt')?.title).toBe('送达回证 HZ-SD-20260302-0001');
  });

  it('has no signature for a mailed result (the tracking number on the 送达回证 is the proof), and no result for an undecided case', () => {
    const { record } = lifecycle('closed');
    const mailed: CaseRecord = {
      ...record,
      handover: {
        method: 'courier',
        carrier: 'EMS',
        trackingNumber: 'EMS123456',
        sentOn: '2026-03-03',
        receivedOn: '2026-03-04',
        handedOverAt: at(120).toISOString(),
        handedOverBy: OUTPUT,
      },
    };
    expect(archiveSources(mailed, []).map((s) => s.role)).toEqual(['material', 'material', 'result']);
    expect(archiveSources(lifecycle('withdrawn').record, []).map((s) => s.role)).toEqual(['material', 'material']);
  });

  it('waits for the notices the audit trail calls for until they are issued', () => {
    const { record, history } = lifecycle('withdrawn');
    // Registration issues a 材料接收告知单 (intake receipt), the withdrawal its 撤回申请确认书, each named by its audit line.
    const confirmation = `${String(history.at(-1)!.seq).padStart(6, '0')}-withdrawal`;
    expect(noticesPending(record, history, [])).toEqual(['000001-intake_receipt', confirmation]);
    expect(noticesPending(record, history, [notice('numbered')])).toEqual(['000001-intake_receipt', confirmation]);
    expect(noticesPending(record, history, [notice('issued')])).toEqual([confirmation]);
    // A delivered case waits for its 领取通知 and its 送达回证 too.
    const closed = lifecycle('closed');
    expect(noticesPending(closed.record, closed.history, [notice('issued')])).toEqual(
      expect.arrayContaining(['000005-collection_notice', '000006-service_receipt']),
    );
  });
});

describe('sources, keys and manifests at their edges', () => {
  const { record, history } = lifecycle('closed');
  const letter = scan('LETTER', 'uploads/LETTER.pdf');
  const proxied: CaseRecord = {
    ...record,
    agent: { kind: 'proxy', name: '李*', idNumberMasked: 'x', reason: 'ill', authorisation: { document: letter } },
  };

  it('keeps the SHA-256 in lower case however it was recorded, and files a proxy’s letter as 授权委托书', () => {
    const shouting: CaseRecord = {
      ...proxied,
      materials: proxied.materials.map((m) => ({ ...m, sha256: m.sha256.toUpperCase() })),
      result: { ...proxied.result!, scan: { ...proxied.result!.scan!, sha256: proxied.result!.scan!.sha256.toUpperCase() } },
    };
    const sources = archiveSources(shouting, []);
    expect(sources.find((s) => s.ref === 'ID')?.sha256).toBe(sha(BYTES['uploads/ID.pdf']!));
    expect(sources.find((s) => s.role === 'result')).toMatchObject({ title: '办结结果', sha256: sha(BYTES['uploads/RESULT.pdf']!) });
    expect(sources.find((s) => s.ref === 'AGENT_AUTHORISATION')).toEqual({
      role: 'material',
      ref: 'AGENT_AUTHORISATION',
      title: '授权委托书',
      sourceKey: 'uploads/LETTER.pdf',
      sha256: sha(BYTES['uploads/LETTER.pdf']!),
      size: BYTES['uploads/LETTER.pdf']!.length,
      contentType: 'application/pdf',
    });
  });

  it('takes only notices that were issued with an object and its hash; one of unknown size is checked by hash alone', () => {
    const issued = notice('issued');
    const noKey = { ...issued, noticeId: '000002-correction', objectKey: undefined };
    const noHash = { ...issued, noticeId: '000003-correction', sha256: undefined };
    const unsized = { ...issued, size: undefined };
    const notices = archiveSources(record, [notice('numbered', '000004-correction'), noKey, noHash, unsized]).filter(
      (s) => s.role === 'notice',
    );
    expect(notices).toEqual([
      {
        role: 'notice',
        ref: '000001-intake_receipt',
        title: '材料接收告知单 HZ-SJ-20260302-0001',
        sourceKey: issued.objectKey,
        sha256: issued.sha256,
        size: -1,
        contentType: 'application/pdf',
      },
    ]);
    const bytes = BYTES[issued.objectKey!]!;
    expect(checkSourceFixity(notices, [{ sourceKey: issued.objectKey!, bytes }])).toEqual([]);
    // A recorded size of 0 is a size like any other: bytes of another length do not match it.
    expect(checkSourceFixity([{ ...notices[0]!, size: 0 }], [{ sourceKey: issued.objectKey!, bytes }])).toEqual([
      expect.objectContaining({ problem: 'size_mismatch', expected: '0', actual: String(bytes.length) }),
    ]);
    // An object nobody read back is missing.
    expect(checkSourceFixity(notices, [])).toEqual([
      { ref: '000001-intake_receipt', role: 'notice', sourceKey: issued.objectKey, problem: 'missing' },
    ]);
  });

  it('refuses a case number with anything but letters, digits, - and _ in the package key', () => {
    expect(packageKeyOf('HZ-2026_01', new Date('2026-03-02T17:00:00.123Z'))).toBe('packages/HZ-2026_01/20260302T170000123Z');
    expect(() => packageKeyOf('HZ1/../x', ARCHIVED_AT)).toThrow('Not a case number: HZ1/../x');
    expect(() => packageKeyOf('x'.repeat(81), ARCHIVED_AT)).toThrow('Not a case number');
  });

  it('names objects safely: odd characters become _, long refs are cut at 60, an empty one is "object", an unknown type is .bin', () => {
    const bytes = BYTES['uploads/ID.pdf']!;
    const source = (ref: string, contentType: string): ArchiveSource => ({
      role: 'material',
      ref,
      title: ref,
      sourceKey: 'uploads/ID.pdf',
      sha256: sha(bytes),
      size: bytes.length,
      contentType,
    });
    const pkg = buildArchivePackage({
      record,
      caseView: {},
      history,
      sources: [
        { source: source('社保/卡 1', 'image/jpeg'), bytes },
        { source: source('A'.repeat(70), 'image/tiff'), bytes },
        { source: source('', 'application/octet-stream'), bytes },
      ],
      at: ARCHIVED_AT,
    });
    const prefix = 'packages/HZ202603020001/20260302T170000000Z/objects/';
    expect(pkg.manifest.objects.map((o) => o.key.slice(prefix.length))).toEqual([
      '001-material-_____1.jpg',
      `002-material-${'A'.repeat(60)}.tif`,
      '003-material-object.bin',
      '004-case_record-case.json',
      '005-audit_trail-audit.json',
    ]);
    // The case record and audit trail are JSON documents, one per object, ending with a new line.
    const caseObject = pkg.objects[3]!;
    expect(caseObject.object).toMatchObject({ role: 'case_record', ref: 'case', title: '办件信息', contentType: 'application/json' });
    expect(Buffer.from(caseObject.bytes).toString('utf8')).toBe('{}\n');
    expect(pkg.objects[4]!.object).toMatchObject({ role: 'audit_trail', ref: 'audit', title: '办理过程记录' });
    expect(pkg.objects[4]!.object).not.toHaveProperty('sourceKey');
  });

  it('refuses to archive an open case with a message naming it and its state', () => {
    const error = thrown(() =>
      buildArchivePackage({ record: { ...record, state: 'result_ready' }, caseView: {}, history, sources: [], at: ARCHIVED_AT }),
    );
    expect(error).toMatchObject({
      code: 'not_ended',
      message: 'Case HZ202603020001 is result_ready; only an ended case is archived.',
      details: { caseNumber: 'HZ202603020001' },
    });
  });

  it('says where a manifest departs from the format: the field, or the root', () => {
    expect(parseManifest(Buffer.from('null'))).toEqual({
      ok: false,
      problem: 'The manifest does not have the package format (root: 应为对象，收到的是空值)',
    });
    expect(parseManifest(Buffer.from('{"format":"onewindow-archive-package/1"}'))).toEqual({
      ok: false,
      problem: 'The manifest does not have the package format (standard: 应为 "GB/T 42727-2023")',
    });
  });
});

describe('fixity check of the copy', () => {
  const { record } = lifecycle('closed');
  // Listed when the group starts, not while the tests are collected, so a mutation run sees the rule.
  let sources: ReturnType<typeof archiveSources>;
  beforeAll(() => {
    sources = archiveSources(record, [notice('issued')]);
  });
  const reads = () => sources.map((s) => ({ sourceKey: s.sourceKey, bytes: BYTES[s.sourceKey] as Uint8Array | undefined }));

  it('passes objects whose bytes match the SHA-256 and size recorded when stored', () => {
    expect(checkSourceFixity(sources, reads())).toEqual([]);
  });

  it('names a missing object, a changed one and one of another size', () => {
    const r = reads();
    r[0]!.bytes = undefined;
    r[1]!.bytes = pdf('forged separation');
    const problems = checkSourceFixity(sources, r);
    expect(problems).toEqual([
      { ref: 'ID', role: 'material', sourceKey: 'uploads/ID.pdf', problem: 'missing' },
      expect.objectContaining({
        ref: 'SEPARATION',
        problem: 'sha256_mismatch',
        expected: sources[1]!.sha256,
        actual: sha(pdf('forged separation')),
      }),
    ]);
    const wrongSize = sources.map((s, i) => (i === 0 ? { ...s, size: 1 } : s));
    expect(checkSourceFixity(wrongSize, reads())).toEqual([
      expect.objectContaining({ ref: 'ID', problem: 'size_mismatch', expected: '1', actual: String(BYTES['uploads/ID.pdf']!.length) }),
    ]);
  });

  it('turns fixity problems into a failed integrity listing, nothing else judged', () => {
    const r = reads();
    r[1]!.bytes = pdf('forged');
    const result = fixityFailure(record.caseNumber, checkSourceFixity(sources, r), ARCHIVED_AT);
    expect(result.status).toBe('failed');
    expect(result.properties.integrity.status).toBe('fail');
    expect(result.properties.integrity.problems[0]).toContain('uploads/SEPARATION.pdf (material SEPARATION) does not match the SHA-256');
    for (const p of ['authenticity', 'usability', 'security'] as const) expect(result.properties[p].status).toBe('unverified');
  });
});

describe('the archive package', () => {
  const { record, history } = lifecycle('closed');
  let pkg: ArchivePackage;
  beforeAll(() => {
    pkg = packageOf(record, history);
  });

  it('is built only for an ended case', () => {
    const open = { ...record, state: 'result_ready' as const };
    expect(thrown(() => buildArchivePackage({ record: open, caseView: {}, history, sources: [], at: ARCHIVED_AT })).code).toBe('not_ended');
  });

  it('lays every object out under the case prefix, the manifest beside them', () => {
    expect(pkg.packageKey).toBe('packages/HZ202603020001/20260302T170000000Z');
    expect(pkg.manifestKey).toBe('packages/HZ202603020001/20260302T170000000Z/manifest.json');
    expect(pkg.manifest.objects.map((o) => o.key)).toEqual([
      'packages/HZ202603020001/20260302T170000000Z/objects/001-material-ID.pdf',
      'packages/HZ202603020001/20260302T170000000Z/objects/002-material-SEPARATION.pdf',
      'packages/HZ202603020001/20260302T170000000Z/objects/003-notice-000001-intake_receipt.pdf',
      'packages/HZ202603020001/20260302T170000000Z/objects/004-result-result.pdf',
      'packages/HZ202603020001/20260302T170000000Z/objects/005-delivery_proof-signature.png',
      'packages/HZ202603020001/20260302T170000000Z/objects/006-case_record-case.json',
      'packages/HZ202603020001/20260302T170000000Z/objects/007-audit_trail-audit.json',
    ]);
    expect(() => packageKeyOf('../etc', ARCHIVED_AT)).toThrow();
  });

  it('records each object with its role, size, type and the SHA-256 of the bytes written', () => {
    for (const { object, bytes } of pkg.objects) {
      expect(object.sha256).toBe(sha(bytes));
      expect(object.size).toBe(bytes.length);
    }
    expect(pkg.manifest.objects.find((o) => o.role === 'material')).toMatchObject({
      sourceKey: 'uploads/ID.pdf',
      contentType: 'application/pdf',
      sha256: scan('ID').sha256,
    });
    const trail = JSON.parse(Buffer.from(pkg.objects.find((o) => o.object.role === 'audit_trail')!.bytes).toString('utf8')) as AuditEntry[];
    expect(trail.map((a) => a.action)).toEqual(['register', 'forward', 'accept', 'decide', 'result_ready', 'hand_over', 'close']);
    const view = JSON.parse(Buffer.from(pkg.objects.find((o) => o.object.role === 'case_record')!.bytes).toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(view).toMatchObject({ caseNumber: record.caseNumber, state: 'closed' });
    expect(view).not.toHaveProperty('pendingTask');
  });

  it('carries the GB/T 42727 metadata: item, case number, department, masked applicant, dates, retention', () => {
    expect(pkg.manifest).toMatchObject({
      format: 'onewindow-archive-package/1',
      standard: 'GB/T 42727-2023',
      centre: 'HZ',
      item: { name: '失业保险金申领', code: record.itemCode, version: record.itemVersion, type: 'promised' },
      caseNumber: 'HZ202603020001',
      department: '人社局',
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      finalState: 'closed',
      outcome: 'approve',
      dates: { received: T0.toISOString(), decided: at(60).toISOString(), closed: at(121).toISOString() },
      retention: { code: 'Y30', retainUntil: '2056-03-02T17:00:00.000Z' },
      archivedAt: ARCHIVED_AT.toISOString(),
    });
    expect(pkg.manifestSha256).toBe(sha(pkg.manifestBytes));
  });

  it('dates a withdrawn case by its withdrawal, with no decision', () => {
    const w = lifecycle('withdrawn');
    const m = packageOf(w.record, w.history).manifest;
    expect(m.dates).toEqual({ received: T0.toISOString(), closed: at(60).toISOString() });
    expect(m).not.toHaveProperty('outcome');
    expect(m.finalState).toBe('withdrawn');
  });

  it('dates a terminated case (终止办理) by its termination', () => {
    const w = lifecycle('withdrawn');
    const terminated: CaseRecord = {
      ...w.record,
      state: 'terminated',
      withdrawal: undefined,
      termination: { reason: '容缺承诺未履行', terminatedAt: at(90).toISOString(), recordedBy: CLERK },
    };
    expect(packageOf(terminated, w.history).manifest.dates).toEqual({ received: T0.toISOString(), closed: at(90).toISOString() });
  });

  it('reads its own manifest back, and refuses what is not one', () => {
    expect(parseManifest(pkg.manifestBytes)).toEqual({ ok: true, manifest: pkg.manifest });
    expect(parseManifest(Buffer.from('{not json'))).toMatchObject({ ok: false, problem: expect.stringContaining('not readable JSON') });
    expect(parseManifest(Buffer.from(JSON.stringify({ ...pkg.manifest, format: 'other/1' })))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('format'),
    });
    expect(parseManifest(Buffer.from([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false });
  });
});

describe('verification: 真实性, 完整性, 可用性, 安全性', () => {
  const { record, history } = lifecycle('closed');
  let pkg: ArchivePackage;
  let materialKey: string;
  let until: string;
  beforeAll(() => {
    pkg = packageOf(record, history);
    materialKey = pkg.manifest.objects[0]!.key;
    until = pkg.manifest.retention.retainUntil;
  });

  it('passes an untouched package; without Object Lock reported, security stays unverified, not passed', () => {
    const r = verifyPackage(readingOf(pkg, record), at(200));
    expect(r.status).toBe('passed');
    expect([r.properties.authenticity.status, r.properties.integrity.status, r.properties.usability.status]).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    expect(r.properties.security).toEqual({ status: 'unverified', problems: [expect.stringContaining('no Object Lock')] });
    expect(r).toMatchObject({ caseNumber: record.caseNumber, packageKey: pkg.packageKey, checkedAt: at(200).toISOString() });
  });

  it('detects a changed object (integrity), naming it', () => {
    const r = verifyPackage(
      readingOf(pkg, record, (o) => {
        o.get(materialKey)!.bytes = pdf('tampered');
      }),
      at(200),
    );
    expect(r.status).toBe('failed');
    expect(r.properties.integrity).toEqual({
      status: 'fail',
      problems: [expect.stringContaining(`${materialKey} (居民身份证) has SHA-256 ${sha(pdf('tampered'))}`)],
    });
    expect(r.properties.authenticity.status).toBe('pass');
  });

  it('detects a missing object', () => {
    expect(
      verifyPackage(
        readingOf(pkg, record, (o) => o.delete(materialKey)),
        at(200),
      ).properties.integrity.problems,
    ).toEqual([`${materialKey} (居民身份证) is missing.`]);
  });

  it('detects a replaced manifest (authenticity), even one that is well formed', () => {
    const forged = Buffer.from(JSON.stringify({ ...pkg.manifest, objects: pkg.manifest.objects.slice(1) }));
    const r = verifyPackage(
      readingOf(pkg, record, (o) => {
        o.get(pkg.manifestKey)!.bytes = forged;
      }),
      at(200),
    );
    expect(r.properties.authenticity.status).toBe('fail');
    expect(r.properties.authenticity.problems[0]).toContain(`not the ${pkg.manifestSha256} recorded`);
    expect(r.properties.usability.status).toBe('pass');
  });

  it('fails authenticity for a manifest of another case or department, or a case with no archive record', () => {
    const other = Buffer.from(JSON.stringify({ ...pkg.manifest, caseNumber: 'HZ202603020002', department: '民政局' }));
    const reading = readingOf(pkg, record, (o) => {
      o.get(pkg.manifestKey)!.bytes = other;
    });
    const r = verifyPackage({ ...reading, recorded: { ...reading.recorded!, manifestSha256: sha(other) } }, at(200));
    expect(r.properties.authenticity.problems).toEqual([
      'The manifest\'s caseNumber is "HZ202603020002", the case\'s is "HZ202603020001".',
      'The manifest\'s department is "民政局", the case\'s is "人社局".',
    ]);
    const unrecorded = verifyPackage({ ...readingOf(pkg, record), recorded: undefined }, at(200));
    expect(unrecorded.properties.authenticity.problems).toEqual([
      'Case HZ202603020001 has no archive record to check the package against.',
    ]);
  });

  it('fails a package read under another prefix than its manifest names: authenticity and integrity', () => {
    const r = verifyPackage({ ...readingOf(pkg, record), packageKey: 'packages/HZ202603020001/other' }, at(200));
    expect(r.properties.authenticity.problems).toEqual([
      `The manifest's packageKey is "${pkg.packageKey}", the case's is "packages/HZ202603020001/other".`,
    ]);
    expect(r.properties.integrity.problems).toHaveLength(pkg.manifest.objects.length);
    expect(r.properties.integrity.problems[0]).toContain('lies outside the package');
  });

  it('fails usability (and the rest) when the manifest is missing or unreadable', () => {
    const missing = verifyPackage(
      readingOf(pkg, record, (o) => o.delete(pkg.manifestKey)),
      at(200),
    );
    expect(missing.properties.usability.status).toBe('fail');
    expect(missing.properties.integrity.status).toBe('fail');
    expect(missing.properties.authenticity.status).toBe('fail');
    const garbled = verifyPackage(
      readingOf(pkg, record, (o) => {
        o.get(pkg.manifestKey)!.bytes = Buffer.from('garbage');
      }),
      at(200),
    );
    expect(garbled.properties.usability.problems[0]).toContain('not readable JSON');
  });

  it('fails usability for an object that does not open as its type', () => {
    const jsonKey = pkg.manifest.objects.find((o) => o.role === 'audit_trail')!.key;
    const notJson = Buffer.from('not json');
    // The manifest is re-recorded so only usability can fail: an object written that way from the start.
    const objects = pkg.manifest.objects.map((o) => (o.key === jsonKey ? { ...o, sha256: sha(notJson), size: notJson.length } : o));
    const manifestBytes = Buffer.from(JSON.stringify({ ...pkg.manifest, objects }));
    const reading = readingOf(
      { ...pkg, manifest: { ...pkg.manifest, objects }, manifestBytes, manifestSha256: sha(manifestBytes) },
      record,
      (o) => {
        o.get(jsonKey)!.bytes = notJson;
      },
    );
    const r = verifyPackage(reading, at(200));
    expect(r.properties.usability.problems).toEqual([`${jsonKey} (办理过程记录) does not open as application/json.`]);
    expect(r.properties.integrity.status).toBe('pass');
  });

  it('checks Object Lock where storage reports it: COMPLIANCE, until the retention date, on every object', () => {
    const locked = (lock: ObjectRead['lock'], only?: string) => (o: Map<string, ObjectRead>) => {
      for (const [key, read] of o) if (!only || key === only) read.lock = lock;
    };
    const all = (lock: ObjectRead['lock']) => (o: Map<string, ObjectRead>) => {
      for (const read of o.values()) read.lock = { mode: 'COMPLIANCE', retainUntil: until };
      if (lock !== undefined) o.get(materialKey)!.lock = lock;
    };
    expect(
      verifyPackage(readingOf(pkg, record, locked({ mode: 'COMPLIANCE', retainUntil: '2060-01-01T00:00:00Z' })), at(200)).properties
        .security,
    ).toEqual({ status: 'pass', problems: [] });
    expect(
      verifyPackage(readingOf(pkg, record, all({ mode: 'GOVERNANCE', retainUntil: until })), at(200)).properties.security.problems,
    ).toEqual([`${materialKey} is locked in GOVERNANCE mode, not COMPLIANCE.`]);
    expect(verifyPackage(readingOf(pkg, record, all({})), at(200)).properties.security.problems).toEqual([
      `${materialKey} has no Object Lock retention.`,
    ]);
    const early = verifyPackage(readingOf(pkg, record, all({ mode: 'COMPLIANCE', retainUntil: '2030-01-01T00:00:00Z' })), at(200));
    expect(early.properties.security.problems[0]).toContain('retained until 2030-01-01T00:00:00Z, before');
    expect(early.status).toBe('failed');
    expect(verifyPackage(readingOf(pkg, record, all({ mode: 'COMPLIANCE' })), at(200)).properties.security.status).toBe('fail');
    expect(
      verifyPackage(readingOf(pkg, record, locked({ mode: 'COMPLIANCE', retainUntil: until }, pkg.manifestKey)), at(200)).properties
        .security.problems,
    ).toHaveLength(pkg.manifest.objects.length);
  });

  it('reads partial Object Locks as what they are: a mode alone has no date, a date alone no mode', () => {
    const only = (lock: ObjectRead['lock']) => (o: Map<string, ObjectRead>) => {
      for (const read of o.values()) read.lock = lock;
    };
    const modeOnly = verifyPackage(readingOf(pkg, record, only({ mode: 'COMPLIANCE' })), at(200)).properties.security.problems;
    expect(modeOnly[0]).toBe(`${pkg.manifestKey} is retained until an unknown date, before the package's ${until}.`);
    const dateOnly = verifyPackage(readingOf(pkg, record, only({ retainUntil: until })), at(200)).properties.security.problems;
    expect(dateOnly[0]).toBe(`${pkg.manifestKey} is locked in no mode, not COMPLIANCE.`);
  });

  it('finds a manifest that lists an object twice, has no case record, or gives an object the wrong size', () => {
    const [first, second] = pkg.manifest.objects;
    const objects = [
      first!,
      { ...second!, size: second!.size + 1 },
      ...pkg.manifest.objects.slice(2).filter((o) => o.role !== 'case_record'),
      first!,
    ];
    const forged = Buffer.from(JSON.stringify({ ...pkg.manifest, objects }));
    const r = verifyPackage(
      readingOf(pkg, record, (o) => o.set(pkg.manifestKey, { key: pkg.manifestKey, bytes: forged })),
      at(200),
    );
    expect(r.properties.integrity.problems).toEqual([
      'The manifest lists no case_record.',
      `${second!.key} (${second!.title}) is ${second!.size} bytes, not ${second!.size + 1}.`,
      `${first!.key} is listed twice.`,
    ]);
    expect(failedProperties(r)).toEqual(['authenticity', 'integrity']);
    expect(failedProperties(verifyPackage(readingOf(pkg, record), at(200)))).toEqual([]);
  });

  it('says a manifest with bytes that are not UTF-8 is not readable, even inside a JSON string', () => {
    const bytes = Buffer.concat([Buffer.from('{"format":"'), Buffer.from([0xff]), Buffer.from('"}')]);
    expect(parseManifest(bytes)).toMatchObject({ ok: false, problem: expect.stringContaining('The manifest is not readable JSON') });
  });

  it('raises a failure once, and again only when it changes', () => {
    const ok = verifyPackage(readingOf(pkg, record), at(200));
    const bad = verifyPackage(
      readingOf(pkg, record, (o) => {
        o.get(materialKey)!.bytes = pdf('x');
      }),
      at(200),
    );
    const worse = verifyPackage(
      readingOf(pkg, record, (o) => o.delete(materialKey)),
      at(300),
    );
    expect(isNewFailure(undefined, ok)).toBe(false);
    expect(isNewFailure(undefined, bad)).toBe(true);
    expect(isNewFailure(ok, bad)).toBe(true);
    expect(isNewFailure(bad, { ...bad, checkedAt: at(300).toISOString() })).toBe(false);
    expect(isNewFailure(bad, worse)).toBe(true);
  });
});

describe('immutability', () => {
  it('refuses with 409 archived, and keeps who tried what', () => {
    const { record } = lifecycle('closed');
    const archived = { at: ARCHIVED_AT.toISOString(), packageKey: 'packages/HZ202603020001', manifestSha256: 'f'.repeat(64) };
    const error = archivedError(record.caseNumber, archived);
    expect([error.status, error.code]).toEqual([409, 'archived']);
    expect(error.message).toContain('archived on 2026-03-02');
    const attempt = { ...decideCase({ ...record, state: 'accepted' }, { outcome: 'deny', opinion: '改判' }, APPROVER, at(300)).audit };
    expect(refusedChange(archived, attempt, at(301))).toEqual({
      caseNumber: record.caseNumber,
      at: at(301).toISOString(),
      action: 'decide',
      attemptedState: 'denied',
      actor: APPROVER,
      packageKey: 'packages/HZ202603020001',
    });
  });
});

describe('the day’s archive list (一天一归档)', () => {
  const { record, history } = lifecycle('closed');
  const checklist = item().materials;

  it('lists paper originals: materials whose checklist asks for paper or originals; never reused ones; a proxy letter always', () => {
    expect(paperOriginals(record, checklist)).toEqual([
      { code: 'ID', name: '居民身份证', originals: 1, copies: 1 },
      { code: 'SEPARATION', name: '解除劳动关系证明', originals: 1, copies: 0 },
    ]);
    const electronicOnly = checklist.map((m) => ({ ...m, form: 'electronic' as const, originals: 0 }));
    expect(paperOriginals(record, electronicOnly)).toEqual([]);
    const reused = {
      ...record,
      materials: record.materials.map((m) => ({ ...m, reusedFrom: { caseNumber: 'HZ202601010001', verifiedAt: T0.toISOString() } })),
    };
    expect(paperOriginals(reused, checklist)).toEqual([]);
    expect(paperOriginals(record, undefined)).toEqual([]);
    const proxied = {
      ...record,
      agent: {
        kind: 'proxy' as const,
        name: '李*',
        idNumberMasked: 'x',
        reason: 'ill' as const,
        authorisation: { document: scan('LETTER', 'uploads/LETTER.pdf') },
      },
    };
    expect(paperOriginals(proxied, undefined)).toEqual([{ code: 'AGENT_AUTHORISATION', name: '授权委托书', originals: 1, copies: 0 }]);
  });

  it('lists a package by its China-local archiving day, with its size and count', () => {
    const pkg = packageOf(record, history);
    const entry = archiveEntry(pkg, record, checklist);
    expect(entry).toMatchObject({
      day: '2026-03-03',
      caseNumber: record.caseNumber,
      department: '人社局',
      manifestSha256: pkg.manifestSha256,
      objects: 8,
    });
    expect(entry.bytes).toBe(pkg.manifestBytes.length + pkg.objects.reduce((s, o) => s + o.bytes.length, 0));
  });

  it("builds one department's list for one day, from that day's entries only", () => {
    const pkg = packageOf(record, history);
    const base = archiveEntry(pkg, record, checklist);
    const entries: ArchiveEntry[] = [
      { ...base, caseNumber: 'HZ202603030002' },
      base,
      { ...base, caseNumber: 'HZ202603020009', day: '2026-03-02' },
      { ...base, caseNumber: 'HZ202603030003', department: '民政局' },
      { ...base, caseNumber: 'XX202603030001', centre: 'XX' },
    ];
    const list = dailyManifest('HZ', '人社局', '2026-03-03', entries, at(2000));
    expect(list.electronicFiles.map((f) => f.caseNumber)).toEqual(['HZ202603020001', 'HZ202603030002']);
    expect(list.paperOriginals.map((p) => `${p.caseNumber}:${p.code}`)).toEqual([
      'HZ202603020001:ID',
      'HZ202603020001:SEPARATION',
      'HZ202603030002:ID',
      'HZ202603030002:SEPARATION',
    ]);
    expect(list.totals).toEqual({ cases: 2, paperSheets: 6, objects: 16, bytes: 2 * base.bytes });
    expect(dailyManifest('HZ', '人社局', '2026-03-04', entries, at(2000)).totals).toEqual({
      cases: 0,
      paperSheets: 0,
      objects: 0,
      bytes: 0,
    });
  });

  it('lists yesterday by China time when no day is named', () => {
    expect(previousChinaDay(new Date('2026-03-02T15:59:00Z'))).toBe('2026-03-01');
    expect(previousChinaDay(new Date('2026-03-02T16:00:00Z'))).toBe('2026-03-02');
    expect(previousChinaDay(new Date('2026-01-01T00:00:00Z'))).toBe('2025-12-31');
    expect(manifestKeyOf('packages/A')).toBe('packages/A/manifest.json');
  });
});
