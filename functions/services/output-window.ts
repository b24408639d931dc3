/**
 * 统一出件 as application services: the result scan, the hand-over at the window (identity checked
 * under the applicant-key KMS key, the signature image read back from S3), mailing and the change of
 * delivery method (the address sealed with the personal data). Handlers only parse and call these.
 */
import { applicantKey, seal } from '#adapters/personal-data-sealing';
import { setting } from '#adapters/env';
import { readObjectViaUrl } from '#adapters/s3-urls';
import { actorOf } from '#domain/case/actor';
import { changeDelivery, confirmReceipt, dispatchResult, handOverCase, scanResult } from '#domain/case/output';
import type { StoredObject } from '#domain/case/records';
import { assertDeliveryAllowed, checkedUpload, maskAddress, verifyRecipient, type DeliveryInput, type PresentedRecipient } from '#domain/delivery';
import { unprocessable } from '#domain/errors';
import type { Principal } from '#domain/principal';
import { pngImage, UnsupportedImageError } from '#documents/png';
import { getItemVersion } from '#repositories/item-repository';
import { getUpload } from '#repositories/upload-repository';
import { caseFor } from './case-access';
import { openRecorded } from './personal-data-service';
import { changeCase, completeWaitingStep, waitingOn } from './resume-case';

/** The signature goes on the 送达回证: it must be a PNG the PDF writer can place, or the clerk hears now, not the renderer later. */
async function assertSignatureImage(signature: StoredObject): Promise<void> {
  const chunks: Uint8Array[] = [];
  await readObjectViaUrl(setting('materialsBucket'), signature.objectKey, (chunk) => chunks.push(chunk));
  try {
    pngImage(Buffer.concat(chunks));
  } catch (error) {
    if (!(error instanceof UnsupportedImageError)) throw error;
    throw unprocessable('signature_unusable', `The signature image cannot be placed on the 送达回证: ${error.message}. Capture it again as a PNG.`, {});
  }
}

export async function scanCaseResult(
  caseNumber: string,
  input: { uploadId: string; number: string; document?: Parameters<typeof scanResult>[1]['document'] },
  principal: Principal,
  now: Date,
) {
  // Whose case it is comes before what was uploaded for it.
  const [, upload] = await Promise.all([caseFor(caseNumber, principal, 'case.output'), getUpload(input.uploadId)]);
  const scan = checkedUpload(upload, principal.subject, 'result');
  return completeWaitingStep(
    caseNumber,
    principal,
    'case.output',
    waitingOn('result_scan'),
    (current) => scanResult(current, { number: input.number, document: input.document, scan }, actorOf(principal), now),
    (after) => ({ outcome: 'result_ready', number: after.result?.number, delivery: after.delivery?.method ?? 'pickup' }),
    now,
  );
}

/** Who collects: the applicant, or a proxy with the scanned authorisation letter. */
export type RecipientInput = (PresentedRecipient & { kind: 'applicant' }) | (PresentedRecipient & { kind: 'proxy'; authorisationUploadId: string });

export async function handOverAtWindow(caseNumber: string, input: { recipient: RecipientInput; signatureUploadId: string }, principal: Principal, now: Date) {
  const { recipient } = input;
  const [record, signatureUpload, authorisationUpload] = await Promise.all([
    caseFor(caseNumber, principal, 'case.output', true),
    getUpload(input.signatureUploadId),
    recipient.kind === 'proxy' ? getUpload(recipient.authorisationUploadId) : Promise.resolve(undefined),
  ]);
  const signature = checkedUpload(signatureUpload, principal.subject, 'signature', ['image/png']);
  const authorisation = recipient.kind === 'proxy' ? checkedUpload(authorisationUpload, principal.subject, 'authorisation letter') : undefined;
  await assertSignatureImage(signature);
  // The number shown is hashed under the applicant-key KMS key and compared: the sealed data stays closed.
  const presentedKey = recipient.kind === 'applicant' ? await applicantKey(record.applicant.kind, recipient.idNumber) : undefined;
  return completeWaitingStep(
    caseNumber,
    principal,
    'case.output',
    waitingOn('result_ready'),
    (current) => handOverCase(current, { recipient: verifyRecipient(current, recipient, presentedKey, authorisation), signature }, actorOf(principal), now),
    (after) => ({ method: 'pickup', handedOverAt: after.handover?.handedOverAt }),
    now,
  );
}

export function mailResult(caseNumber: string, input: Parameters<typeof dispatchResult>[1], principal: Principal, now: Date) {
  return changeCase(caseNumber, principal, 'case.output', (current) => dispatchResult(current, input, actorOf(principal), now));
}

export function confirmMailReceived(caseNumber: string, input: Parameters<typeof confirmReceipt>[1], principal: Principal, now: Date) {
  return completeWaitingStep(
    caseNumber,
    principal,
    'case.receipt',
    waitingOn('result_ready'),
    (current) => confirmReceipt(current, input, actorOf(principal), now),
    (after) => ({ method: 'courier', handedOverAt: after.handover?.handedOverAt }),
    now,
  );
}

/** Changes how the result reaches the applicant; the address lives sealed with the rest of the personal data. */
export async function changeDeliveryMethod(caseNumber: string, input: { delivery: DeliveryInput; reason: string }, principal: Principal, now: Date) {
  const record = await caseFor(caseNumber, principal, 'case.delivery_method', true);
  const item = await getItemVersion(record.itemCode, record.itemVersion);
  if (!item) throw new Error(`Item ${record.itemCode} v${record.itemVersion} of case ${record.caseNumber} is missing`);
  assertDeliveryAllowed(input.delivery, item);
  const { delivery } = input;
  if (!record.personalData) {
    throw unprocessable('no_personal_data', `Case ${record.caseNumber} keeps no sealed personal data, so an address cannot be stored with it; record the change on paper.`, {
      caseNumber: record.caseNumber,
    });
  }
  // Opened (recorded), changed, sealed again.
  const { delivery: _old, ...personal } = await openRecorded({ caseNumber: record.caseNumber, personalData: record.personalData }, principal, now);
  const personalData = await seal(delivery.method === 'courier' ? { ...personal, delivery: { address: delivery.address } } : personal);
  const view = delivery.method === 'courier' ? { method: 'courier' as const, address: maskAddress(delivery.address) } : { method: 'pickup' as const };
  return changeCase(caseNumber, principal, 'case.delivery_method', (current) => changeDelivery(current, { delivery: view, personalData, reason: input.reason }, actorOf(principal), now));
}
