import * as z from 'zod/mini';
import '#domain/zod-locale';
import { ResultDocumentInput } from './delivery-view';
import { day, line, printable, text as free } from './shared';

/** 统一出件: the delivery method and the output window's steps (result scan, hand-over, dispatch, receipt). */
// Every field here is one line on a notice or a waybill; reason is a free text.
const text = line;
const mobile = z.string().check(z.regex(/^1\d{10}$/, 'A mobile number has 11 digits starting with 1.'));
const idNumber = z.string().check(z.trim(), z.toUpperCase(), z.minLength(18), z.maxLength(18));

/** 送达方式: pickup at the output window, or courier to this address (sealed; the case shows it masked). */
export const DeliveryInput = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('pickup') }),
  z.strictObject({
    method: z.literal('courier'),
    address: z.strictObject({
      recipient: text(100).check(printable('收件人')),
      phone: mobile,
      province: z.optional(text(50).check(printable('省份'))),
      city: text(50).check(printable('城市')),
      district: z.optional(text(50).check(printable('区县'))),
      street: text(200).check(printable('详细地址')),
      postcode: z.optional(z.string().check(z.regex(/^\d{6}$/, 'A postcode has 6 digits.'))),
    }),
  }),
]);

/** The request bodies of the output window's routes (their responses are the case view, contracts/case-view.ts). */
export const DELIVERY_BODIES = {
  result: z.strictObject({
    /** The scan of the paper result (uploaded through /uploads by this output clerk). */
    uploadId: z.uuid(),
    /** The number printed on it: must be the one the approver attached. */
    number: text(100),
    /** Only when no result was attached (即办 at the window, 不予受理, a higher authority's decision). */
    document: z.optional(ResultDocumentInput),
  }),
  handover: z.strictObject({
    method: z.literal('pickup'),
    recipient: z.discriminatedUnion('kind', [
      /** The applicant: the identity number shown is checked against the case's applicant key. */
      z.strictObject({ kind: z.literal('applicant'), name: text(100), idNumber }),
      /** 代领: a proxy with the applicant's authorisation letter, scanned. */
      z.strictObject({ kind: z.literal('proxy'), name: text(100), idNumber, authorisationUploadId: z.uuid() }),
    ]),
    /** The recipient's signature (PNG), placed on the 送达回证. */
    signatureUploadId: z.uuid(),
  }),
  dispatch: z.strictObject({
    carrier: text(50),
    trackingNumber: z.string().check(z.regex(/^[A-Za-z0-9-]{6,40}$/, 'A tracking number is 6–40 letters, digits or dashes.')),
    sentOn: day,
  }),
  receipt: z.strictObject({ receivedOn: day }),
  deliveryMethod: z.strictObject({ delivery: DeliveryInput, reason: free(500) }),
};
