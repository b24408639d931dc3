import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, CREDIT_CODE, SAMPLE_PDF, SAMPLE_PNG, sha256, token, uploadScan } from '#tests/support/client';

const ITEM = `FD-${randomUUID().slice(0, 8)}`;
let clerk: string;

beforeAll(async () => {
  // A centre of its own (its own case-number series), whose supervisor puts the item on its list.
  const centre = `F${randomUUID().slice(0, 4).toUpperCase()}`;
  const supervisor = await token('supervisor', { centre });
  clerk = await token('intake_clerk', { subject: `clerk-fd-${randomUUID().slice(0, 4)}`, centre });
  const created = await api('POST', '/items', {
    token: supervisor,
    body: {
      basicCode: 'B',
      implementationCode: ITEM,
      name: '营业执照变更登记（前台规则）',
      department: '前台规则局',
      itemType: 'promised',
      statutoryDays: 15,
      promisedDays: 3,
      maxMaterialBytes: 200,
      materials: [{ code: 'FORM', name: '变更登记申请书', required: false, originals: 1, copies: 0, form: 'either' }],
    },
  });
  expect(created.status).toBe(201);
});

describe('front-desk rules through HTTP', () => {
  it('registers a legal person by unified social credit code, shown masked', async () => {
    const res = await api<{ applicant: { kind: string; name: string; idNumberMasked: string } }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant: { kind: 'legal_person', name: '合作市某某商贸有限公司', idNumber: CREDIT_CODE } },
    });
    expect(res.status).toBe(201);
    expect(res.body.applicant).toEqual({ kind: 'legal_person', name: '合作市某某商贸有限公司', idNumberMasked: '913***********0Y43' });
    const wrong = await api<{ code: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant: { kind: 'legal_person', name: '某公司', idNumber: '91350100M000100Y44' } },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('invalid_id_number');
  });

  it('numbers 20 concurrent intakes of one centre-day without duplicates or gaps', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        api<{ caseNumber: string }>('POST', '/cases', { token: clerk, body: { itemCode: ITEM, applicant: { kind: 'person', name: '吴九', idNumber: CITIZEN_ID } } }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const seqs = results.map((r) => Number(r.body.caseNumber.slice(-4))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    expect(seqs[19]! - seqs[0]!).toBe(19);
  });

  it('checks a scan by its bytes, not its name: a PNG declared as a PDF is refused', async () => {
    const started = await api<{ uploadId: string; uploadUrl: string }>('POST', '/uploads', {
      token: clerk,
      body: { fileName: 'form.pdf', contentType: 'application/pdf', sha256: sha256(SAMPLE_PNG), size: SAMPLE_PNG.length },
    });
    await fetch(started.body.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: SAMPLE_PNG });
    const done = await api<{ code: string; message: string }>('POST', `/uploads/${started.body.uploadId}/complete`, { token: clerk });
    expect(done.status).toBe(422);
    expect(done.body.message).toBe('文件实际为 image/png，但申报为 application/pdf，请按实际类型重新上传。');
  });

  it("refuses a scan over the item's size limit", async () => {
    const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(300, 0x20)]);
    const res = await api<{ code: string; details: { problems: { problem: string }[] } }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant: { kind: 'person', name: '郑十', idNumber: CITIZEN_ID }, materials: [{ code: 'FORM', uploadId: await uploadScan(clerk, big) }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.details.problems[0]?.problem).toContain('超过本事项允许的大小（200 字节）');
  });
});
