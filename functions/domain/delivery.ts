/**
 * 统一出件: how the result reaches the applicant — collected at the output window (窗口领取, identity
 * checked, 送达回证 signed) or mailed (邮寄送达, tracking number as proof). Plain rules, no AWS; the
 * transitions themselves are in case/output.ts.
 */
import { timingSafeEqual } from 'node:crypto';
import type { CaseRecord, CourierAddressView, PickupRecipient, StoredObject } from './case/records';
import type { CourierAddress } from './personal-data';
import { forbidden, unprocessable } from './errors';
import { isValidCitizenId, maskIdNumber, maskName } from './identity';
import type { Upload } from './upload';

/** The delivery method as the window records it, with the full address. */
export type DeliveryInput = { method: 'pickup' } | { method: 'courier'; address: CourierAddress };

/** The address as the case shows it: region and postcode in full, the person, phone and street masked. */
export function maskAddress(address: CourierAddress): CourierAddressView {
  const street = [...address.street];
  return {
    recipient: maskName(address.recipient),
    phone: maskIdNumber(address.phone),
    ...(address.province ? { province: address.province } : {}),
    city: address.city,
    ...(address.district ? { district: address.district } : {}),
    street: street.length > 4 ? `${street.slice(0, 4).join('')}****` : '****',
    ...(address.postcode ? { postcode: address.postcode } : {}),
  };
}

/** Courier only where the item allows it (GB/T 39046: 是否支持物流快递). */
export function assertDeliveryAllowed(delivery: DeliveryInput, item: { courierDelivery: boolean; name: string }): void {
  if (delivery.method === 'courier' && !item.courierDelivery) {
    throw unprocessable('courier_not_supported', `${item.name} does not support courier delivery; the result is collected at the output window.`, {
      method: delivery.method,
    });
  }
}

/** An upload the output clerk made and the server checked; anything else is refused with what to do. */
export function checkedUpload(upload: Upload | undefined, uploader: string, what: string, types?: readonly string[]): StoredObject {
  if (!upload || upload.createdBy !== uploader || upload.status !== 'verified') {
    throw unprocessable('upload_not_usable', `The scan of the ${what} was not found, not checked yet, or uploaded by someone else; upload it again.`, {
      uploadId: upload?.uploadId,
    });
  }
  if (types && !types.includes(upload.contentType)) {
    throw unprocessable('upload_wrong_type', `The ${what} must be ${types.join(' or ')}; this scan is ${upload.contentType}.`, { uploadId: upload.uploadId });
  }
  return { objectKey: upload.objectKey, sha256: upload.sha256, size: upload.size, contentType: upload.contentType };
}

export interface PresentedRecipient {
  kind: 'applicant' | 'proxy';
  name: string;
  idNumber: string;
}

/**
 * 身份核验 at pickup. The applicant shows the identity document: the HMAC of the number shown (the
 * caller computes it under the same key) must be the case's applicant key, so the number is checked
 * without opening the sealed data. A proxy (代领人) shows their own ID and the applicant's
 * authorisation letter, which is scanned into the case.
 */
export function verifyRecipient(
  record: Pick<CaseRecord, 'caseNumber' | 'applicantKey'>,
  presented: PresentedRecipient,
  presentedKey: string | undefined,
  authorisation: StoredObject | undefined,
): PickupRecipient {
  const shown = { name: maskName(presented.name), idNumberMasked: maskIdNumber(presented.idNumber) };
  if (presented.kind === 'applicant') {
    if (!record.applicantKey) {
      throw unprocessable('no_applicant_key', `Case ${record.caseNumber} has no applicant key to check against; hand the result over to a proxy with an authorisation letter, or check the identity with GET /cases/${record.caseNumber}/personal-data.`, {
        caseNumber: record.caseNumber,
      });
    }
    if (!presentedKey || !sameKey(presentedKey, record.applicantKey)) {
      throw forbidden('identity_mismatch', `The identity number shown is not the applicant's of case ${record.caseNumber}. Hand the result over only to the applicant, or to a proxy with the applicant's authorisation letter.`, {
        caseNumber: record.caseNumber,
      });
    }
    return { kind: 'applicant', ...shown, verifiedBy: 'applicant_key' };
  }
  if (!isValidCitizenId(presented.idNumber)) {
    throw unprocessable('proxy_id_invalid', "The proxy's citizen ID number is not valid (GB 11643); check the document they show.", { caseNumber: record.caseNumber });
  }
  if (!authorisation) {
    throw unprocessable('authorisation_needed', "A proxy collects the result only with the applicant's authorisation letter (授权委托书); scan it and send its uploadId.", {
      caseNumber: record.caseNumber,
    });
  }
  return { kind: 'proxy', ...shown, verifiedBy: 'authorisation', authorisation };
}

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
