import { createHash, randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { extractText, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { documentClient } from '#adapters/dynamodb';
import { readObjectViaUrl } from '#adapters/s3-urls';
import { renderNoticePdf } from '#documents/pdf';
import { registerCase } from '#domain/case/registration';
import { forwardCase } from '#domain/case/workflow-waits';
import type { AuditEntry, Transition } from '#domain/case/transition';
import type { CaseRecord } from '#domain/case/records';
import { chinaDate } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import { buildNotice, NOTICE_KINDS, noticeId, type NoticeDocument, type NoticeKind } from '#domain/notices';
import * as cases from '#repositories/case-repository';
import { saveItemVersion } from '#repositories/item-repository';
import { getNotice, listNotices, numberNotice } from '#repositories/notice-repository';
import { handler } from '#streams/notice-renderer';
import { useIsolatedTable } from '#tests/support/isolated-table';

useIsolatedTable('onewindow-notices');

const FULL_ID = '11010519491231002X';
const LONG_NAME = '解除或者终止劳动关系的证明（原用人单位出具并加盖公章，载明解除原因和日期）';

async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number; flat: string }> {
  const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: true });
  // Lines wrap wherever the page ends: compare without line breaks and spaces.
  return { text, pages: totalPages, flat: text.replace(/\s+/g, '') };
}

const item = (code: string) =>
  newItemVersion(
    ServiceItemInputSchema.parse({
      basicCode: '000110002000',
      implementationCode: code,
      name: '失业保险金申领',
      department: '人社局',
      itemType: 'promised',
      statutoryDays: 20,
      promisedDays: 5,
      materials: [
        { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
        { code: 'SEPARATION', name: LONG_NAME, required: true, originals: 1, copies: 0, form: 'paper' },
        { code: 'BANK', name: '本人社会保障卡或银行卡', required: true, originals: 0, copies: 1, form: 'paper', deferrable: true },
      ],
    }),
    undefined,
    'test',
    new Date(),
  );

const material = (code: string, name: string) => ({
  code,
  name,
  objectKey: `uploads/${code}.pdf`,
  sha256: 'a'.repeat(64),
  size: 10,
  contentType: 'application/pdf',
});

const DEFERRAL = {
  materials: [{ code: 'BANK', name: '本人社会保障卡或银行卡' }],
  dueDate: '2026-11-30',
  commitment: '本人承诺于2026年11月30日前补交本人社会保障卡或银行卡复印件。',
};

function sampleCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    ...registerCase({
      caseNumber: 'HZ202611240007',
      centre: 'HZ',
      item: item('IT-NOTICE'),
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [material('ID', '居民身份证'), material('SEPARATION', LONG_NAME)],
      promisedBy: '2026-12-01',
      actor: { subject: 'c', name: '王*', role: 'intake_clerk' },
      at: new Date('2026-11-24T02:00:00Z'),
    }).record,
    correction: {
      requestedAt: '2026-11-24T02:00:00Z',
      problems: [
        { code: 'ID', name: '居民身份证', problem: '复印件模糊，请提供清晰复印件并携带原件核验。' },
        { code: 'BANK', name: '本人社会保障卡或银行卡', problem: '未提交该材料。' },
      ],
    },
    deferred: DEFERRAL,
    ...overrides,
  };
}

function notice(kind: NoticeKind, record = sampleCase()): NoticeDocument {
  return buildNotice(kind, {
    number: `HZ-${NOTICE_KINDS[kind].code}-20261124-0001`,
    issuedAt: '2026-11-24T02:00:00Z',
    centreName: '合作市政务服务中心',
    case: record,
    checklist: item('IT-NOTICE').materials,
  });
}

describe('notice PDFs: A4, Chinese text in an embedded font, read back out', () => {
  it('material receipt: title, number, centre, masked applicant, each material and the limits', async () => {
    const pdf = await renderNoticePdf(notice('intake_receipt'));
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.includes('/FontFile2')).toBe(true);
    expect(pdf.includes('/ToUnicode')).toBe(true);
    expect(pdf.includes('/MediaBox [0 0 595.28 841.89]')).toBe(true);
    const { flat, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    for (const expected of [
      '材料接收告知单',
      '编号：HZ-SJ-20261124-0001',
      '合作市政务服务中心',
      'HZ202611240007',
      '失业保险金申领',
      '人社局',
      '张*',
      '110***********002X',
      '居民身份证',
      LONG_NAME,
      '承诺办结时限为5个工作日',
      '2026年12月1日',
      '（政务服务中心业务专用章）',
      '2026年11月24日',
    ]) {
      expect(flat).toContain(expected.replace(/\s+/g, ''));
    }
    expect(flat).not.toContain(FULL_ID);
    const meta = await getMeta(new Uint8Array(pdf));
    expect(meta.info).toMatchObject({ Title: '材料接收告知单（HZ-SJ-20261124-0001）', Author: '合作市政务服务中心', Language: 'zh-CN' });
  });

  it('correction notice: every missing material and its reason', async () => {
    const { flat } = await pdfText(await renderNoticePdf(notice('correction')));
    expect(flat).toContain('一次性补正告知书');
    expect(flat).toContain('HZ-BZ-20261124-0001');
    expect(flat).toContain('复印件模糊，请提供清晰复印件并携带原件核验。');
    expect(flat).toContain('本人社会保障卡或银行卡');
    expect(flat).toContain('一次性告知');
    expect(flat).toContain('第三十二条');
  });

  it('deferred acceptance notice: the deferred material, the commitment and the due date', async () => {
    const { flat } = await pdfText(await renderNoticePdf(notice('deferred_acceptance')));
    expect(flat).toContain('容缺受理通知书');
    expect(flat).toContain('HZ-RQ-20261124-0001');
    expect(flat).toContain('张*');
    expect(flat).toContain('本人社会保障卡或银行卡');
    expect(flat).toContain('2026年11月30日前');
    expect(flat).toContain(DEFERRAL.commitment);
  });

  it('gives the same bytes for the same notice, and embeds only the characters used', async () => {
    const a = await renderNoticePdf(notice('intake_receipt'));
    const b = await renderNoticePdf(notice('intake_receipt'));
    expect(a.equals(b)).toBe(true);
    // The font file is 10 MB; a notice's subset is a few tens of KB.
    expect(a.length).toBeLessThan(120_000);
  });

  it('runs a long materials table onto further pages, with the header repeated and page numbers', async () => {
    const many = Array.from({ length: 45 }, (_, i) => material(`M${i}`, `第${i + 1}项申请材料：${i % 3 === 0 ? LONG_NAME : '申请表'}`));
    const pdf = await renderNoticePdf(notice('intake_receipt', sampleCase({ materials: many })));
    const { pages, flat } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(1);
    const perPage = (await extractText(new Uint8Array(pdf), { mergePages: false })).text.map((t) => t.replace(/\s+/g, ''));
    // Every page the table runs onto starts it with the header row again.
    const tablePages = perPage.filter((t) => /第\d+项申请材料/.test(t));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const t of tablePages) expect(t).toContain('序号材料名称原件复印件电子件');
    for (const [i, t] of perPage.entries()) expect(t).toContain(`第${i + 1}页共${pages}页`);
    for (let i = 0; i < many.length; i++) expect(flat).toContain(`第${i + 1}项申请材料`);
    expect(flat).toContain('2026年11月24日');
  });
});

function streamRecord(sequence: string, image: Record<string, unknown>, eventName: DynamoDBRecord['eventName'] = 'INSERT'): DynamoDBRecord {
  return {
    eventName,
    dynamodb: {
      SequenceNumber: sequence,
      NewImage: marshall(image, { removeUndefinedValues: true, convertClassInstanceToMap: false }) as NonNullable<
        DynamoDBRecord['dynamodb']
      >['NewImage'],
    },
  };
}

const auditImage = (audit: AuditEntry) => ({
  pk: `CASE#${audit.caseNumber}`,
  sk: `AUDIT#${String(audit.seq).padStart(6, '0')}`,
  entity: 'audit',
  ...audit,
});

describe('notice-renderer stream function', () => {
  async function registered(centre: string, outcome?: Parameters<typeof registerCase>[0]['outcome']): Promise<Transition> {
    const catalogItem = item(`IT-N-${randomUUID().slice(0, 8)}`);
    await saveItemVersion(catalogItem);
    const date = chinaDate(new Date());
    let transition: Transition | undefined;
    const result = await cases.insertNumberedCase(centre, date, (seq) => {
      transition = registerCase({
        caseNumber: `${centre}${date}${String(seq).padStart(4, '0')}`,
        centre,
        item: catalogItem,
        applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
        channel: 'window',
        materials: outcome?.kind === 'incomplete' ? [] : [material('ID', '居民身份证'), material('SEPARATION', LONG_NAME)],
        outcome,
        actor: { subject: 'c', name: '王*', role: 'intake_clerk' },
        at: new Date(),
      });
      return transition;
    });
    if (result.kind !== 'created' || !transition) throw new Error('not created');
    return transition;
  }

  const read = async (objectKey: string) => {
    const chunks: Uint8Array[] = [];
    await readObjectViaUrl(process.env.MATERIALS_BUCKET!, objectKey, (c) => chunks.push(c));
    return Buffer.concat(chunks);
  };

  it('issues the receipt and the deferred acceptance notice for a 容缺 registration, stored with the case, once', async () => {
    const centre = `N${randomUUID().slice(0, 5).toUpperCase()}`;
    const { audit, record } = await registered(centre, { kind: 'deferred', deferral: DEFERRAL });
    const forward = forwardCase(record, 'token', new Date());
    const event: DynamoDBStreamEvent = {
      Records: [
        streamRecord('1', { pk: `CASE#${record.caseNumber}`, sk: 'CASE', ...record }), // not an audit line
        streamRecord('2', auditImage(audit)),
        streamRecord('3', auditImage(forward.audit)), // issues nothing
      ],
    };
    expect(await handler(event)).toEqual({ batchItemFailures: [] });

    const notices = await listNotices(record.caseNumber);
    const date = chinaDate(new Date(audit.at));
    expect(notices.map((n) => [n.kind, n.number, n.status])).toEqual([
      ['deferred_acceptance', `${centre}-RQ-${date}-0001`, 'issued'],
      ['intake_receipt', `${centre}-SJ-${date}-0001`, 'issued'],
    ]);
    for (const n of notices) {
      expect(n.objectKey).toBe(`notices/${record.caseNumber}/${n.noticeId}.pdf`);
      const pdf = await read(n.objectKey!);
      expect(pdf.length).toBe(n.size);
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(n.sha256);
      const { flat } = await pdfText(pdf);
      expect(flat).toContain(n.title);
      expect(flat).toContain(n.number);
      expect(flat).toContain(record.caseNumber);
      expect(flat).toContain('张*');
    }

    // Redelivered (Lambda retries, the stream replays): no second notice, no number used up.
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect((await listNotices(record.caseNumber)).map((n) => n.number)).toEqual(notices.map((n) => n.number));
    const next = await registered(centre);
    expect(await handler({ Records: [streamRecord('4', auditImage(next.audit))] })).toEqual({ batchItemFailures: [] });
    expect((await listNotices(next.record.caseNumber)).map((n) => n.number)).toEqual([`${centre}-SJ-${date}-0002`]);
  });

  it('issues the correction notice for an incomplete application', async () => {
    const centre = `N${randomUUID().slice(0, 5).toUpperCase()}`;
    const problems = [{ code: 'SEPARATION', name: LONG_NAME, problem: '未提交该材料，请提交原件。' }];
    const { audit, record } = await registered(centre, { kind: 'incomplete', problems });
    expect(await handler({ Records: [streamRecord('1', auditImage(audit))] })).toEqual({ batchItemFailures: [] });
    const [only, ...rest] = await listNotices(record.caseNumber);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'correction', title: '一次性补正告知书', status: 'issued', auditSeq: 1 });
    const { flat } = await pdfText(await read(only!.objectKey!));
    expect(flat).toContain(LONG_NAME);
    expect(flat).toContain('未提交该材料，请提交原件。');
  });

  it('finishes a notice that was numbered but not stored, under the same number', async () => {
    const centre = `N${randomUUID().slice(0, 5).toUpperCase()}`;
    const { audit, record } = await registered(centre);
    const id = noticeId(audit.seq, 'intake_receipt');
    const date = chinaDate(new Date(audit.at));
    // As if the function had stopped right after numbering.
    await numberNotice({ centre, date, kindCode: 'SJ' }, record.caseNumber, id, (seq) => ({
      caseNumber: record.caseNumber,
      noticeId: id,
      kind: 'intake_receipt',
      number: `${centre}-SJ-${date}-${String(seq).padStart(4, '0')}`,
      title: '材料接收告知单',
      auditSeq: audit.seq,
      issuedAt: audit.at,
      status: 'numbered',
    }));
    expect(await handler({ Records: [streamRecord('1', auditImage(audit))] })).toEqual({ batchItemFailures: [] });
    expect(await getNotice(record.caseNumber, id, true)).toMatchObject({ number: `${centre}-SJ-${date}-0001`, status: 'issued' });
  });

  it('issues a notice under the next number when another renderer took the one it guessed, its PDF showing that number', async () => {
    const centre = `N${randomUUID().slice(0, 5).toUpperCase()}`;
    const date = chinaDate(new Date());
    const first = await registered(centre);
    expect(await handler({ Records: [streamRecord('1', auditImage(first.audit))] })).toEqual({ batchItemFailures: [] });
    // Another renderer (another process: this one's cache still guesses 0002) takes 0002 of the series.
    await documentClient().send(
      new PutCommand({
        TableName: process.env.TABLE_NAME!,
        Item: { pk: `NOTICECOUNTER#${centre}#${date}`, sk: 'KIND#SJ', entity: 'notice_counter', seq: 2 },
      }),
    );
    const third = await registered(centre);
    expect(await handler({ Records: [streamRecord('2', auditImage(third.audit))] })).toEqual({ batchItemFailures: [] });
    const [receipt, ...rest] = await listNotices(third.record.caseNumber);
    expect(rest).toEqual([]);
    expect(receipt).toMatchObject({ number: `${centre}-SJ-${date}-0003`, status: 'issued' });
    const pdf = await read(receipt!.objectKey!);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(receipt!.sha256);
    const { flat } = await pdfText(pdf);
    expect(flat).toContain(`${centre}-SJ-${date}-0003`);
    expect(flat).not.toContain(`${centre}-SJ-${date}-0002`);
  });

  it('reports the failed record so the stream retries from there', async () => {
    const ghost: AuditEntry = { ...(await registered(`N${randomUUID().slice(0, 5).toUpperCase()}`)).audit, caseNumber: 'NOSUCHCASE0001' };
    const result = await handler({ Records: [streamRecord('9', auditImage(ghost))] });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '9' }] });
  });
});
