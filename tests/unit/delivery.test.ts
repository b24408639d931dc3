import { describe, expect, it } from 'vitest';
import { renderNoticePdf } from '#documents/pdf';
import { pngImage, UnsupportedImageError } from '#documents/png';
import { changeDelivery, confirmReceipt, dispatchResult, handOverCase, scanResult } from '#domain/case/output';
import { decideCase } from '#domain/case/decision';
import type { CaseRecord, StoredObject } from '#domain/case/records';
import { assertDeliveryAllowed, checkedUpload, maskAddress, verifyRecipient } from '#domain/delivery';
import { notificationKindOf, notificationText, smsNumber } from '#domain/notification';
import { buildNotice, noticesFor } from '#domain/notices';
import type { Upload } from '#domain/upload';
import { signaturePng } from '#tests/support/client';
import { APPROVER, at, citizenId, OUTPUT, registered, thrown } from './fixtures';

const ADDRESS = { recipient: '张三', phone: '13900139000', province: '甘肃省', city: '合作市', street: '人民路88号3单元502室' };
const COURIER = { method: 'courier' as const, address: maskAddress(ADDRESS) };
const LICENCE = { kind: 'licence' as const, number: '许字001', title: '许可证', issuer: '人社局', validUntil: '2031-12-31' };
const SCAN: StoredObject = { objectKey: 'uploads/result.pdf', sha256: 'b'.repeat(64), size: 99, contentType: 'application/pdf' };
const SIGNATURE: StoredObject = { objectKey: 'uploads/sig.png', sha256: 'c'.repeat(64), size: 80, contentType: 'image/png' };
const TOKEN = { step: 'result_ready' as const, token: 't', since: at(1).toISOString() };

const inState = (state: CaseRecord['state'], patch: Partial<CaseRecord> = {}): CaseRecord => ({ ...registered(), state, ...patch });
const attached = (state: CaseRecord['state'] = 'approved', patch: Partial<CaseRecord> = {}) =>
  inState(state, { result: { ...LICENCE, attachedAt: at(1).toISOString(), attachedBy: APPROVER }, ...patch });
const applicantRecipient = { kind: 'applicant' as const, name: '张*', idNumberMasked: '110****002X', verifiedBy: 'applicant_key' as const };

describe('the result (办理结果): attached at the decision, checked and scanned at the output window', () => {
  it('keeps the document the approver attaches with the decision', () => {
    const t = decideCase(inState('accepted'), { outcome: 'approve', opinion: '准予', result: LICENCE }, APPROVER, at(2));
    expect(t.record.result).toEqual({ ...LICENCE, attachedAt: at(2).toISOString(), attachedBy: APPROVER });
    expect(t.audit.details.result).toMatchObject({ number: '许字001', kind: 'licence' });
  });

  it('refuses a scan whose number is not the attached one, and changes nothing', () => {
    const e = thrown(() => scanResult(attached(), { number: '许字002', scan: SCAN }, OUTPUT, at(3)));
    expect([e.status, e.code]).toEqual([422, 'result_number_mismatch']);
  });

  it('scans a matching result in: result_ready, fixity recorded, the task cleared', () => {
    const t = scanResult(attached('approved', { pendingTask: { ...TOKEN, step: 'result_scan' } }), { number: ' 许字001 ', scan: SCAN }, OUTPUT, at(3));
    expect(t.record.state).toBe('result_ready');
    expect(t.record.result?.scan).toEqual({ ...SCAN, scannedAt: at(3).toISOString(), scannedBy: OUTPUT });
    expect(t.record.pendingTask).toBeUndefined();
    expect(t.audit).toMatchObject({ action: 'result_ready', fromState: 'approved', details: { number: '许字001', sha256: SCAN.sha256, delivery: 'pickup' } });
  });

  it('needs the details of a result nobody attached (不予受理, 即办), and takes them from the output window', () => {
    expect(thrown(() => scanResult(inState('not_accepted'), { number: 'X1', scan: SCAN }, OUTPUT, at(3))).code).toBe('result_details_needed');
    const doc = { kind: 'decision_document' as const, number: 'X1', title: '不予受理通知书', issuer: '人社局' };
    expect(thrown(() => scanResult(inState('not_accepted'), { number: 'X2', document: doc, scan: SCAN }, OUTPUT, at(3))).code).toBe('result_details_needed');
    const t = scanResult(inState('not_accepted'), { number: 'X1', document: doc, scan: SCAN }, OUTPUT, at(3));
    expect(t.record.result).toMatchObject({ ...doc, attachedBy: OUTPUT });
  });

  it('is scanned only once the case is decided', () => {
    expect(thrown(() => scanResult(inState('accepted'), { number: '许字001', scan: SCAN }, OUTPUT, at(3))).code).toBe('invalid_state');
  });
});

describe('delivery method (送达方式)', () => {
  it('shows the courier address masked: region and postcode in full, person, phone and street hidden', () => {
    expect(maskAddress({ ...ADDRESS, postcode: '747000' })).toEqual({
      recipient: '张*',
      phone: '139****9000',
      province: '甘肃省',
      city: '合作市',
      street: '人民路8****',
      postcode: '747000',
    });
    expect(maskAddress({ ...ADDRESS, street: '一号' }).street).toBe('****');
  });

  it('allows courier only where the item supports it', () => {
    expect(thrown(() => assertDeliveryAllowed({ method: 'courier', address: ADDRESS }, { courierDelivery: false, name: '某事项' })).code).toBe('courier_not_supported');
    expect(() => assertDeliveryAllowed({ method: 'courier', address: ADDRESS }, { courierDelivery: true, name: '某事项' })).not.toThrow();
    expect(() => assertDeliveryAllowed({ method: 'pickup' }, { courierDelivery: false, name: '某事项' })).not.toThrow();
  });

  it('records a change with both methods, until the result is handed over or mailed', () => {
    const t = changeDelivery(inState('result_ready'), { delivery: COURIER, reason: '申请人要求' }, OUTPUT, at(4));
    expect(t.record).toMatchObject({ state: 'result_ready', delivery: COURIER });
    expect(t.audit).toMatchObject({ action: 'change_delivery', details: { from: 'pickup', to: 'courier', reason: '申请人要求' } });
    for (const state of ['mailed', 'delivered', 'closed', 'withdrawn'] as const) {
      expect(thrown(() => changeDelivery(inState(state), { delivery: { method: 'pickup' }, reason: 'x' }, OUTPUT, at(4))).code).toBe('invalid_state');
    }
  });
});

describe('pickup (窗口领取)', () => {
  const key = 'k'.repeat(64);
  it('hands over to the applicant whose identity number gives the case’s applicant key', () => {
    expect(verifyRecipient({ caseNumber: 'HZ1', applicantKey: key }, { kind: 'applicant', name: '张三', idNumber: citizenId('11010519491231002') }, key, undefined)).toMatchObject({
      kind: 'applicant',
      name: '张*',
      verifiedBy: 'applicant_key',
    });
    const e = thrown(() => verifyRecipient({ caseNumber: 'HZ1', applicantKey: key }, { kind: 'applicant', name: '张三', idNumber: 'x' }, 'j'.repeat(64), undefined));
    expect([e.status, e.code]).toEqual([403, 'identity_mismatch']);
    expect(thrown(() => verifyRecipient({ caseNumber: 'HZ1' }, { kind: 'applicant', name: '张三', idNumber: 'x' }, key, undefined)).code).toBe('no_applicant_key');
  });

  it('hands over to a proxy only with a valid ID and the scanned authorisation letter', () => {
    const proxy = { kind: 'proxy' as const, name: '王五', idNumber: citizenId('11010519800101003') };
    expect(thrown(() => verifyRecipient({ caseNumber: 'HZ1', applicantKey: key }, proxy, undefined, undefined)).code).toBe('authorisation_needed');
    expect(thrown(() => verifyRecipient({ caseNumber: 'HZ1', applicantKey: key }, { ...proxy, idNumber: '110105198001010033' }, undefined, SCAN)).code).toBe('proxy_id_invalid');
    expect(verifyRecipient({ caseNumber: 'HZ1', applicantKey: key }, proxy, undefined, SCAN)).toEqual({
      kind: 'proxy',
      name: '王*',
      idNumberMasked: '110***********0032',
      verifiedBy: 'authorisation',
      authorisation: SCAN,
    });
  });

  it('takes only scans this clerk uploaded and the server checked, of the right type', () => {
    const upload: Upload = { uploadId: 'u1', ...SIGNATURE, fileName: 's.png', contentType: 'image/png', createdAt: '', createdBy: 'out-1', status: 'verified' };
    expect(checkedUpload(upload, 'out-1', 'signature', ['image/png'])).toEqual(SIGNATURE);
    expect(thrown(() => checkedUpload({ ...upload, status: 'pending' }, 'out-1', 'signature')).code).toBe('upload_not_usable');
    expect(thrown(() => checkedUpload(upload, 'out-2', 'signature')).code).toBe('upload_not_usable');
    expect(thrown(() => checkedUpload({ ...upload, contentType: 'application/pdf' }, 'out-1', 'signature', ['image/png'])).code).toBe('upload_wrong_type');
  });

  it('delivers with recipient and signature; refused when courier was chosen', () => {
    const t = handOverCase(inState('result_ready', { pendingTask: TOKEN }), { recipient: applicantRecipient, signature: SIGNATURE }, OUTPUT, at(5));
    expect(t.record).toMatchObject({ state: 'delivered', handover: { method: 'pickup', recipient: applicantRecipient, signature: SIGNATURE } });
    expect(t.record.pendingTask).toBeUndefined();
    expect(thrown(() => handOverCase(inState('result_ready', { delivery: COURIER }), { recipient: applicantRecipient, signature: SIGNATURE }, OUTPUT, at(5))).code).toBe('courier_chosen');
    expect(thrown(() => handOverCase(inState('approved'), { recipient: applicantRecipient, signature: SIGNATURE }, OUTPUT, at(5))).code).toBe('invalid_state');
  });
});

describe('courier (邮寄送达)', () => {
  const mail = { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' };
  it('mails only what the applicant asked to be mailed, keeping the wait for the receipt', () => {
    expect(thrown(() => dispatchResult(inState('result_ready'), mail, OUTPUT, at(6))).code).toBe('pickup_chosen');
    const t = dispatchResult(inState('result_ready', { delivery: COURIER, pendingTask: TOKEN }), mail, OUTPUT, at(6));
    expect(t.record).toMatchObject({ state: 'mailed', dispatch: { ...mail, address: COURIER.address }, pendingTask: TOKEN });
    expect(t.audit).toMatchObject({ action: 'dispatch', details: mail });
  });

  it('is delivered on the carrier’s receipt, not before it was sent, and only once mailed', () => {
    const mailed = dispatchResult(inState('result_ready', { delivery: COURIER }), mail, OUTPUT, at(6)).record;
    expect(thrown(() => confirmReceipt(inState('result_ready', { delivery: COURIER }), { receivedOn: '2026-03-04' }, OUTPUT, at(7))).code).toBe('not_mailed');
    expect(thrown(() => confirmReceipt(mailed, { receivedOn: '2026-03-02' }, OUTPUT, at(7))).code).toBe('received_before_sent');
    const t = confirmReceipt(mailed, { receivedOn: '2026-03-04' }, OUTPUT, at(7));
    expect(t.record.handover).toEqual({ method: 'courier', ...mail, receivedOn: '2026-03-04', handedOverAt: at(7).toISOString(), handedOverBy: OUTPUT });
    expect(t.audit).toMatchObject({ action: 'hand_over', fromState: 'mailed', toState: 'delivered' });
  });
});

describe('领取通知 by SMS', () => {
  const ready = scanResult(attached(), { number: '许字001', scan: SCAN }, OUTPUT, at(3));
  it('is queued by the scan and by the dispatch, never by a reverted line', () => {
    expect(notificationKindOf(ready.audit)).toBe('result_ready');
    expect(notificationKindOf({ ...ready.audit, result: 'reverted' })).toBeUndefined();
    expect(notificationKindOf({ ...ready.audit, action: 'dispatch' })).toBe('mailed');
    expect(notificationKindOf({ ...ready.audit, action: 'decide' })).toBeUndefined();
  });

  it('names the case and item, with the masked name only, and says how to get the result', () => {
    const text = notificationText('result_ready', ready.record, '合作市政务服务中心');
    expect(text).toContain('HZ202603020001');
    expect(text).toContain('张*您好');
    expect(text).toContain('统一出件窗口领取');
    expect(notificationText('result_ready', { ...ready.record, delivery: COURIER }, '中心')).toContain('邮寄');
    const mailed = dispatchResult({ ...ready.record, delivery: COURIER }, { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' }, OUTPUT, at(6)).record;
    expect(notificationText('mailed', mailed, '中心')).toContain('运单号EMS123456');
    // Chinese date style in SMS, not 2026-03-03.
    expect(notificationText('mailed', mailed, '中心')).toContain('办理结果已于2026年3月3日由EMS寄出');
  });

  it('writes mainland mobiles in E.164', () => {
    expect(smsNumber('138 0013 8000')).toBe('+8613800138000');
    expect(smsNumber('+85291234567')).toBe('+85291234567');
  });
});

describe('领取通知 and 送达回证 (notices)', () => {
  const ready = scanResult(attached(), { number: '许字001', scan: SCAN }, OUTPUT, at(3));
  const picked = handOverCase(ready.record, { recipient: applicantRecipient, signature: SIGNATURE }, OUTPUT, at(5));
  const facts = (record: CaseRecord) => ({ number: 'HZ-SD-20260302-0001', issuedAt: at(5).toISOString(), centreName: '合作市政务服务中心', case: record });

  it('are issued when the result is ready and when it is delivered', () => {
    expect(noticesFor(ready.audit, ready.record)).toEqual(['collection_notice']);
    expect(noticesFor(picked.audit, picked.record)).toEqual(['service_receipt']);
  });

  it('the 送达回证 of a pickup carries the signature; of a courier delivery, the tracking number', () => {
    const pickup = buildNotice('service_receipt', facts(picked.record));
    expect(pickup.signature).toEqual({ label: '受送达人签名', objectKey: SIGNATURE.objectKey });
    expect(JSON.stringify(pickup)).toContain('许字001');
    const mailed = dispatchResult({ ...ready.record, delivery: COURIER }, { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' }, OUTPUT, at(6)).record;
    const courier = buildNotice('service_receipt', facts(confirmReceipt(mailed, { receivedOn: '2026-03-04' }, OUTPUT, at(7)).record));
    expect(courier.signature).toBeUndefined();
    expect(JSON.stringify(courier.table)).toContain('EMS EMS123456');
  });
});

describe('PNG signatures in the PDF', () => {
  it('embeds an RGB PNG’s IDAT as it is, with the PNG predictor', () => {
    const png = signaturePng(5, 4, 2);
    const image = pngImage(png);
    expect(image).toMatchObject({ width: 5, height: 4, colors: 3, predictor: true });
    expect(png.includes(image.data)).toBe(true);
  });

  it('unfilters an RGBA PNG and puts its alpha into a soft mask', () => {
    const image = pngImage(signaturePng(6, 3, 6));
    expect(image).toMatchObject({ width: 6, height: 3, colors: 3, predictor: false });
    expect(image.alpha).toBeDefined();
  });

  it('refuses what it cannot place, with the reason', () => {
    expect(() => pngImage(Buffer.from('%PDF-1.4'))).toThrow(UnsupportedImageError);
    const palette = signaturePng(2, 2, 2);
    palette[8 + 8 + 9] = 3; // IHDR colour type → palette
    expect(() => pngImage(palette)).toThrow(/palette/);
  });

  it('draws the signature on the 送达回证 as an image XObject', async () => {
    const ready = scanResult(attached(), { number: '许字001', scan: SCAN }, OUTPUT, at(3));
    const picked = handOverCase(ready.record, { recipient: applicantRecipient, signature: SIGNATURE }, OUTPUT, at(5)).record;
    const doc = buildNotice('service_receipt', { number: 'HZ-SD-20260302-0001', issuedAt: at(5).toISOString(), centreName: '合作市政务服务中心', case: picked });
    const pdf = (await renderNoticePdf(doc, pngImage(signaturePng(40, 20, 6)))).toString('latin1');
    expect(pdf).toMatch(/\/Type \/XObject \/Subtype \/Image \/Width 40 \/Height 20 \/BitsPerComponent 8 \/ColorSpace \/DeviceRGB/);
    expect(pdf).toMatch(/\/SMask \d+ 0 R/);
    expect(pdf).toMatch(/\/XObject << \/Im1 \d+ 0 R >>/);
    const plain = (await renderNoticePdf(doc)).toString('latin1');
    expect(plain).not.toContain('/Subtype /Image');
  });
});
