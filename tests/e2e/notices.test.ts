import { randomUUID } from 'node:crypto';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, CITIZEN_ID, eventually, token, uploadScan } from '../support/client';

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

const DEPT = `文书测试局-${randomUUID().slice(0, 4)}`;
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
    const registered = await api<{ caseNumber: string; state: string }>('POST', '/cases', {
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
    const { caseNumber } = registered.body;

    const [receipt, ...others] = await noticesOf(caseNumber, ['intake_receipt']);
    expect(others).toEqual([]);
    expect(receipt).toMatchObject({ title: '材料接收告知单', href: `/cases/${caseNumber}/notices/${receipt!.noticeId}` });
    expect(receipt!.number).toMatch(/^HZ-SJ-\d{8}-\d{4}$/);

    const pdf = await download(receipt!.href);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBe(receipt!.size);
    for (const expected of ['材料接收告知单', receipt!.number, caseNumber, ITEM_NAME, DEPT, '张*', '居民身份证', '解除劳动关系证明']) {
      expect(pdf.text).toContain(expected.replace(/\s+/g, ''));
    }
    expect(pdf.text).not.toContain(CITIZEN_ID);
    expect(pdf.text).not.toContain('张三');

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
    for (const expected of ['一次性补正告知书', res.body.caseNumber, '居民身份证', '身份证已过有效期', '解除劳动关系证明', '张*']) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain(CITIZEN_ID);
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
    for (const expected of ['容缺受理通知书', res.body.caseNumber, '解除劳动关系证明', commitment, `${y}年${m}月${d}日前`, '张*']) {
      expect(deferred.text).toContain(expected);
    }
    const receipt = await download(list.find((n) => n.kind === 'intake_receipt')!.href);
    expect(receipt.text).toContain('容缺受理通知书');
  });
});
