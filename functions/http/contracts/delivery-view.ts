import * as z from 'zod/mini';
import '#domain/zod-locale';
import { Actor, day, line } from './shared';

// Apart from the delivery inputs (contracts/delivery.ts), whose printable-character check carries the
// notice fonts' code point table: a function that only shows cases does not need it.
const text = line;

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
  delivery: z.optional(
    z.discriminatedUnion('method', [
      z.object({ method: z.literal('pickup') }),
      z.object({ method: z.literal('courier'), address: AddressView }),
    ]),
  ),
  dispatch: z.optional(
    z.object({
      carrier: z.string(),
      trackingNumber: z.string(),
      sentOn: z.string(),
      address: AddressView,
      dispatchedAt: z.string(),
      dispatchedBy: Actor,
    }),
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
