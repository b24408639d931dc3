import { randomUUID } from 'node:crypto';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptCase,
  api,
  baseUrl,
  CITIZEN_ID,
  decision,
  eventually,
  signaturePng,
  token,
  uploadScan,
  waitingFor,
} from '#tests/support/client';

/** 统一出件 over HTTP: the result scanned in, the applicant told by SMS, then collected or mailed. */
interface CaseBody {
  caseNumber: string;
  state: string;
  waitingFor?: string;
  queryCode?: string;
  delivery?: { method: string; address?: Record<string, string> };
  result?: { number: string; scan?: { sha256: string } };
  handover?: Record<string, unknown> & { recipient?: { kind: string; name: string; idNumberMasked: string; verifiedBy: string } };
  history: { action: string; toState: string; details: Record<string, unknown> }[];
  [key: string]: unknown;
}
interface Outbox {
  notifications: { kind: string; status: string; text: string; to?: string; messageId?: string }[];
}

const RUN = randomUUID().slice(0, 6);
const DEPT = `出件测试局-${RUN}`;
const PICKUP_ONLY = `DL-P-${RUN}`;
const MAILABLE = `DL-M-${RUN}`;
const PHONE = '13800138000';
const PROXY_ID = '110105198001010032';
const OTHER_CITIZEN = PROXY_ID; // valid, but not the applicant's
const ADDRESS = { recipient: '张三', phone: '13900139000', province: '甘肃省', city: '合作市', district: '当周街道', street: '人民路88号3单元502室', postcode: '747000' };

let supervisor: string;
let clerk: string;
let approver: string;
let output: string;

beforeAll(async () => {
  supervisor = await token('supervisor');
  clerk = await token('intake_clerk', { subject: `clerk-delivery-${RUN}` });
  approver = await token('approver', { department: DEPT });
  output = await token('output_clerk', { subject: `output-delivery-${RUN}`, name: '孙出件' });
  for (const [code, courierDelivery] of [
    [PICKUP_ONLY, false],
    [MAILABLE, true],
  ] as const) {
    const created = await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: '000120003000',
        implementationCode: code,
        name: `出件测试事项${courierDelivery ? '（可邮寄）' : ''}`,
        department: DEPT,
        itemType: 'promised',
        statutoryDays: 20,
        promisedDays: 10,
        courierDelivery,
        materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
      },
    });
    expect(created.status).toBe(201);
  }
});

async function apply(itemCode: string, extra: Record<string, unknown> = {}) {
  return api<CaseBody>('POST', '/cases', {
    token: clerk,
    body: { itemCode, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID, phone: PHONE }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }], ...extra },
  });
}

/** Registered, accepted and approved with a licence; returns the case number and its licence number. */
async function approved(itemCode: string, extra: Record<string, unknown> = {}) {
  const created = await apply(itemCode, extra);
  expect(created.status).toBe(201);
  const { caseNumber } = created.body;
  await acceptCase(caseNumber, approver);
  const number = `许字${RUN}${caseNumber.slice(-4)}`;
  const decided = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '符合条件，准予许可。', number) });
  expect(decided.status).toBe(200);
  expect(decided.body.result).toMatchObject({ number, kind: 'licence' });
  await waitingFor(caseNumber, 'result_scan', output);
  return { caseNumber, number, queryCode: created.body.queryCode! };
}

async function scan(caseNumber: string, number: string) {
  return api<CaseBody & { code?: string }>('POST', `/cases/${caseNumber}/result`, { token: output, body: { uploadId: await uploadScan(output), number } });
}

const getCase = async (caseNumber: string) => (await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: supervisor })).body;
const inState = (caseNumber: string, state: string) =>
  eventually(`case ${caseNumber} ${state}`, async () => {
    const c = await getCase(caseNumber);
    return c.state === state ? c : undefined;
  });

async function outbox(caseNumber: string, kind: string, status = 'sent') {
  return eventually(`${kind} message of ${caseNumber}`, async () => {
    const res = await api<Outbox>('GET', `/notifications?caseNumber=${caseNumber}`, { token: output });
    return res.body.notifications.find((n) => n.kind === kind && n.status === status);
  }, 20_000);
}

/** The case's notice of `kind` as a PDF, once the renderer issued it. */
async function noticePdf(caseNumber: string, kind: string) {
  const notice = await eventually(`${kind} of ${caseNumber}`, async () => {
    const res = await api<{ notices: { kind: string; href: string }[] }>('GET', `/cases/${caseNumber}/notices`, { token: supervisor });
    return res.body.notices.find((n) => n.kind === kind);
  }, 20_000);
  const res = await fetch(`${baseUrl()}${notice.href}`, { headers: { authorization: `Bearer ${output}` } });
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return { bytes, raw: bytes.toString('latin1'), text: text.replace(/\s+/g, '') };
}

const pickupBody = async (recipient: Record<string, unknown>, signature = signaturePng()) => ({
  method: 'pickup',
  recipient,
  signatureUploadId: await uploadScan(output, signature, 'image/png'),
});

describe('出件: pickup at the output window', () => {
  it('by the applicant: result checked and scanned, SMS sent, identity checked by key, 送达回证 with the signature', async () => {
    const { caseNumber, number, queryCode } = await approved(PICKUP_ONLY);

    const wrongNumber = await scan(caseNumber, `${number}X`);
    expect(wrongNumber.status).toBe(422);
    expect(wrongNumber.body.code).toBe('result_number_mismatch');
    const scanned = await scan(caseNumber, number);
    expect(scanned.status).toBe(200);
    expect(scanned.body.state).toBe('result_ready');
    expect(scanned.body.result?.scan?.sha256).toMatch(/^[0-9a-f]{64}$/);

    // 领取通知: by SMS through the outbox, and on paper.
    const sms = await outbox(caseNumber, 'result_ready');
    expect(sms.text).toContain(caseNumber);
    expect(sms.text).toContain('统一出件窗口领取');
    expect(sms.to).toBe('138****8000');
    expect(sms.messageId).toBeTruthy();
    expect(JSON.stringify(sms)).not.toContain(PHONE);
    expect(JSON.stringify(sms)).not.toContain('张三');
    expect((await noticePdf(caseNumber, 'collection_notice')).text).toContain(number);

    await waitingFor(caseNumber, 'result_ready', output);
    const impostor = await api<{ code: string }>('POST', `/cases/${caseNumber}/handover`, {
      token: output,
      body: await pickupBody({ kind: 'applicant', name: '张三', idNumber: OTHER_CITIZEN }),
    });
    expect(impostor.status).toBe(403);
    expect(impostor.body.code).toBe('identity_mismatch');
    const pdfSignature = await api<{ code: string }>('POST', `/cases/${caseNumber}/handover`, {
      token: output,
      body: { method: 'pickup', recipient: { kind: 'applicant', name: '张三', idNumber: CITIZEN_ID }, signatureUploadId: await uploadScan(output) },
    });
    expect(pdfSignature.status).toBe(422);
    expect(pdfSignature.body.code).toBe('upload_wrong_type');
    expect((await getCase(caseNumber)).state).toBe('result_ready');

    const handed = await api<CaseBody>('POST', `/cases/${caseNumber}/handover`, {
      token: output,
      body: await pickupBody({ kind: 'applicant', name: '张三', idNumber: CITIZEN_ID.toLowerCase() }),
    });
    expect(handed.status).toBe(200);
    expect(handed.body.state).toBe('delivered');
    expect(handed.body.handover?.recipient).toEqual({ kind: 'applicant', name: '张*', idNumberMasked: expect.stringContaining('*'), verifiedBy: 'applicant_key' });
    expect(JSON.stringify(handed.body)).not.toContain(CITIZEN_ID);

    const closed = await inState(caseNumber, 'closed');
    expect(closed.history.filter((h) => h.details.retried !== true).map((h) => h.action)).toEqual([
      'register', 'forward', 'accept', 'open_step', 'decide', 'open_step', 'result_ready', 'open_step', 'hand_over', 'close',
    ]);

    const receipt = await noticePdf(caseNumber, 'service_receipt');
    expect(receipt.raw).toContain('/Subtype /Image');
    expect(receipt.raw).toContain('/SMask');
    expect(receipt.text).toContain('送达回证');
    expect(receipt.text).toContain('申请人本人');
    expect(receipt.text).toContain(number);

    const progress = await api<{ delivery: Record<string, string> }>('POST', '/public/progress', { body: { caseNumber, queryCode } });
    expect(progress.body.delivery).toMatchObject({ method: 'pickup', collectedBy: '申请人本人' });
  });

  it('by a proxy with the authorisation letter; without a phone the message is kept as not sendable', async () => {
    const created = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode: PICKUP_ONLY, applicant: { kind: 'person', name: '李四', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] },
    });
    const { caseNumber } = created.body;
    await acceptCase(caseNumber, approver);
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('deny', '不符合条件，不予许可。', `不许字${RUN}`) })).status).toBe(200);
    await waitingFor(caseNumber, 'result_scan', output);
    expect((await scan(caseNumber, `不许字${RUN}`)).status).toBe(200);
    expect((await outbox(caseNumber, 'result_ready', 'no_phone')).to).toBeUndefined();
    await waitingFor(caseNumber, 'result_ready', output);

    const noLetter = await api('POST', `/cases/${caseNumber}/handover`, { token: output, body: await pickupBody({ kind: 'proxy', name: '王五', idNumber: PROXY_ID }) });
    expect(noLetter.status).toBe(400);
    const handed = await api<CaseBody>('POST', `/cases/${caseNumber}/handover`, {
      token: output,
      body: await pickupBody({ kind: 'proxy', name: '王五', idNumber: PROXY_ID, authorisationUploadId: await uploadScan(output) }),
    });
    expect(handed.status).toBe(200);
    expect(handed.body.handover?.recipient).toMatchObject({ kind: 'proxy', name: '王*', verifiedBy: 'authorisation', authorisation: { sha256: expect.any(String) } });
    expect(JSON.stringify(handed.body)).not.toContain(PROXY_ID);
    await inState(caseNumber, 'closed');
    const receipt = await noticePdf(caseNumber, 'service_receipt');
    expect(receipt.text).toContain('代领人');
    expect(receipt.raw).toContain('/Subtype /Image');
  });
});

describe('出件: courier delivery', () => {
  it('is refused for an item that does not support it', async () => {
    const refused = await apply(PICKUP_ONLY, { delivery: { method: 'courier', address: ADDRESS } });
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as { code: string }).code).toBe('courier_not_supported');
  });

  it('honours the method chosen at intake, records changes, mails with a tracking number and closes on receipt', async () => {
    const { caseNumber, number, queryCode } = await approved(MAILABLE, { delivery: { method: 'courier', address: ADDRESS } });
    const registered = await getCase(caseNumber);
    expect(registered.delivery).toEqual({
      method: 'courier',
      address: { recipient: '张*', phone: '139****9000', province: '甘肃省', city: '合作市', district: '当周街道', street: '人民路8****', postcode: '747000' },
    });
    expect(JSON.stringify(registered)).not.toContain('88号3单元');
    // The full address is sealed, for the mailing label only.
    const personal = await api<{ delivery?: { address: { street: string } } }>('GET', `/cases/${caseNumber}/personal-data`, { token: output });
    expect(personal.body.delivery?.address.street).toBe(ADDRESS.street);

    // Changed to pickup and back, each change on the audit trail.
    for (const delivery of [{ method: 'pickup' }, { method: 'courier', address: { ...ADDRESS, street: '人民路99号' } }]) {
      const changed = await api<CaseBody>('POST', `/cases/${caseNumber}/delivery-method`, { token: clerk, body: { delivery, reason: '申请人来电要求变更' } });
      expect(changed.status).toBe(200);
      expect(changed.body.delivery?.method).toBe(delivery.method);
    }
    expect((await getCase(caseNumber)).history.filter((h) => h.action === 'change_delivery').map((h) => [h.details.from, h.details.to])).toEqual([
      ['courier', 'pickup'],
      ['pickup', 'courier'],
    ]);

    expect((await scan(caseNumber, number)).status).toBe(200);
    expect((await outbox(caseNumber, 'result_ready')).text).toContain('邮寄');
    await waitingFor(caseNumber, 'result_ready', output);
    const pickup = await api<{ code: string }>('POST', `/cases/${caseNumber}/handover`, {
      token: output,
      body: await pickupBody({ kind: 'applicant', name: '张三', idNumber: CITIZEN_ID }),
    });
    expect(pickup.status).toBe(409);
    expect(pickup.body.code).toBe('courier_chosen');
    const early = await api<{ code: string }>('POST', `/cases/${caseNumber}/receipt`, { token: output, body: { receivedOn: '2026-11-25' } });
    expect(early.body.code).toBe('not_mailed');

    const trackingNumber = `SF${RUN}0001`.toUpperCase();
    const mailed = await api<CaseBody>('POST', `/cases/${caseNumber}/dispatch`, { token: output, body: { carrier: '中国邮政EMS', trackingNumber, sentOn: '2026-11-24' } });
    expect(mailed.status).toBe(200);
    expect(mailed.body.state).toBe('mailed');
    expect((await outbox(caseNumber, 'mailed')).text).toContain(trackingNumber);
    const tooLate = await api<{ code: string }>('POST', `/cases/${caseNumber}/delivery-method`, { token: output, body: { delivery: { method: 'pickup' }, reason: '改为自取' } });
    expect(tooLate.status).toBe(409);
    const progress = await api<{ state: string; delivery: Record<string, string> }>('POST', '/public/progress', { body: { caseNumber, queryCode } });
    expect(progress.body).toMatchObject({ state: 'mailed', delivery: { method: 'courier', trackingNumber, sentOn: '2026-11-24' } });

    const backwards = await api<{ code: string }>('POST', `/cases/${caseNumber}/receipt`, { token: output, body: { receivedOn: '2026-11-23' } });
    expect(backwards.status).toBe(422);
    const received = await api<CaseBody>('POST', `/cases/${caseNumber}/receipt`, { token: output, body: { receivedOn: '2026-11-26' } });
    expect(received.status).toBe(200);
    expect(received.body.handover).toMatchObject({ method: 'courier', trackingNumber, sentOn: '2026-11-24', receivedOn: '2026-11-26' });
    await inState(caseNumber, 'closed');
    const receipt = await noticePdf(caseNumber, 'service_receipt');
    expect(receipt.text).toContain('邮寄送达');
    expect(receipt.text).toContain(trackingNumber);
    // Proof of service: the applicant in full and the whole address, as last changed.
    expect(receipt.text).toContain('甘肃省合作市当周街道人民路99号（收件人张三）');
    expect(receipt.text).toContain('受送达人张三');
    expect(receipt.raw).not.toContain('/Subtype /Image');
  });
});
