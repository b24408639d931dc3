import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_PROFILES } from '#catalog/departments';
import { noticeFonts } from '#documents/font';
import { renderNoticePdf } from '#documents/pdf';
import { writePdf } from '#documents/pdf-writer';
import { pngImage } from '#documents/png';
import { forwardCase } from '#domain/case/workflow-waits';
import { refuseCase } from '#domain/case/back-office';
import { registerCase } from '#domain/case/registration';
import type { CaseRecord } from '#domain/case/records';
import { buildNotice, NOTICE_KIND_LIST, NOTICE_KINDS, type NoticeFacts, type NoticeKind } from '#domain/notices';
import { signaturePng } from '#tests/support/documents';
import { drawnQr, glyphReport, pdfaProblems, qrMatrix } from '#tests/support/pdf-structure';
import { APPROVER, CLERK, item, material, OUTPUT, T0, at } from './fixtures';

/**
 * The notices as PDFs, read back: what the applicant reads on the paper (text extracted by pdf.js),
 * that no character prints as a blank box (each maps to a real glyph of an embedded font), and the
 * PDF/A-2b structure the archive relies on.
 */
const FULL_ID = '11010519491231002X';
const QUERY_CODE = 'K7M2Q9XA';
const PROGRESS_URL = `https://zwfw.hezuo.gov.cn/progress?case=HZ202603020001&code=${QUERY_CODE}`;
const HRSS = DEPARTMENT_PROFILES.get('人社局')!;

function record(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    ...registerCase({
      caseNumber: 'HZ202603020001',
      centre: 'HZ',
      item: item(),
      applicant: { kind: 'person', name: '张**', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [{ ...material('ID'), name: '居民身份证' }, { ...material('SEPARATION'), name: '解除劳动关系证明' }],
      promisedBy: '2026-03-09',
      actor: CLERK,
      at: T0,
    }).record,
    ...overrides,
  };
}

const facts = (c: CaseRecord, extra: Partial<NoticeFacts> = {}): NoticeFacts => ({
  number: 'HZ-SJ-20260302-0001',
  issuedAt: T0.toISOString(),
  centreName: '合作市政务服务中心',
  case: c,
  checklist: item().materials,
  personal: { applicant: { kind: 'person', name: '张三丰', idNumber: FULL_ID } },
  department: HRSS,
  ...extra,
});

async function read(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('notice PDFs read back as the applicant reads them', () => {
  it('the receipt names the applicant in full, the department by its full name, and prints the query code with a QR code', async () => {
    const pdf = await renderNoticePdf(buildNotice('intake_receipt', facts(record(), { progress: { queryCode: QUERY_CODE, url: PROGRESS_URL } })));
    const text = await read(pdf);
    for (const expected of ['材料接收告知单', '张三丰：', '合作市人力资源和社会保障局', `办件查询码：${QUERY_CODE}`, `查询码：${QUERY_CODE}`, '扫码查询办理进度', '合作市政务服务中心']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(FULL_ID);
    expect(text).not.toContain('不代表申请已被受理或者批准。本中心'); // the sentence stands, but once
    // The QR code as drawn (filled boxes) is the code of the progress address, module for module.
    expect(drawnQr(pdf)).toEqual(qrMatrix(PROGRESS_URL));
    const { missing } = glyphReport(pdf);
    expect(missing).toEqual([]);
  });

  it('the 不予受理通知书 is issued in the department’s full name and names the review body and the court with the periods', async () => {
    const pending = forwardCase(record(), 'tok', at(1)).record;
    const refused = refuseCase(pending, { reason: '不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项' }, APPROVER, at(2)).record;
    const pdf = await renderNoticePdf(buildNotice('not_accepted', facts(refused, { number: 'HZ-BSL-20260302-0001' })));
    const text = await read(pdf);
    expect(text.startsWith('合作市人力资源和社会保障局不予受理通知书')).toBe(true);
    for (const expected of ['张三丰：', '六十日内向合作市人民政府申请行政复议', '六个月内向合作市人民法院提起行政诉讼', '行政复议机关合作市人民政府', '行政诉讼管辖法院合作市人民法院', '（行政许可专用章）']) {
      expect(text).toContain(expected);
    }
    expect(glyphReport(pdf).missing).toEqual([]);
  });

  it('sets titles in a real bold font, body text in the regular one', async () => {
    const pdf = await renderNoticePdf(buildNotice('intake_receipt', facts(record())));
    expect(glyphReport(pdf).fonts.sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
  });

  it('prints CJK Extension B and Tibetan names from fallback fonts, and writes a character no font has as its code point', async () => {
    const tibetan = 'བཀྲ་ཤིས་';
    const pdf = await renderNoticePdf(
      buildNotice('intake_receipt', facts(record(), { personal: { applicant: { kind: 'person', name: `𠮷祥${tibetan}𪛖`, idNumber: FULL_ID } } })),
    );
    const report = glyphReport(pdf);
    expect(report.missing).toEqual([]);
    expect(report.drawn).toContain(`𠮷祥${tibetan}〔U+2A6D6〕：`);
    expect(report.fonts).toEqual(expect.arrayContaining(['NotoSansJP-Regular', 'NotoSerifTibetan-Regular']));
  });

  it('every kind is PDF/A-2b in structure, with no glyph missing (signature image included)', async () => {
    const signature = pngImage(signaturePng(40, 16));
    const at0 = T0.toISOString();
    const full: CaseRecord = {
      ...record(),
      correction: { requestedAt: at0, problems: [{ code: 'ID', name: '居民身份证', problem: '复印件模糊。' }] },
      deferred: { materials: [{ code: 'BANK', name: '本人银行卡' }], dueDate: '2026-03-06', commitment: '本人承诺按期补交。' },
      acceptance: { acceptedOn: '2026-03-02', acceptedAt: at0, deemed: false, acceptedBy: APPROVER },
      refusal: { reason: '不属于本机关职权范围', legalBasis: '第三十二条', refusedAt: at0, refusedBy: APPROVER },
      supplementRequest: { problems: [{ code: 'ID', name: '居民身份证', problem: '复印件模糊。' }], dueDate: '2026-03-06', requestedAt: at0, requestedBy: APPROVER },
      pauses: [{ kind: 'hearing', reason: '涉及重大公共利益', startedAt: at0, startedBy: APPROVER }],
      extension: { days: 10, reason: '情况复杂', approvedBy: '局长 陈*', recordedBy: APPROVER, at: at0 },
      withdrawal: { reason: '申请人不再需要办理', withdrawnAt: at0, recordedBy: APPROVER },
      termination: { reason: '容缺承诺未履行，终止办理', terminatedAt: at0, recordedBy: APPROVER },
      result: { kind: 'licence', number: '人社许字〔2026〕001号', title: '失业保险金核定通知书', issuer: '合作市人力资源和社会保障局', attachedAt: at0, attachedBy: APPROVER },
      handover: {
        method: 'pickup',
        recipient: { kind: 'applicant', name: '张**', idNumberMasked: '110***********002X', verifiedBy: 'applicant_key' },
        signature: { objectKey: 'uploads/sig.png', sha256: 'c'.repeat(64), size: 80, contentType: 'image/png' },
        handedOverAt: at0,
        handedOverBy: OUTPUT,
      },
    };
    for (const kind of NOTICE_KIND_LIST as NoticeKind[]) {
      const doc = buildNotice(kind, facts(full, { number: `HZ-${NOTICE_KINDS[kind].code}-20260302-0001` }));
      const pdf = await renderNoticePdf(doc, doc.signature ? signature : undefined);
      expect(pdfaProblems(pdf), kind).toEqual([]);
      expect(glyphReport(pdf).missing, kind).toEqual([]);
      const text = await read(pdf);
      expect(text, kind).toContain(NOTICE_KINDS[kind].title);
      expect(text, kind).toContain('张三丰');
    }
  });
});

describe('the checks can fail', () => {
  it('a character drawn in a font without its glyph is reported missing', () => {
    const { regular, bold } = noticeFonts();
    const scOnly = { fonts: [regular.fonts[0]!] };
    const pdf = writePdf([{ texts: [{ x: 10, y: 10, size: 12, text: '吉𠮷' }], boxes: [], lines: [] }], { regular: scOnly, bold }, { title: 't', created: T0.toISOString() });
    expect(glyphReport(pdf).missing).toEqual(['𠮷']);
  });

  it('a file without XMP metadata or output intent is not PDF/A', async () => {
    const pdf = await renderNoticePdf(buildNotice('intake_receipt', facts(record())));
    const stripped = Buffer.from(pdf.toString('latin1').replace(/ \/Metadata \d+ 0 R \/OutputIntents \[\d+ 0 R\]/, (m) => ' '.repeat(m.length)), 'latin1');
    expect(pdfaProblems(stripped)).toEqual(['catalog without XMP metadata', 'no PDF/A output intent', 'output intent without an ICC profile']);
  });
});
