import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTICE_FONT_FILE, NOTICE_FONT_PACKAGE_PATH } from '../../functions/documents/font';
import {
  closeCase,
  completeIntake,
  decideCase,
  forwardCase,
  handOverCase,
  markResultReady,
  registerCase,
  revertTransition,
  type AuditEntry,
  type CaseAction,
  type CaseRecord,
  type CaseState,
  type Transition,
} from '../../functions/domain/case';
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
  type NoticeFacts,
} from '../../functions/domain/notices';
import { FUNCTIONS } from '../../functions/manifest';
import { APPROVER, at, CLERK, item, material, OUTPUT, T0 } from './fixtures';

const FULL_ID = '11010519491231002X';
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

function received(outcome?: Parameters<typeof registerCase>[0]['outcome'], overrides: Partial<Parameters<typeof registerCase>[0]> = {}): Transition {
  return registerCase({
    caseNumber: 'HZ202603020001',
    centre: 'HZ',
    item: item(),
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials: outcome?.kind === 'incomplete' ? [] : [{ ...material('ID'), name: '居民身份证' }, { ...material('SEPARATION'), name: '解除劳动关系证明' }],
    outcome,
    promisedBy: '2026-03-09',
    actor: CLERK,
    at: T0,
    ...overrides,
  });
}

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
    ...doc.remarks,
  ].join('\n');

describe('notice kinds', () => {
  it('names each kind with its Chinese title and its own number code', () => {
    expect(NOTICE_KINDS.intake_receipt.title).toBe('材料接收告知单');
    expect(NOTICE_KINDS.correction.title).toBe('一次性补正告知书');
    expect(NOTICE_KINDS.deferred_acceptance.title).toBe('容缺受理通知书');
    const codes = NOTICE_KIND_LIST.map((k) => NOTICE_KINDS[k].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2,3}$/);
  });

  it('recognises kinds by name and nothing else', () => {
    for (const kind of NOTICE_KIND_LIST) expect(isNoticeKind(kind)).toBe(true);
    expect(isNoticeKind('toString')).toBe(false);
    expect(isNoticeKind('acceptance')).toBe(false);
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
    expect(() => noticeNumber('intake_receipt', 'H Z', '20261124', 1)).toThrow();
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
    expect(() => chinaDateText('not a date')).toThrow();
  });

  it('writes a calendar day without shifting it', () => {
    expect(dayText('2026-03-06')).toBe('2026年3月6日');
    expect(dayText('2026-12-31')).toBe('2026年12月31日');
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
    const { record, audit } = completeIntake(incomplete, [{ ...material('ID'), name: '居民身份证' }], { kind: 'registered' }, '2026-03-10', CLERK, at(60));
    expect(audit.action).toBe('complete_intake');
    expect(noticesFor(audit, record)).toEqual(['intake_receipt']);
  });

  it('a 即办件 decided at the window issues the receipt', () => {
    const { record, audit } = received({ kind: 'decided', outcome: 'approve', opinion: '准予' }, { item: item({ itemType: 'immediate', promisedDays: 0 }) });
    expect(noticesFor(audit, record)).toEqual(['intake_receipt']);
  });

  it('no later step of the lifecycle issues any of these notices, nor a reverted line', () => {
    let record = received().record;
    const lines: Transition[] = [];
    const step = (t: Transition) => {
      lines.push(t);
      record = t.record;
    };
    step(forwardCase(record, 'token-1', at(1)));
    step(forwardCase(record, 'token-2', at(2)));
    const before = record;
    step(decideCase(record, { outcome: 'approve', opinion: '准予' }, APPROVER, at(3)));
    step(revertTransition(before, lines.at(-1)!, 'execution gone', at(4)));
    step(decideCase(record, { outcome: 'approve', opinion: '准予' }, APPROVER, at(5)));
    step(markResultReady(record, 'token-3', at(6)));
    step(handOverCase(record, { recipientName: '张三', recipientIsApplicant: true }, OUTPUT, at(7)));
    step(closeCase(record, at(8)));
    for (const t of lines) {
      expect(noticesFor(t.audit, t.record), `${t.audit.action} ${t.audit.result}`).toEqual([]);
      expect(mayIssueNotices(t.audit)).toBe(false);
    }
  });

  it('ignores an audit line of another case', () => {
    const { record, audit } = received();
    expect(noticesFor({ ...audit, caseNumber: 'HZ202603020002' }, record)).toEqual([]);
  });

  it('issues nothing for a reverted intake line, and never a correction without problems (property)', () => {
    const actions: CaseAction[] = ['register', 'complete_intake', 'forward', 'decide', 'result_ready', 'hand_over', 'close'];
    const states: CaseState[] = ['incomplete', 'registered', 'pending_decision', 'approved', 'denied', 'result_ready', 'delivered', 'closed'];
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
          if (result === 'reverted' || (action !== 'register' && action !== 'complete_intake')) expect(kinds).toEqual([]);
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
  const doc = buildNotice('intake_receipt', facts(received().record));

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
    const electronic = buildNotice('intake_receipt', facts(received().record, { checklist: [{ code: 'ID', originals: 1, copies: 2, form: 'electronic' }] }));
    expect(electronic.table?.rows[0]).toEqual(['1', '居民身份证', '—', '—', '已扫描']);
  });

  it('points a deferred case to the deferred acceptance notice and its due date', () => {
    const deferred = buildNotice('intake_receipt', facts(received({ kind: 'deferred', deferral: DEFERRAL }).record));
    expect(deferred.closing.join('')).toContain('另有1项材料经您书面承诺予以容缺');
    expect(deferred.closing.join('')).toContain('2026年3月6日前');
    expect(deferred.closing.join('')).toContain('《容缺受理通知书》');
    expect(deferred.deadlines).toContainEqual({ label: '容缺材料补交期限', value: '2026年3月6日' });
  });

  it('says a 即办件 was decided on the spot, with no promised limit', () => {
    const t = received({ kind: 'decided', outcome: 'approve', opinion: '准予' }, { item: item({ itemType: 'immediate', promisedDays: 0 }) });
    const spot = buildNotice('intake_receipt', facts(t.record));
    expect(spot.closing.join('')).toContain('本事项为即办件，已于2026年3月2日当场办结');
    expect(spot.deadlines).toEqual([]);
  });
});

describe('一次性补正告知书 (correction notice)', () => {
  const record = received({ kind: 'incomplete', problems: PROBLEMS }).record;
  const doc = buildNotice('correction', facts(record, { number: 'HZ-BZ-20260302-0001' }));

  it('lists every missing or defective material with its reason, all at once', () => {
    expect(doc.title).toBe('一次性补正告知书');
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
  const record = received({ kind: 'deferred', deferral: DEFERRAL }).record;
  const doc = buildNotice('deferred_acceptance', facts(record, { number: 'HZ-RQ-20260302-0001' }));

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

describe('identity on notices', () => {
  it('never shows a full name or identity number, even when handed one', () => {
    const leaky = received(undefined, { applicant: { kind: 'person', name: '张三丰', idNumberMasked: FULL_ID } }).record;
    for (const kind of NOTICE_KIND_LIST) {
      const doc = buildNotice(kind, facts({ ...leaky, correction: { requestedAt: T0.toISOString(), problems: PROBLEMS }, deferred: DEFERRAL }));
      const text = allText(doc);
      expect(text).not.toContain(FULL_ID);
      expect(text).not.toContain('张三丰');
      expect(doc.applicant).toMatchObject({ name: '张**', idNumberMasked: '110***********002X' });
    }
  });

  it("keeps a legal person's name (public) and labels its credit code", () => {
    const company = received(undefined, { applicant: { kind: 'legal_person', name: '合作市某某有限公司', idNumberMasked: '913***********0Y43' } }).record;
    const doc = buildNotice('intake_receipt', facts(company));
    expect(doc.applicant).toEqual({ name: '合作市某某有限公司', idLabel: '统一社会信用代码', idNumberMasked: '913***********0Y43' });
    expect(doc.addressee).toBe('合作市某某有限公司：');
  });

  it('every kind names the centre, the date and the seal line', () => {
    const record: CaseRecord = { ...received().record, correction: { requestedAt: T0.toISOString(), problems: PROBLEMS }, deferred: DEFERRAL };
    for (const kind of NOTICE_KIND_LIST) {
      const doc = buildNotice(kind, facts(record));
      expect(doc.title).toBe(NOTICE_KINDS[kind].title);
      expect(doc.centreName).toBe('合作市政务服务中心');
      expect(doc.issuedAt).toBe('2026年3月2日');
      expect(doc.stamp).toBe('（政务服务中心业务专用章）');
      expect(doc.remarks.join('')).toContain('一式两份');
    }
  });
});

describe('the notice font ships beside the renderer, not inside its bundle', () => {
  it('is an asset of the notice-renderer, the file the renderer looks for, and installed', () => {
    const renderer = FUNCTIONS.find((f) => f.name === 'notice-renderer');
    expect(renderer?.assets).toEqual([`node_modules/${NOTICE_FONT_PACKAGE_PATH}`]);
    expect(basename(NOTICE_FONT_PACKAGE_PATH)).toBe(NOTICE_FONT_FILE);
    expect(existsSync(new URL(`../../node_modules/${NOTICE_FONT_PACKAGE_PATH}`, import.meta.url))).toBe(true);
  });
});
