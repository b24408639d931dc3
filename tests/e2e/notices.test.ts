import { randomUUID } from 'node:crypto';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, CITIZEN_ID, eventually, token, uploadScan, waitingFor } from '#tests/support/client';
import { drawnQr, glyphReport, pdfaProblems, qrMatrix } from '#tests/support/pdf-structure';

interface NoticeView {
  noticeId: string;
  kind: string;
  number: string;
  title: string;
  issuedAt: string;
  sha256: string;
  size: number;
  href: string;
}

// A department of the catalog's profiles: notices name it by its full legal name.
const DEPT = '人社局';
const DEPT_FULL_NAME = '合作市人力资源和社会保障局';
const ITEM = `NT-${randomUUID().slice(0, 8)}`;
const ITEM_NAME = '失业保险金申领（文书测试）';
let clerk: string;
let approver: string;
let otherApprover: string;
let supervisor: string;

beforeAll(async () => {
  supervisor = await token('supervisor');
  clerk = await token('intake_clerk', { subject: 'clerk-notices', name: '王窗口' });
  approver = await token('approver', { department: DEPT });
  otherApprover = await token('approver', { department: '民政局' });
  const created = await api('POST', '/items', {
    token: supervisor,
    body: {
      basicCode: '000110002000',
      implementationCode: ITEM,
      name: ITEM_NAME,
      department: DEPT,
      itemType: 'promised',
      statutoryDays: 20,
      promisedDays: 5,
      materials: [
        { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
        { code: 'SEPARATION', name: '解除劳动关系证明', required: true, originals: 1, copies: 0, form: 'paper', deferrable: true },
      ],
    },
  });
  expect(created.status).toBe(201);
});

const applicant = { kind: 'person', name: '张三', idNumber: CITIZEN_ID };

async function notices(caseNumber: string, who = clerk) {
  return api<{ caseNumber: string; notices: NoticeView[] }>('GET', `/cases/${caseNumber}/notices`, { token: who });
}

/** Waits until the case lists a notice of each kind (the renderer works off the table stream). */
async function noticesOf(caseNumber: string, kinds: string[]): Promise<NoticeView[]> {
  return eventually(
    `notices ${kinds.join(', ')} of ${caseNumber}`,
    async () => {
      const res = await notices(caseNumber);
      return kinds.every((k) => res.body.notices?.some((n) => n.kind === k)) ? res.body.notices : undefined;
    },
    20_000,
  );
}

async function download(href: string, who = clerk): Promise<{ status: number; contentType: string | null; text: string; bytes: Buffer }> {
  const res = await fetch(`${baseUrl()}${href}`, { headers: { authorization: `Bearer ${who}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) return { status: res.status, contentType: res.headers.get('content-type'), text: bytes.toString('utf8'), bytes };
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return { status: res.status, contentType: res.headers.get('content-type'), text: text.replace(/\s+/g, ''), bytes };
}

describe('notices (文书) of a case, over HTTP', () => {
  it('a registered case gets its 材料接收告知单 as a PDF, readable by those who may see the case only', async () => {
    const registered = await api<{ caseNumber: string; state: string; queryCode: string }>('POST', '/cases', {
      token: clerk,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        itemCode: ITEM,
        applicant,
        materials: [
          { code: 'ID', uploadId: await uploadScan(clerk) },
          { code: 'SEPARATION', uploadId: await uploadScan(clerk) },
        ],
      },
    });
    expect(registered.status).toBe(201);
    const { caseNumber, queryCode } = registered.body;
    expect(queryCode).toMatch(/^[2-9A-Z]{8}$/);

    const [receipt, ...others] = await noticesOf(caseNumber, ['intake_receipt']);
    expect(others).toEqual([]);
    expect(receipt).toMatchObject({ title: '材料接收告知单', href: `/cases/${caseNumber}/notices/${receipt!.noticeId}` });
    expect(receipt!.number).toMatch(/^HZ-SJ-\d{8}-\d{4}$/);

    const pdf = await download(receipt!.href);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBe(receipt!.size);
    // The applicant's own paper: the full name, the department's full name, the query code, and a QR code
    // that opens the public progress page with both filled in.
    for (const expected of ['材料接收告知单', receipt!.number, caseNumber, ITEM_NAME, DEPT_FULL_NAME, '张三：', `办件查询码：${queryCode}`, '居民身份证', '解除劳动关系证明']) {
      expect(pdf.text).toContain(expected.replace(/\s+/g, ''));
    }
    expect(pdf.text).not.toContain(CITIZEN_ID);
    expect(pdf.text).not.toContain('张*');
    expect(drawnQr(pdf.bytes)).toEqual(qrMatrix(`${baseUrl().replace('127.0.0.1', 'localhost')}/progress?case=${caseNumber}&code=${queryCode}`));
    expect(glyphReport(pdf.bytes).missing).toEqual([]);
    expect(pdfaProblems(pdf.bytes)).toEqual([]);

    // 补打: the clerk prints the same receipt again; an approver does not print receipts.
    const again = await download(`/cases/${caseNumber}/receipt`);
    expect(again.status).toBe(200);
    expect(again.bytes.equals(pdf.bytes)).toBe(true);
    expect((await download(`/cases/${caseNumber}/receipt`, approver)).status).toBe(403);

    // The same rule as reading the case: the department's approver yes, another department's no.
    expect((await notices(caseNumber, approver)).status).toBe(200);
    expect((await download(receipt!.href, approver)).status).toBe(200);
    const foreignList = await notices(caseNumber, otherApprover);
    expect(foreignList.status).toBe(403);
    expect(foreignList.body).toMatchObject({ code: 'other_department' });
    expect((await download(receipt!.href, otherApprover)).status).toBe(403);
    expect((await fetch(`${baseUrl()}${receipt!.href}`)).status).toBe(401);

    expect((await api('GET', `/cases/${caseNumber}/notices/999999-intake_receipt`, { token: clerk })).status).toBe(404);
    expect((await api('GET', `/cases/${caseNumber}/notices/..%2Fsecret`, { token: clerk })).status).toBe(400);
    expect((await api('GET', `/cases/HZ000000000000/notices`, { token: supervisor })).status).toBe(404);
  });

  it('an incomplete application gets the 一次性补正告知书 listing what is missing', async () => {
    const res = await api<{ caseNumber: string; state: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }], defects: [{ code: 'ID', reason: '身份证已过有效期' }] },
    });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('incomplete');
    const list = await noticesOf(res.body.caseNumber, ['correction']);
    expect(list.map((n) => n.kind)).toEqual(['correction']);
    const pdf = await download(list[0]!.href);
    expect(pdf.contentType).toBe('application/pdf');
    for (const expected of ['一次性补正告知书', res.body.caseNumber, '居民身份证', '身份证已过有效期', '解除劳动关系证明', '张三：']) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain(CITIZEN_ID);
    // Sent back for correction: no receipt yet to print again.
    const none = await api<{ code: string }>('GET', `/cases/${res.body.caseNumber}/receipt`, { token: clerk });
    expect([none.status, none.body.code]).toEqual([404, 'receipt_not_found']);
  });

  it('a 容缺 registration gets the receipt and the 容缺受理通知书 with the commitment and due date', async () => {
    const commitment = '本人承诺在承诺时限内补交解除劳动关系证明原件';
    const res = await api<{ caseNumber: string; state: string; deferred?: { dueDate: string } }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }], deferral: { materials: ['SEPARATION'], commitment } },
    });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('registered');
    expect(res.body.deferred?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = res.body.deferred!.dueDate.split('-').map(Number);
    const list = await noticesOf(res.body.caseNumber, ['intake_receipt', 'deferred_acceptance']);
    expect(list).toHaveLength(2);
    const deferred = await download(list.find((n) => n.kind === 'deferred_acceptance')!.href);
    for (const expected of ['容缺受理通知书', res.body.caseNumber, '解除劳动关系证明', commitment, `${y}年${m}月${d}日前`, '张三：', '承诺人（申请人）签名：']) {
      expect(deferred.text).toContain(expected);
    }
    const receipt = await download(list.find((n) => n.kind === 'intake_receipt')!.href);
    expect(receipt.text).toContain('容缺受理通知书');
  });

  it('a refusal (不予受理) is issued in the department’s full name and names the review body and the court', async () => {
    const res = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }, { code: 'SEPARATION', uploadId: await uploadScan(clerk) }] },
    });
    expect(res.status).toBe(201);
    const { caseNumber } = res.body;
    await waitingFor(caseNumber, 'acceptance', approver);
    const refused = await api('POST', `/cases/${caseNumber}/review`, {
      token: approver,
      body: { outcome: 'refuse', reason: '申请人不属于失业保险金领取对象，不符合申请条件', legalBasis: '《失业保险条例》第十四条' },
    });
    expect(refused.status).toBe(200);
    const notice = (await noticesOf(caseNumber, ['not_accepted'])).find((n) => n.kind === 'not_accepted');
    const pdf = await download(notice!.href);
    for (const expected of [
      `${DEPT_FULL_NAME}不予受理通知书`,
      '张三：',
      `经${DEPT_FULL_NAME}审查，决定不予受理`,
      '六十日内向合作市人民政府申请行政复议',
      '六个月内向合作市人民法院提起行政诉讼',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(glyphReport(pdf.bytes).missing).toEqual([]);
  });

  it('refuses at intake a name with a character no notice can print, naming it', async () => {
    const res = await api<{ code: string; message: string; details: unknown }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant: { ...applicant, name: '王𪛖明' }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('申请人姓名（名称）中的「𪛖」（U+2A6D6）无法打印在文书上');
    // 𠮷 and Tibetan are printed from the fallback fonts, so they are taken.
    const tibetan = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant: { ...applicant, name: '𠮷祥·བཀྲ་ཤིས་' }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }, { code: 'SEPARATION', uploadId: await uploadScan(clerk) }] },
    });
    expect(tibetan.status).toBe(201);
    const [receipt] = await noticesOf(tibetan.body.caseNumber, ['intake_receipt']);
    const pdf = await download(receipt!.href);
    const report = glyphReport(pdf.bytes);
    expect(report.missing).toEqual([]);
    expect(report.drawn).toContain('𠮷祥·བཀྲ་ཤིས་：');
  });
});
