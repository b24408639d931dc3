import * as z from 'zod/mini';
import '#domain/zod-locale';
import { NOTIFICATION_KINDS } from '#domain/notification';
import { Actor, caseNumber, day, line, printable, text as free, type RouteContract } from './shared';

/** 统一出件: delivery method, result documents, hand-over and the notification outbox. */
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

/** 办理结果: the licence or decision document, as the approver attaches it. */
export const ResultDocumentInput = z.strictObject({
  kind: z.enum(['licence', 'decision_document']), // 证照 / 决定书
  number: text(100),
  title: text(200),
  issuer: text(200),
  validFrom: z.optional(day),
  validUntil: z.optional(day),
});

const Stored = { objectKey: z.string(), sha256: z.string(), size: z.number(), contentType: z.string() };
const AddressView = z.object({
  recipient: z.string(),
  phone: z.string(),
  province: z.optional(z.string()),
  city: z.string(),
  district: z.optional(z.string()),
  street: z.string(),
  postcode: z.optional(z.string()),
});

/** What a case shows of its result and delivery (CaseView fields). */
export const DELIVERY_VIEW = {
  result: z.optional(
    z.object({
      kind: z.enum(['licence', 'decision_document']),
      number: z.string(),
      title: z.string(),
      issuer: z.string(),
      validFrom: z.optional(z.string()),
      validUntil: z.optional(z.string()),
      attachedAt: z.string(),
      attachedBy: Actor,
      scan: z.optional(z.object({ ...Stored, scannedAt: z.string(), scannedBy: Actor })),
    }),
  ),
  delivery: z.optional(z.discriminatedUnion('method', [z.object({ method: z.literal('pickup') }), z.object({ method: z.literal('courier'), address: AddressView })])),
  dispatch: z.optional(
    z.object({ carrier: z.string(), trackingNumber: z.string(), sentOn: z.string(), address: AddressView, dispatchedAt: z.string(), dispatchedBy: Actor }),
  ),
  handover: z.optional(
    z.discriminatedUnion('method', [
      z.object({
        method: z.literal('pickup'),
        recipient: z.object({
          kind: z.enum(['applicant', 'proxy']),
          name: z.string(),
          idNumberMasked: z.string(),
          verifiedBy: z.enum(['applicant_key', 'authorisation']),
          authorisation: z.optional(z.object(Stored)),
        }),
        signature: z.object(Stored),
        handedOverAt: z.string(),
        handedOverBy: Actor,
      }),
      z.object({
        method: z.literal('courier'),
        carrier: z.string(),
        trackingNumber: z.string(),
        sentOn: z.string(),
        receivedOn: z.string(),
        handedOverAt: z.string(),
        handedOverBy: Actor,
      }),
    ]),
  ),
};

/** The request bodies of the output window's routes (their responses are the case view, in schemas.ts). */
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
  dispatch: z.strictObject({ carrier: text(50), trackingNumber: z.string().check(z.regex(/^[A-Za-z0-9-]{6,40}$/, 'A tracking number is 6–40 letters, digits or dashes.')), sentOn: day }),
  receipt: z.strictObject({ receivedOn: day }),
  deliveryMethod: z.strictObject({ delivery: DeliveryInput, reason: free(500) }),
};

export const NOTIFICATION_CONTRACT = {
  'GET /notifications': {
    query: z.strictObject({
      caseNumber: z.optional(caseNumber),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
    }),
    status: 200,
    response: z.object({
      notifications: z.array(
        z.object({
          caseNumber: z.string(),
          notificationId: z.string(),
          kind: z.enum(NOTIFICATION_KINDS),
          channel: z.literal('sms'),
          text: z.string(),
          status: z.enum(['queued', 'sent', 'no_phone']),
          to: z.optional(z.string()),
          queuedAt: z.string(),
          sentAt: z.optional(z.string()),
          messageId: z.optional(z.string()),
        }),
      ),
    }),
  },
} satisfies Record<string, RouteContract>;
