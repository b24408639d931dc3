import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_FONTS } from '#documents/font-files';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import {
  acceptCase,
  endSpecialProcedure,
  extendCase,
  reassignCase,
  refuseCase,
  requestSupplement,
  startSpecialProcedure,
  lapseCase,
  supplyRequested,
} from '#domain/case/back-office';
import { closeCase, forwardCase, openStep } from '#domain/case/workflow-waits';
import { completeIntake, registerCase, withdrawCase } from '#domain/case/registration';
import { decideCase } from '#domain/case/decision';
import { changeDelivery, confirmReceipt, dispatchResult, handOverCase, scanResult } from '#domain/case/output';
import { revertTransition, type AuditEntry, type Transition } from '#domain/case/transition';
import { WORKFLOW_ACTOR } from '#domain/case/actor';
import { SPECIAL_PROCEDURE_KINDS, type SpecialProcedureKind, type CaseRecord, type PickupRecipient } from '#domain/case/records';
import type { CaseAction, CaseState } from '#domain/case/lifecycle';
import {
  buildNotice,
  chinaDateText,
  dayText,
  isNoticeKind,
  mayIssueNotices,
  NOTICE_ID_PATTERN,
  NOTICE_KIND_LIST,
  NOTICE_KINDS,
  noticeId,
  noticeNumber,
  noticeObjectKey,
  noticesFor,
  STAMP_TEXT,
  type NoticeDocument,
  type NoticeKind,
  type NoticeFacts,
} from '#domain/notices';
import { FUNCTIONS } from '#manifest';
import { DEPARTMENT_PROFILES } from '#catalog/departments';
import { SEED_CATALOG } from '#local/seed-catalog';
import { APPROVER, at, CLERK, item, material, OUTPUT, T0 } from './fixtures';

const FULL_ID = '11010519491231002X';
const HRSS = { name: '人社局', fullName: '合作市人力资源和社会保障局', reviewBody: '合作市人民政府', court: '合作市人民法院' };
const CHECKLIST = item().materials;
const DEFERRAL = {
  materials: [{ code: 'BANK', name: '本人银行卡' }],
  dueDate: '2026-03-06',
  commitment: '本人承诺于2026年3月6日前补交本人银行卡复印件，逾期未补交的，自愿承担相应后果。',
};
const PROBLEMS = [
  { code: 'ID', name: '居民身份证', problem: '复印件模糊，无法辨认证件号码，请提供清晰复印件并携带原件核验。' },
  { code: 'SEPARATION', name: '解除劳动关系证明', problem: '未提交该材料。' },
];

function received(
  outcome?: Parameters<typeof registerCase>[0]['outcome'],
  overrides: Partial<Parameters<typeof registerCase>[0]> = {},
): Transition {
  return registerCase({
    caseNumber: 'HZ202603020001',
    centre: 'HZ',
    item: item(),
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials:
      outcome?.kind === 'incomplete'
        ? []
        : [
            { ...material('ID'), name: '居民身份证' },
            { ...material('SEPARATION'), name: '解除劳动关系证明' },
          ],
    outcome,
    promisedBy: '2026-03-09',
    actor: CLERK,
    at: T0,
    ...overrides,
  });
}

/** The notices that answer an application at the window. */
const INTAKE_KINDS: NoticeKind[] = ['intake_receipt', 'correction', 'deferred_acceptance'];
const RESULT = {
  kind: 'licence' as const,
  number: '人社许字〔2026〕001号',
  title: '失业保险金核定通知书',
  issuer: '合作市人力资源和社会保障局',
  validFrom: '2026-03-03',
  validUntil: '2027-03-02',
};
const RESULT_SCAN = { objectKey: 'uploads/result.pdf', sha256: 'b'.repeat(64), size: 99, contentType: 'application/pdf' };
const SIGNATURE = { objectKey: 'uploads/signature.png', sha256: 'c'.repeat(64), size: 80, contentType: 'image/png' };
const RECIPIENT: PickupRecipient = { kind: 'applicant', name: '张*', idNumberMasked: '110***********002X', verifiedBy: 'applicant_key' };
const COURIER = {
  method: 'courier' as const,
  address: { recipient: '张*', phone: '139****9000', province: '甘肃省', city: '合作市', street: '人民路8****' },
};

const facts = (record: CaseRecord, extra: Partial<NoticeFacts> = {}): NoticeFacts => ({
  number: 'HZ-SJ-20260302-0001',
  issuedAt: T0.toISOString(),
  centreName: '合作市政务服务中心',
  case: record,
  checklist: CHECKLIST,
  ...extra,
});

/** All the text a reader of the notice sees. */
const allText = (doc: NoticeDocument) =>
  [
    doc.title,
    doc.number,
    doc.centreName,
    doc.issuedAt,
    doc.caseNumber,
    doc.itemName,
    doc.department,
    doc.applicant.name,
    doc.applicant.idNumberMasked,
    doc.addressee,
    ...doc.paragraphs,
    ...(doc.table ? [doc.table.caption, ...doc.table.columns.map((c) => c.header), ...doc.table.rows.flat()] : []),
    ...doc.closing,
    ...doc.deadlines.flatMap((d) => [d.label, d.value]),
    doc.stamp,
    doc.issuer,
    ...(doc.signatureLines ?? []),
    ...doc.remarks,
  ].join('\n');

describe('notice kinds', () => {
  it('names each kind with its Chinese title and its own number code', () => {
    expect(NOTICE_KINDS.intake_receipt.title).toBe('材料接收告知单');
    expect(NOTICE_KINDS.correction.title).toBe('一次性补正告知书');
    expect(NOTICE_KINDS.deferred_acceptance.title).toBe('容缺受理通知书');
    expect(NOTICE_KINDS.acceptance.title).toBe('受理通知书');
    expect(NOTICE_KINDS.not_accepted.title).toBe('不予受理通知书');
    expect(NOTICE_KINDS.supplement_request.title).toBe('补正材料通知书');
    expect(NOTICE_KINDS.special_procedure.title).toBe('特别程序告知书');
    expect(NOTICE_KINDS.extension.title).toBe('延长审批期限告知书');
    expect(NOTICE_KINDS.collection_notice.title).toBe('领取通知');
    expect(NOTICE_KINDS.service_receipt.title).toBe('送达回证');
    const codes = NOTICE_KIND_LIST.map((k) => NOTICE_KINDS[k].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2,3}$/);
  });

  it('recognises kinds by name and nothing else', () => {
    for (const kind of NOTICE_KIND_LIST) expect(isNoticeKind(kind)).toBe(true);
    expect(isNoticeKind('toString')).toBe(false);
    expect(isNoticeKind('acceptance')).toBe(true);
    expect(isNoticeKind('approval')).toBe(false);
  });
});

describe('notice numbers and ids', () => {
  it('writes centre, kind code, China date and a four-digit daily sequence', () => {
    expect(noticeNumber('intake_receipt', 'HZ', '20261124', 1)).toBe('HZ-SJ-20261124-0001');
    expect(noticeNumber('correction', 'HZ', '20261124', 42)).toBe('HZ-BZ-20261124-0042');
    expect(noticeNumber('deferred_acceptance', 'JP', '20261231', 9999)).toBe('JP-RQ-20261231-9999');
  });

  it('refuses a sequence out of range, a malformed date or centre', () => {
    expect(() => noticeNumber('intake_receipt', 'HZ', '20261124', 0)).toThrow();
    expect(() => noticeNumber('intake_receipt', 'HZ', '20261124', 10_000)).toThrow();
    expect(() => noticeNumber('intake_receipt', 'HZ', '20261124', 1.5)).toThrow();
    expect(() => noticeNumber('intake_receipt', 'HZ', '2026-11-24', 1)).toThrow();
    expect(() => noticeNumber('intake_receipt', 'H Z', '20261124', 1)).toThrow('Not a centre code: H Z');
    // Exactly eight digits: a longer or prefixed day is refused too, each with the value that was wrong.
    expect(() => noticeNumber('intake_receipt', 'HZ', '2026112400', 1)).toThrow('Not a yyyymmdd date: 2026112400');
    expect(() => noticeNumber('intake_receipt', 'HZ', 'x20261124', 1)).toThrow('Not a yyyymmdd date: x20261124');
    expect(() => noticeNumber('intake_receipt', 'HZ', '20261124', 0)).toThrow('Notice sequence out of range (1–9999): 0');
  });

  it('gives distinct numbers to distinct sequences, kinds and days (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTICE_KIND_LIST),
        fc.constantFrom(...NOTICE_KIND_LIST),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9999 }),
        (a, b, s, t) => {
          const same = a === b && s === t;
          expect(noticeNumber(a, 'HZ', '20261124', s) === noticeNumber(b, 'HZ', '20261124', t)).toBe(same);
        },
      ),
    );
  });

  it('keys a notice on the audit line and the kind, so a redelivered line names the same notice', () => {
    expect(noticeId(1, 'intake_receipt')).toBe('000001-intake_receipt');
    expect(noticeId(1, 'intake_receipt')).toBe(noticeId(1, 'intake_receipt'));
    expect(noticeId(1, 'intake_receipt')).not.toBe(noticeId(1, 'deferred_acceptance'));
    expect(noticeId(1, 'correction')).not.toBe(noticeId(2, 'correction'));
    for (const kind of NOTICE_KIND_LIST) expect(noticeId(123456, kind)).toMatch(NOTICE_ID_PATTERN);
    expect(noticeObjectKey('HZ202603020001', '000001-intake_receipt')).toBe('notices/HZ202603020001/000001-intake_receipt.pdf');
  });
});

describe('dates on notices', () => {
  it('writes the China-local date of an instant', () => {
    expect(chinaDateText('2026-11-24T02:00:00Z')).toBe('2026年11月24日');
    // 00:30 in Beijing is still the previous day in UTC.
    expect(chinaDateText('2026-11-23T16:30:00Z')).toBe('2026年11月24日');
    expect(chinaDateText('2026-01-05T15:59:59Z')).toBe('2026年1月5日');
    expect(() => chinaDateText('not a date')).toThrow('Not a date: not a date');
  });

  it('writes a calendar day without shifting it', () => {
    expect(dayText('2026-03-06')).toBe('2026年3月6日');
    expect(dayText('2026-12-31')).toBe('2026年12月31日');
    // An instant is not a calendar day: it is written as its China-local day (20:00 UTC is the next morning).
    expect(dayText('2026-03-06T20:00:00Z')).toBe('2026年3月7日');
    expect(() => dayText('x2026-03-06')).toThrow('Not a date: x2026-03-06');
  });
});

describe('which audit lines issue which notices', () => {
  it('a complete registration issues the receipt', () => {
    const { record, audit } = received();
    expect(noticesFor(audit, record)).toEqual(['intake_receipt']);
  });

  it('an incomplete application issues the one-time correction notice only', () => {
    const { record, audit } = received({ kind: 'incomplete', problems: PROBLEMS });
    expect(audit.toState).toBe('incomplete');
    expect(noticesFor(audit, record)).toEqual(['correction']);
  });

  it('a deferred (容缺) registration issues the receipt and then the deferred acceptance notice', () => {
    const { record, audit } = received({ kind: 'deferred', deferral: DEFERRAL });
    expect(audit.toState).toBe('registered');
    expect(noticesFor(audit, record)).toEqual(['intake_receipt', 'deferred_acceptance']);
  });

  it('the supplement that completes a corrected application issues the receipt, and no second correction notice', () => {
    const incomplete = received({ kind: 'incomplete', problems: PROBLEMS }).record;
    const { record, audit } = completeIntake(
      incomplete,
      [{ ...material('ID'), name: '居民身份证' }],
      { kind: 'registered' },
      '2026-03-10',
      CLERK,
      at(60),
    );
    expect(audit.action).toBe('complete_intake');
    expect(noticesFor(audit, record)).toEqual(['intake_receipt']);
  });

  it('a 即办件 decided at the window issues the receipt', () => {
    const { record, audit } = received(
      { kind: 'decided', outcome: 'approve', opinion: '准予' },
      { item: item({ itemType: 'immediate', promisedDays: 0 }) },
    );
    expect(noticesFor(audit, record)).toEqual(['intake_receipt']);
  });

  it('no other step of the lifecycle issues a notice, nor a reverted line; the scan issues the 领取通知, the hand-over the 送达回证', () => {
    let record = received().record;
    const lines: Transition[] = [];
    const step = (t: Transition) => {
      lines.push(t);
      record = t.record;
    };
    step(forwardCase(record, 'token-1', at(1)));
    step(forwardCase(record, 'token-2', at(2)));
    step(reassignCase(record, { subject: 'appr-2', name: '孙*', reason: '分案' }, APPROVER, at(2)));
    record = acceptCase(record, DEFAULT_CALENDAR, APPROVER, at(2)).record;
    step(openStep(record, 'decision', 'token-d', at(2)));
    record = startSpecialProcedure(record, { kind: 'testing', reason: '检测' }, APPROVER, at(2)).record;
    // Ending a procedure issues no paper; the moved deadline shows in the progress query.
    step(endSpecialProcedure(record, { outcome: '合格' }, DEFAULT_CALENDAR, APPROVER, at(2)));
    const before = record;
    step(decideCase(record, { outcome: 'approve', opinion: '准予' }, APPROVER, at(3)));
    step(revertTransition(before, lines.at(-1)!, 'execution gone', at(4)));
    step(decideCase(record, { outcome: 'approve', opinion: '准予', result: RESULT }, APPROVER, at(5)));
    step(openStep(record, 'result_scan', 'token-3', at(6)));
    const scanned = scanResult(record, { number: RESULT.number, scan: RESULT_SCAN }, OUTPUT, at(6));
    record = scanned.record;
    step(openStep(record, 'result_ready', 'token-4', at(6)));
    step(changeDelivery(record, { delivery: { method: 'pickup' }, reason: '申请人到窗口领取' }, OUTPUT, at(6)));
    const ready = record;
    const handed = handOverCase(record, { recipient: RECIPIENT, signature: SIGNATURE }, OUTPUT, at(7));
    step(revertTransition(ready, handed, 'execution gone', at(7)));
    record = handOverCase(record, { recipient: RECIPIENT, signature: SIGNATURE }, OUTPUT, at(7)).record;
    step(closeCase(record, at(8)));
    for (const t of lines) {
      expect(noticesFor(t.audit, t.record), `${t.audit.action} ${t.audit.result}`).toEqual([]);
      expect(mayIssueNotices(t.audit)).toBe(false);
    }
    expect(noticesFor(scanned.audit, scanned.record)).toEqual(['collection_notice']);
    expect(noticesFor(handed.audit, handed.record)).toEqual(['service_receipt']);
  });

  it('a mailed result: the dispatch issues no notice, the carrier’s receipt issues the 送达回证', () => {
    const accepted = acceptCase(forwardCase(received().record, 'tok', at(1)).record, DEFAULT_CALENDAR, APPROVER, at(2)).record;
    const decided = decideCase(accepted, { outcome: 'approve', opinion: '准予', result: RESULT }, APPROVER, at(3)).record;
    const courier = changeDelivery(decided, { delivery: COURIER, reason: '申请人要求邮寄' }, CLERK, at(4));
    const ready = scanResult(courier.record, { number: RESULT.number, scan: RESULT_SCAN }, OUTPUT, at(5));
    const mailed = dispatchResult(ready.record, { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' }, OUTPUT, at(6));
    const received_ = confirmReceipt(mailed.record, { receivedOn: '2026-03-04' }, OUTPUT, at(7));
    expect(noticesFor(courier.audit, courier.record)).toEqual([]);
    expect(noticesFor(ready.audit, ready.record)).toEqual(['collection_notice']);
    expect(noticesFor(mailed.audit, mailed.record)).toEqual([]);
    expect(noticesFor(received_.audit, received_.record)).toEqual(['service_receipt']);
    // The 领取通知 tells a courier applicant where it will be mailed, not to come to the window.
    const notice = allText(buildNotice('collection_notice', facts(ready.record)));
    expect(notice).toContain('邮寄');
    expect(notice).not.toContain('统一出件窗口领取');
  });

  it('ignores an audit line of another case', () => {
    const { record, audit } = received();
    expect(noticesFor({ ...audit, caseNumber: 'HZ202603020002' }, record)).toEqual([]);
  });

  it('issues nothing for a reverted intake line, and never a correction without problems (property)', () => {
    const actions: CaseAction[] = [
      'register',
      'complete_intake',
      'forward',
      'decide',
      'result_ready',
      'change_delivery',
      'dispatch',
      'hand_over',
      'close',
    ];
    const states: CaseState[] = [
      'incomplete',
      'registered',
      'pending_acceptance',
      'approved',
      'denied',
      'result_ready',
      'mailed',
      'delivered',
      'closed',
    ];
    const base = received().record;
    fc.assert(
      fc.property(
        fc.constantFrom(...actions),
        fc.constantFrom(...states),
        fc.constantFrom<'ok' | 'reverted'>('ok', 'reverted'),
        fc.boolean(),
        fc.boolean(),
        (action, toState, result, withCorrection, withDeferral) => {
          const record: CaseRecord = {
            ...base,
            correction: withCorrection ? { requestedAt: T0.toISOString(), problems: PROBLEMS } : undefined,
            deferred: withDeferral ? DEFERRAL : undefined,
          };
          const audit: AuditEntry = { ...received().audit, action, toState, fromState: null, result };
          const kinds = noticesFor(audit, record);
          if (result === 'reverted') expect(kinds).toEqual([]);
          if (action !== 'register' && action !== 'complete_intake') expect(kinds.filter((k) => INTAKE_KINDS.includes(k))).toEqual([]);
          // Delivery notices only for the step that makes the result ready, or delivers it.
          if (kinds.includes('collection_notice')) expect([action, toState]).toEqual(['result_ready', 'result_ready']);
          if (kinds.includes('service_receipt')) expect([action, toState]).toEqual(['hand_over', 'delivered']);
          if (!withCorrection) expect(kinds).not.toContain('correction');
          if (!withDeferral) expect(kinds).not.toContain('deferred_acceptance');
          if (kinds.includes('correction')) expect(kinds).toEqual(['correction']);
          if (kinds.includes('deferred_acceptance')) expect(kinds).toContain('intake_receipt');
        },
      ),
    );
  });
});

describe('材料接收告知单 (intake receipt)', () => {
  // Built before each group rather than while collecting the tests, so a mutation run sees the rules under test.
  let doc: NoticeDocument;
  beforeAll(() => {
    doc = buildNotice('intake_receipt', facts(received().record));
  });

  it('carries number, date, centre, case, item, department and the masked applicant', () => {
    expect(doc).toMatchObject({
      kind: 'intake_receipt',
      title: '材料接收告知单',
      number: 'HZ-SJ-20260302-0001',
      centreName: '合作市政务服务中心',
      issuedAt: '2026年3月2日',
      issuedAtIso: T0.toISOString(),
      caseNumber: 'HZ202603020001',
      itemName: '失业保险金申领',
      department: '人社局',
      applicant: { name: '张*', idLabel: '居民身份证号码', idNumberMasked: '110***********002X' },
      addressee: '张*：',
      stamp: STAMP_TEXT,
    });
  });

  it('lists every received material with originals, copies and the scan', () => {
    expect(doc.table?.columns.map((c) => c.header)).toEqual(['序号', '材料名称', '原件', '复印件', '电子件']);
    expect(doc.table?.rows).toEqual([
      ['1', '居民身份证', '1份', '1份', '已扫描'],
      ['2', '解除劳动关系证明', '1份', '—', '已扫描'],
    ]);
    expect(doc.paragraphs.join('')).toContain('共2项');
  });

  it('says when the materials were received, the promised working days and that it is not an acceptance', () => {
    const text = allText(doc);
    expect(text).toContain('于2026年3月2日');
    expect(text).toContain('承诺办结时限为5个工作日');
    expect(text).toContain('转人社局办理');
    expect(text).toContain('不代表申请已被受理或者批准');
    expect(doc.deadlines).toEqual([
      { label: '承诺办结时限', value: '5个工作日（自受理之日起计算）' },
      { label: '预计办结日期', value: '2026年3月9日（如有特别程序则相应顺延）' },
    ]);
  });

  it('shows dashes where the checklist is unknown, and none for paper counts of an electronic-only material', () => {
    const unknown = buildNotice('intake_receipt', facts(received().record, { checklist: undefined }));
    expect(unknown.table?.rows[0]).toEqual(['1', '居民身份证', '—', '—', '已扫描']);
    const electronic = buildNotice(
      'intake_receipt',
      facts(received().record, { checklist: [{ code: 'ID', originals: 1, copies: 2, form: 'electronic' }] }),
    );
    expect(electronic.table?.rows[0]).toEqual(['1', '居民身份证', '—', '—', '已扫描']);
  });

  it('points a deferred case to the deferred acceptance notice and its due date', () => {
    const deferred = buildNotice('intake_receipt', facts(received({ kind: 'deferred', deferral: DEFERRAL }).record));
    expect(deferred.closing.join('')).toContain('另有1项材料经您书面承诺予以容缺');
    expect(deferred.closing.join('')).toContain('2026年3月6日前');
    expect(deferred.closing.join('')).toContain('《容缺受理通知书》');
    expect(deferred.deadlines).toContainEqual({ label: '容缺材料补交期限', value: '2026年3月6日' });
  });

  it('says a 即办件 was accepted and decided on the spot, with no promised limit, and does not deny the acceptance', () => {
    const t = received(
      { kind: 'decided', outcome: 'approve', opinion: '准予' },
      { item: item({ itemType: 'immediate', promisedDays: 0 }) },
    );
    const spot = buildNotice('intake_receipt', facts(t.record));
    expect(spot.closing.join('')).toContain('本事项为即办件，本中心已于2026年3月2日当场受理并办结');
    const text = allText(spot);
    expect(text).not.toContain('不代表');
    expect(text).not.toContain('承诺办结时限');
    expect(spot.deadlines).toEqual([]);
  });

  it('prints the query code and the progress page that opens with case number and code filled in', () => {
    const progress = { queryCode: 'K7M2Q9XA', url: 'https://zwfw.hezuo.gov.cn/progress?case=HZ202603020001&code=K7M2Q9XA' };
    const withCode = buildNotice('intake_receipt', facts(received().record, { progress }));
    expect(withCode.progress).toEqual(progress);
    // The body tells how to follow the case with the code, so the small print does not repeat it.
    expect(withCode.remarks).toEqual(['本文书一式两份，一份交申请人，一份由本中心存档。']);
    expect(withCode.closing.join('')).toContain('办件查询码：K7M2Q9XA');
    expect(withCode.closing.join('')).toContain('扫描下方二维码');
    expect(withCode.closing.join('')).toContain('凭办件编号和查询码扫描下方二维码，或在本中心“办件进度查询”中查询办理进度');
    // Only the receipt carries the code: it is the applicant's key to the public progress page.
    const record = withEveryFact(received().record);
    for (const kind of NOTICE_KIND_LIST.filter((k) => k !== 'intake_receipt')) {
      const other = buildNotice(kind, facts(record, { progress }));
      expect(other.progress, kind).toBeUndefined();
      expect(allText(other), kind).not.toContain('K7M2Q9XA');
    }
  });
});

describe('一次性补正告知书 (correction notice)', () => {
  let doc: NoticeDocument;
  beforeAll(() => {
    doc = buildNotice('correction', facts(received({ kind: 'incomplete', problems: PROBLEMS }).record, { number: 'HZ-BZ-20260302-0001' }));
  });

  it('lists every missing or defective material with its reason, all at once', () => {
    expect(doc.title).toBe('一次性补正告知书');
    expect(doc.table?.caption).toBe('需要补正的材料');
    expect(doc.table?.columns.map((c) => c.header)).toEqual(['序号', '材料名称', '存在问题及补正要求']);
    expect(doc.table?.rows).toEqual(PROBLEMS.map((p, i) => [String(i + 1), p.name, p.problem]));
    expect(doc.paragraphs.join('')).toContain('全部内容（共2项）一次性告知');
  });

  it('cites the law, tells the applicant to bring the materials and that they are then reviewed', () => {
    const text = allText(doc);
    expect(text).toContain('《中华人民共和国行政许可法》第三十二条第一款第（四）项');
    expect(text).toContain('携带本告知书到本中心综合受理窗口提交');
    expect(text).toContain('本中心将对申请予以审查并受理');
    expect(text).toContain('不再就本次申请要求补正本告知书未列明的材料');
    expect(text).toContain('办件编号：HZ202603020001');
  });
});

describe('容缺受理通知书 (deferred acceptance notice)', () => {
  let doc: NoticeDocument;
  beforeAll(() => {
    doc = buildNotice(
      'deferred_acceptance',
      facts(received({ kind: 'deferred', deferral: DEFERRAL }).record, { number: 'HZ-RQ-20260302-0001' }),
    );
  });

  it('lists the deferred materials with their due date', () => {
    expect(doc.title).toBe('容缺受理通知书');
    expect(doc.table?.rows).toEqual([['1', '本人银行卡', '2026年3月6日前']]);
  });

  it("quotes the applicant's commitment and says what happens after the due date", () => {
    const text = allText(doc);
    expect(text).toContain(`申请人承诺：${DEFERRAL.commitment}`);
    expect(text).toContain('请您于2026年3月6日前（含当日）');
    expect(text).toContain('终止办理');
    expect(text).toContain('予以容缺受理');
    expect(doc.deadlines).toEqual([
      { label: '容缺材料补交期限', value: '2026年3月6日' },
      { label: '承诺办结时限', value: '5个工作日（自受理之日起计算）' },
    ]);
  });
});

/** A case carrying the facts of every notice kind, for checks that run over all of them. */
function withEveryFact(record: CaseRecord, delivery: 'pickup' | 'courier' = 'pickup'): CaseRecord {
  const at0 = T0.toISOString();
  const courier = { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' };
  return {
    ...record,
    correction: { requestedAt: at0, problems: PROBLEMS },
    deferred: DEFERRAL,
    acceptance: { acceptedOn: '2026-03-02', acceptedAt: at0, deemed: false, acceptedBy: APPROVER },
    refusal: { reason: '不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条', refusedAt: at0, refusedBy: APPROVER },
    supplementRequest: { problems: PROBLEMS, dueDate: '2026-03-06', requestedAt: at0, requestedBy: APPROVER },
    pauses: [{ kind: 'hearing', reason: '涉及重大公共利益', startedAt: at0, startedBy: APPROVER }],
    extension: { days: 10, reason: '情况复杂', approvedBy: '局长 陈*', recordedBy: APPROVER, at: at0 },
    withdrawal: { reason: '申请人不再需要办理', withdrawnAt: at0, recordedBy: CLERK },
    termination: {
      reason: '容缺承诺未履行：「解除劳动关系证明」未在2026-03-06前补交，终止办理',
      terminatedAt: at0,
      recordedBy: WORKFLOW_ACTOR,
    },
    result: { ...RESULT, attachedAt: at0, attachedBy: APPROVER, scan: { ...RESULT_SCAN, scannedAt: at0, scannedBy: OUTPUT } },
    ...(delivery === 'pickup'
      ? { handover: { method: 'pickup' as const, recipient: RECIPIENT, signature: SIGNATURE, handedOverAt: at0, handedOverBy: OUTPUT } }
      : {
          delivery: COURIER,
          dispatch: { ...courier, address: COURIER.address, dispatchedAt: at0, dispatchedBy: OUTPUT },
          handover: { method: 'courier' as const, ...courier, receivedOn: '2026-03-04', handedOverAt: at0, handedOverBy: OUTPUT },
        }),
  };
}

describe('back-office notices', () => {
  const cal = DEFAULT_CALENDAR;
  const pending = () => forwardCase(received().record, 'tok', at(1)).record;
  const accepted = () => acceptCase(pending(), cal, APPROVER, at(2)).record;
  /** The notices a transition issues, each built as the renderer would. */
  const issued = (t: Transition) =>
    noticesFor(t.audit, t.record).map((kind) => buildNotice(kind, facts(t.record, { issuedAt: t.audit.at })));

  describe('受理通知书 (acceptance)', () => {
    it('is issued by the acceptance, with the day the clock started, the promised days and the last day', () => {
      const [doc, ...more] = issued(acceptCase(pending(), cal, APPROVER, at(2)));
      expect(more).toEqual([]);
      expect(doc!.kind).toBe('acceptance');
      const text = allText(doc!);
      expect(text).toContain('于2026年3月2日提出的“失业保险金申领”申请（办件编号：HZ202603020001）');
      expect(text).toContain('人社局决定予以受理');
      expect(text).toContain('第三十二条第一款第（五）项');
      expect(text).not.toContain('即为受理');
      expect(doc!.deadlines).toEqual([
        { label: '受理日期', value: '2026年3月2日' },
        { label: '承诺办结时限', value: '5个工作日' },
        { label: '承诺办结日期', value: '2026年3月9日（特别程序所需时间不计算在内）' },
      ]);
    });

    it('says a date counted through an unpublished year is to be confirmed by the State Council schedule', () => {
      // Accepted Mon 2026-12-21, 5 working days: 12-22..25, 12-28. Same year: no note.
      const december = new Date('2026-12-21T02:00:00Z');
      const pendingInDecember = () =>
        forwardCase(received(undefined, { at: new Date('2026-12-21T01:00:00Z') }).record, 'tok', december).record;
      const sameYear = acceptCase(pendingInDecember(), cal, APPROVER, december);
      expect(issued(sameYear)[0]!.deadlines).toContainEqual({
        label: '承诺办结日期',
        value: '2026年12月28日（特别程序所需时间不计算在内）',
      });
      // 20 working days reach Tue 2027-01-19 on the provisional 2027 (元旦 off, no 调休).
      const longer = acceptCase({ ...pendingInDecember(), promisedDays: 20 }, cal, APPROVER, december);
      expect(longer.record.provisional).toBe(true);
      const [doc] = issued(longer);
      expect(doc!.deadlines).toContainEqual({
        label: '承诺办结日期',
        value: '2027年1月19日（特别程序所需时间不计算在内）（该年度节假日安排尚未公布，暂按法定节假日推算，以国务院公布的节假日安排为准）',
      });
      expect(doc!.deadlines).toContainEqual({ label: '承诺办结时限', value: '20个工作日' });
      expect(
        issued(acceptCase({ ...pendingInDecember(), promisedDays: 20, limitUnit: 'natural_day' }, cal, APPROVER, december))[0]!.deadlines,
      ).toContainEqual({
        label: '承诺办结时限',
        value: '20个自然日',
      });
    });

    it('says when the acceptance is deemed: not told to correct within five working days, accepted from receipt', () => {
      const late = new Date('2026-03-10T02:00:00Z');
      const [doc] = issued(acceptCase(pending(), cal, APPROVER, late));
      const text = allText(doc!);
      expect(text).toContain('因未在收到申请材料之日起五个工作日内告知补正');
      expect(text).toContain('自收到申请材料之日（2026年3月2日）起即为受理');
      expect(doc!.issuedAt).toBe('2026年3月10日');
      expect(doc!.deadlines).toContainEqual({ label: '受理日期', value: '2026年3月2日' });
      expect(doc!.deadlines).toContainEqual({ label: '承诺办结日期', value: '2026年3月9日（特别程序所需时间不计算在内）' });
    });
  });

  describe('不予受理通知书 (not accepted)', () => {
    const refusal = {
      reason: '申请人已于2025年领取失业保险金，本次申请不属于可领取情形',
      legalBasis: '《失业保险条例》第十四条、第十五条',
    };
    const [doc] = issued(refuseCase(pending(), refusal, APPROVER, at(3)));

    it('gives the reason and its legal basis', () => {
      expect(doc!.kind).toBe('not_accepted');
      const text = allText(doc!);
      expect(text).toContain(`不予受理的理由：${refusal.reason}`);
      expect(text).toContain(`法律依据：${refusal.legalBasis}`);
      expect(text).toContain('经人社局审查，决定不予受理');
    });

    it('tells the right to administrative review within sixty days and to sue within six months', () => {
      const text = allText(doc!);
      expect(text).toContain('自收到本通知书之日起六十日内依法申请行政复议');
      expect(text).toContain('自收到本通知书之日起六个月内依法向人民法院提起行政诉讼');
      expect(doc!.deadlines).toEqual([
        { label: '申请行政复议期限', value: '收到本通知书之日起六十日内' },
        { label: '提起行政诉讼期限', value: '收到本通知书之日起六个月内' },
      ]);
    });

    it('names the review body and the court the department has, in the department’s full name', () => {
      const t = refuseCase(pending(), refusal, APPROVER, at(3));
      const named = buildNotice('not_accepted', facts(t.record, { department: HRSS }));
      for (const sentence of [
        '经合作市人力资源和社会保障局审查，决定不予受理',
        '六十日内向合作市人民政府申请行政复议',
        '六个月内向合作市人民法院提起行政诉讼',
      ]) {
        expect(allText(named)).toContain(sentence);
      }
      expect(named.deadlines).toEqual([
        { label: '申请行政复议期限', value: '收到本通知书之日起六十日内' },
        { label: '行政复议机关', value: '合作市人民政府' },
        { label: '提起行政诉讼期限', value: '收到本通知书之日起六个月内' },
        { label: '行政诉讼管辖法院', value: '合作市人民法院' },
      ]);
      expect(named.issuer).toBe('合作市人力资源和社会保障局');
    });
  });

  describe('补正材料通知书 (back-office correction)', () => {
    const [doc] = issued(requestSupplement(pending(), { problems: PROBLEMS, dueDate: '2026-03-06' }, cal, APPROVER, at(3)));

    it('lists every problem at once with the day to bring them, and what happens after it', () => {
      expect(doc!.kind).toBe('supplement_request');
      expect(doc!.table?.rows).toEqual(PROBLEMS.map((p, i) => [String(i + 1), p.name, p.problem]));
      const text = allText(doc!);
      expect(text).toContain('全部内容（共2项）一次性告知');
      expect(text).toContain('经人社局审查');
      expect(text).toContain('请您于2026年3月6日前（含当日）将补正材料提交');
      expect(text).toContain('逾期未补正的，视为您撤回申请');
      expect(doc!.deadlines).toEqual([{ label: '补正期限', value: '2026年3月6日' }]);
    });
  });

  describe('特别程序告知书 (special procedure)', () => {
    it.each(Object.entries(SPECIAL_PROCEDURE_KINDS) as [SpecialProcedureKind, string][])(
      '%s: names the %s, the reason, and that its time is not counted',
      (kind, name) => {
        const [doc, ...more] = issued(startSpecialProcedure(accepted(), { kind, reason: '依法需要', expectedDays: 10 }, APPROVER, at(4)));
        expect(more).toEqual([]);
        expect(doc!.kind).toBe('special_procedure');
        const text = allText(doc!);
        expect(text).toContain(`依法需要进行${name}。理由：依法需要`);
        expect(text).toContain(`${name}所需时间不计算在办结时限内`);
        expect(text).toContain('第四十五条');
        expect(doc!.deadlines).toEqual([
          { label: '特别程序开始日期', value: '2026年3月2日' },
          { label: '预计所需时间', value: '10个工作日' },
        ]);
      },
    );

    it('tells about the latest procedure when there were several, and no expected time when none was given', () => {
      let r = startSpecialProcedure(accepted(), { kind: 'site_survey', reason: '现场勘验' }, APPROVER, at(4)).record;
      r = endSpecialProcedure(r, { outcome: '合格' }, cal, APPROVER, at(5)).record;
      const [doc] = issued(
        startSpecialProcedure(r, { kind: 'expert_review', reason: '技术方案需论证' }, APPROVER, new Date('2026-03-04T02:00:00Z')),
      );
      const text = allText(doc!);
      expect(text).toContain('依法需要进行专家评审。理由：技术方案需论证');
      expect(text).not.toContain('勘验。理由');
      expect(doc!.deadlines).toEqual([{ label: '特别程序开始日期', value: '2026年3月4日' }]);
    });
  });

  describe('延长审批期限告知书 (extension)', () => {
    it('gives the reason, the days added and the new last day', () => {
      const [doc, ...more] = issued(
        extendCase(accepted(), { days: 10, reason: '需征求消防部门意见', approvedBy: '局长 陈*' }, cal, APPROVER, at(5)),
      );
      expect(more).toEqual([]);
      expect(doc!.kind).toBe('extension');
      const text = allText(doc!);
      expect(text).toContain('因需征求消防部门意见，不能在承诺时限内作出决定');
      expect(text).toContain('经本行政机关负责人批准');
      expect(text).toContain('审批期限延长10个工作日');
      expect(text).toContain('第四十二条');
      // Accepted Mon 2026-03-02: 5 + 10 working days.
      expect(doc!.deadlines).toEqual([
        { label: '延长期限', value: '10个工作日' },
        { label: '延长后办结日期', value: '2026年3月23日' },
      ]);
    });
  });

  it('a supplement brought, a lapse, a withdrawal, a report or a decision issue none of these papers', () => {
    const asked = requestSupplement(pending(), { problems: PROBLEMS, dueDate: '2026-03-06' }, cal, APPROVER, at(3)).record;
    for (const t of [
      supplyRequested(asked, [material('ID'), material('SEPARATION')], CLERK, at(4)),
      decideCase(openStep(accepted(), 'decision', 't', at(3)).record, { outcome: 'approve', opinion: '准予' }, APPROVER, at(4)),
    ]) {
      expect(noticesFor(t.audit, t.record), t.audit.action).toEqual([]);
    }
  });

  it('a reverted acceptance issues nothing', () => {
    const before = pending();
    const applied = acceptCase(before, cal, APPROVER, at(2));
    const t = revertTransition(before, applied, 'execution gone', at(3));
    expect(noticesFor(t.audit, t.record)).toEqual([]);
    expect(mayIssueNotices(t.audit)).toBe(false);
  });
});

describe('notices of withdrawal, 容缺 follow-up and termination', () => {
  const cal = DEFAULT_CALENDAR;
  const pending = () => forwardCase(received().record, 'tok', at(1)).record;
  const issued = (t: Transition) =>
    noticesFor(t.audit, t.record).map((kind) => buildNotice(kind, facts(t.record, { issuedAt: t.audit.at })));

  it('a withdrawal is confirmed in writing (撤回申请确认书), with the day and the reason', () => {
    const [doc, ...more] = issued(withdrawCase(pending(), '申请人已另行办理', CLERK, at(4)));
    expect(more).toEqual([]);
    expect(doc!.kind).toBe('withdrawal');
    expect(doc!.title).toBe('撤回申请确认书');
    const text = allText(doc!);
    expect(text).toContain('收到您撤回申请的书面请求，现确认该申请已撤回');
    expect(text).toContain('撤回理由：申请人已另行办理');
    expect(doc!.deadlines).toEqual([{ label: '撤回日期', value: '2026年3月2日' }]);
  });

  it('a correction not brought in time is confirmed as deemed withdrawn (视为撤回)', () => {
    const asked = requestSupplement(pending(), { problems: PROBLEMS, dueDate: '2026-03-06' }, cal, APPROVER, at(3)).record;
    const [doc] = issued(lapseCase(asked, new Date('2026-03-09T02:00:00Z')));
    expect(doc!.kind).toBe('withdrawal');
    expect(allText(doc!)).toContain('视为您撤回申请');
    expect(allText(doc!)).not.toContain('书面请求');
  });

  it('a 容缺 termination names every material not brought and its due day (终止办理通知书)', () => {
    const record: CaseRecord = {
      ...withEveryFact(received().record),
      deferred: {
        ...DEFERRAL,
        missed: { recordedAt: T0.toISOString(), materials: [{ code: 'BANK', name: '本人银行卡', dueDate: '2026-03-06' }] },
      },
    };
    const doc = buildNotice('termination', facts(record));
    expect(doc.title).toBe('终止办理通知书');
    expect(doc.table?.rows).toEqual([['1', '本人银行卡', '2026年3月6日']]);
    expect(allText(doc)).toContain('本中心决定终止办理该申请');
  });

  it('a deferred material brought gets its receipt (容缺材料补交回执), saying whether it was late and what is still owed', () => {
    const broughtAt = T0.toISOString();
    const record: CaseRecord = {
      ...received().record,
      deferred: {
        ...DEFERRAL,
        materials: [
          { code: 'BANK', name: '本人银行卡', dueDate: '2026-03-06', broughtAt, late: true },
          { code: 'PHOTO', name: '近期免冠照片', dueDate: '2026-03-09' },
        ],
      },
    };
    const doc = buildNotice('deferred_receipt', facts(record, { issuedAt: broughtAt }));
    expect(doc.table?.rows).toEqual([['1', '本人银行卡', '2026年3月6日', '逾期补交']]);
    expect(allText(doc)).toContain('尚有1项容缺材料未补交：「近期免冠照片」（2026年3月9日前）');
  });
});

describe('identity on notices', () => {
  const PERSONAL = {
    applicant: { kind: 'person' as const, name: '张三丰', idNumber: FULL_ID },
    delivery: {
      address: { recipient: '张三丰', phone: '13912349000', province: '甘肃省', city: '合作市', street: '人民路88号3单元502室' },
    },
  };

  it('names the applicant in full on every notice, and never shows the identity number whole', () => {
    const record = received(undefined, { applicant: { kind: 'person', name: '张**', idNumberMasked: '110***********002X' } }).record;
    for (const delivery of ['pickup', 'courier'] as const) {
      for (const kind of NOTICE_KIND_LIST) {
        const doc = buildNotice(kind, facts(withEveryFact(record, delivery), { personal: PERSONAL }));
        const text = allText(doc);
        expect(doc.addressee, `${kind} (${delivery})`).toBe('张三丰：');
        expect(doc.applicant, `${kind} (${delivery})`).toMatchObject({ name: '张三丰', idNumberMasked: '110***********002X' });
        expect(text, `${kind} (${delivery})`).not.toContain(FULL_ID);
        expect(text, `${kind} (${delivery})`).not.toContain('张**');
      }
    }
  });

  it('shows the whole address on a mailed 送达回证: it is proof of service', () => {
    const doc = buildNotice('service_receipt', facts(withEveryFact(received().record, 'courier'), { personal: PERSONAL }));
    expect(doc.table?.rows).toContainEqual(['收件地址', '甘肃省合作市人民路88号3单元502室（收件人张三丰）']);
    expect(doc.table?.rows).toContainEqual(['受送达人', '张三丰']);
  });

  it('falls back to the masked values when the personal data was not opened, and never shows a full number handed in', () => {
    const leaky = received(undefined, { applicant: { kind: 'person', name: '张三丰', idNumberMasked: FULL_ID } }).record;
    for (const kind of NOTICE_KIND_LIST) {
      const doc = buildNotice(kind, facts(withEveryFact(leaky)));
      expect(allText(doc), kind).not.toContain(FULL_ID);
      expect(doc.applicant, kind).toMatchObject({ name: '张**', idNumberMasked: '110***********002X' });
    }
  });

  it("keeps a legal person's name (public) and labels its credit code", () => {
    const company = received(undefined, {
      applicant: { kind: 'legal_person', name: '合作市某某有限公司', idNumberMasked: '913***********0Y43' },
    }).record;
    const doc = buildNotice('intake_receipt', facts(company));
    expect(doc.applicant).toEqual({ name: '合作市某某有限公司', idLabel: '统一社会信用代码', idNumberMasked: '913***********0Y43' });
    expect(doc.addressee).toBe('合作市某某有限公司：');
  });

  it('receipts and hall notices go out in the centre’s name, the department’s decisions in its full legal name', () => {
    const record = withEveryFact(received().record);
    expect(NOTICE_KIND_LIST).toEqual(expect.arrayContaining(['collection_notice', 'service_receipt']));
    const centreKinds = [
      'intake_receipt',
      'correction',
      'deferred_acceptance',
      'collection_notice',
      'service_receipt',
      'deferred_receipt',
      'withdrawal',
      'termination',
    ];
    const departmentKinds = ['acceptance', 'not_accepted', 'supplement_request', 'special_procedure', 'extension'];
    expect([...centreKinds, ...departmentKinds].sort()).toEqual([...NOTICE_KIND_LIST].sort());
    for (const kind of NOTICE_KIND_LIST) {
      const doc = buildNotice(kind, facts(record, { department: HRSS }));
      expect(doc.title).toBe(NOTICE_KINDS[kind].title);
      expect(doc.centreName).toBe('合作市政务服务中心');
      expect(doc.department, kind).toBe('合作市人力资源和社会保障局');
      expect(doc.issuedAt).toBe('2026年3月2日');
      // Each paper says who keeps the second copy and, with no query code given, how to follow the case by its number.
      const keeper = centreKinds.includes(kind) ? '本中心' : '本机关';
      expect(doc.remarks, kind).toEqual([
        `本文书一式两份，一份交申请人，一份由${keeper}存档。`,
        '凭办件编号HZ202603020001可查询办理进度。',
      ]);
      if (centreKinds.includes(kind))
        expect([kind, doc.issuer, doc.stamp]).toEqual([kind, '合作市政务服务中心', '（政务服务中心业务专用章）']);
      else expect([kind, doc.issuer, doc.stamp]).toEqual([kind, '合作市人力资源和社会保障局', '（行政许可专用章）']);
      expect(allText(doc), kind).not.toMatch(/[转经]人社局/);
    }
  });
});

describe('lines to sign on the paper', () => {
  it('the 容缺受理通知书 has the applicant’s commitment and a line for their signature', () => {
    const doc = buildNotice('deferred_acceptance', facts(received({ kind: 'deferred', deferral: DEFERRAL }).record));
    expect(doc.closing.join('')).toContain(`申请人承诺：${DEFERRAL.commitment}`);
    expect(doc.signatureLines).toEqual(['承诺人（申请人）签名：＿＿＿＿＿＿＿＿　　日期：　　　　年　　月　　日']);
  });

  it('the 送达回证 has the 送达人 and 受送达人 fields: the recipient’s signature image at the window, lines on a mailed one', () => {
    const pickup = buildNotice('service_receipt', facts(withEveryFact(received().record, 'pickup')));
    expect(pickup.signature).toEqual({ label: '受送达人签名', objectKey: SIGNATURE.objectKey });
    expect(pickup.signatureLines).toEqual([`送达人 ${OUTPUT.name}签名：＿＿＿＿＿＿＿＿　　日期：　　　　年　　月　　日`]);
    const mailed = buildNotice('service_receipt', facts(withEveryFact(received().record, 'courier')));
    expect(mailed.signature).toBeUndefined();
    expect(mailed.signatureLines).toEqual([
      '受送达人签名：＿＿＿＿＿＿＿＿　　日期：　　　　年　　月　　日',
      `送达人 ${OUTPUT.name}签名：＿＿＿＿＿＿＿＿　　日期：　　　　年　　月　　日`,
    ]);
  });
});

describe('departments by their full legal names', () => {
  it('every department and co-department of the seed catalog has a full name, a review body and a court', () => {
    const named = new Set(SEED_CATALOG.flatMap((i) => [i.department, ...(i.coDepartments ?? [])]));
    for (const name of named) {
      const profile = DEPARTMENT_PROFILES.get(name);
      expect(profile?.fullName, name).toMatch(/^(合作市|国家税务总局合作市)/);
      expect(profile?.fullName.length, name).toBeGreaterThan(name.length);
    }
    expect(DEPARTMENT_PROFILES.get('人社局')).toEqual(HRSS);
    expect(DEPARTMENT_PROFILES.get('税务局')).toMatchObject({
      fullName: '国家税务总局合作市税务局',
      reviewBody: '国家税务总局甘南藏族自治州税务局',
    });
  });
});

describe('the notice fonts ship beside the renderer, not inside its bundle', () => {
  it('are assets of the notice-renderer, installed, regular and a real bold weight', () => {
    const renderer = FUNCTIONS.find((f) => f.name === 'notice-renderer');
    expect(renderer?.assets).toEqual(NOTICE_FONTS.map((f) => `node_modules/${f.packagePath}`));
    expect(NOTICE_FONTS.filter((f) => f.weight === 'bold').map((f) => basename(f.packagePath))).toContain('NotoSansSC_700Bold.ttf');
    for (const f of NOTICE_FONTS)
      expect(existsSync(new URL(`../../node_modules/${f.packagePath}`, import.meta.url)), f.packagePath).toBe(true);
  });
});
