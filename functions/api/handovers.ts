/** 统一出件: the output window scans the result, hands it over or mails it; the delivery method may change before. */
import { applicantKey, seal } from '../adapters/personal-data';
import { setting } from '../adapters/env';
import { readObjectViaUrl } from '../adapters/s3-urls';
import { actorOf, assertCanSee, changeDelivery, confirmReceipt, dispatchResult, handOverCase, scanResult, type CaseRecord, type StoredObject } from '../domain/case';
import { assertDeliveryAllowed, checkedUpload, maskAddress, verifyRecipient } from '../domain/delivery';
import { notFound, unprocessable } from '../domain/errors';
import type { Principal } from '../domain/principal';
import { pngImage, UnsupportedImageError } from '../documents/png';
import { httpHandler } from '../http/handler';
import { getCase } from '../repositories/case-repository';
import { getItemVersion } from '../repositories/item-repository';
import { getUpload } from '../repositories/upload-repository';
import { openRecorded } from '../workflow/personal-data';
import { changeCase, completeWaitingStep, waitingOn } from '../workflow/resume-case';

async function visibleCase(caseNumber: string, principal: Principal): Promise<CaseRecord> {
  const record = await getCase(caseNumber, true);
  if (!record) throw notFound('case_not_found', `There is no case ${caseNumber}.`, { caseNumber });
  assertCanSee(principal, record);
  return record;
}

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

export const handler = httpHandler({
  'POST /cases/{caseNumber}/result': async ({ path, body, principal, now }) => {
    const scan = checkedUpload(await getUpload(body.uploadId), principal.subject, 'result');
    return {
      body: await completeWaitingStep(
        path.caseNumber,
        principal,
        waitingOn('result_scan'),
        (current) => scanResult(current, { number: body.number, document: body.document, scan }, actorOf(principal), now),
        (after) => ({ outcome: 'result_ready', number: after.result?.number, delivery: after.delivery?.method ?? 'pickup' }),
        now,
      ),
    };
  },

  'POST /cases/{caseNumber}/handover': async ({ path, body, principal, now }) => {
    const { recipient } = body;
    const [record, signatureUpload, authorisationUpload] = await Promise.all([
      visibleCase(path.caseNumber, principal),
      getUpload(body.signatureUploadId),
      recipient.kind === 'proxy' ? getUpload(recipient.authorisationUploadId) : Promise.resolve(undefined),
    ]);
    const signature = checkedUpload(signatureUpload, principal.subject, 'signature', ['image/png']);
    const authorisation = recipient.kind === 'proxy' ? checkedUpload(authorisationUpload, principal.subject, 'authorisation letter') : undefined;
    await assertSignatureImage(signature);
    // The number shown is hashed under the applicant-key KMS key and compared: the sealed data stays closed.
    const presentedKey = recipient.kind === 'applicant' ? await applicantKey(record.applicant.kind, recipient.idNumber) : undefined;
    return {
      body: await completeWaitingStep(
        path.caseNumber,
        principal,
        waitingOn('result_ready'),
        (current) => handOverCase(current, { recipient: verifyRecipient(current, recipient, presentedKey, authorisation), signature }, actorOf(principal), now),
        (after) => ({ method: 'pickup', handedOverAt: after.handover?.handedOverAt }),
        now,
      ),
    };
  },

  'POST /cases/{caseNumber}/dispatch': async ({ path, body, principal, now }) => ({
    body: await changeCase(path.caseNumber, principal, (current) => dispatchResult(current, body, actorOf(principal), now)),
  }),

  'POST /cases/{caseNumber}/receipt': async ({ path, body, principal, now }) => ({
    body: await completeWaitingStep(
      path.caseNumber,
      principal,
      waitingOn('result_ready'),
      (current) => confirmReceipt(current, body, actorOf(principal), now),
      (after) => ({ method: 'courier', handedOverAt: after.handover?.handedOverAt }),
      now,
    ),
  }),

  'POST /cases/{caseNumber}/delivery-method': async ({ path, body, principal, now }) => {
    const record = await visibleCase(path.caseNumber, principal);
    const item = await getItemVersion(record.itemCode, record.itemVersion);
    if (!item) throw new Error(`Item ${record.itemCode} v${record.itemVersion} of case ${record.caseNumber} is missing`);
    assertDeliveryAllowed(body.delivery, item);
    const { delivery } = body;
    if (!record.personalData) {
      throw unprocessable('no_personal_data', `Case ${record.caseNumber} keeps no sealed personal data, so an address cannot be stored with it; record the change on paper.`, {
        caseNumber: record.caseNumber,
      });
    }
    // The address lives sealed with the rest of the personal data: opened (recorded), changed, sealed again.
    const { delivery: _old, ...personal } = await openRecorded({ caseNumber: record.caseNumber, personalData: record.personalData }, principal, now);
    const personalData = await seal(delivery.method === 'courier' ? { ...personal, delivery: { address: delivery.address } } : personal);
    const view = delivery.method === 'courier' ? { method: 'courier' as const, address: maskAddress(delivery.address) } : { method: 'pickup' as const };
    return {
      body: await changeCase(path.caseNumber, principal, (current) => changeDelivery(current, { delivery: view, personalData, reason: body.reason }, actorOf(principal), now)),
    };
  },
});
