/** 统一出件: the output window scans the result, and hands it over at the window or mails it (送达方式). */
import { conflict, unprocessable } from '#domain/errors';
import type { Sealed } from '#domain/personal-data';
import type { Actor } from './actor';
import { assertTransition } from './lifecycle';
import type { CaseRecord, CaseResult, DeliveryChoice, Dispatch, Handover, PickupRecipient, ResultDocument, StoredObject } from './records';
import { advance, type Transition } from './transition';

/**
 * 核验扫描: the output window checks the paper result against what the approver attached (its number)
 * and scans it into the case; the result then waits for pickup or mailing. A result nobody attached
 * (即办 at the window, 不予受理, a higher authority's decision) is registered here with its details.
 */
export function scanResult(
  current: CaseRecord,
  input: { number: string; document?: ResultDocument; scan: StoredObject },
  actor: Actor,
  at: Date,
): Transition {
  assertTransition('result_ready', current.state, 'result_ready', current.caseNumber);
  const attached = current.result;
  const number = input.number.trim();
  if (attached && attached.number !== number) {
    throw unprocessable('result_number_mismatch', `The scanned result is numbered ${number}, but the approver attached ${attached.number}. Check that this is the right document.`, {
      caseNumber: current.caseNumber,
      attached: attached.number,
      scanned: number,
    });
  }
  if (!attached && (!input.document || input.document.number !== number)) {
    throw unprocessable('result_details_needed', `No result was attached to case ${current.caseNumber}; give the document's kind, number, title and issuer with the scan.`, {
      caseNumber: current.caseNumber,
    });
  }
  const base: CaseResult = attached ?? { ...input.document!, attachedAt: at.toISOString(), attachedBy: actor };
  const result: CaseResult = { ...base, scan: { ...input.scan, scannedAt: at.toISOString(), scannedBy: actor } };
  return advance(current, 'result_ready', 'result_ready', { result, resultReadyAt: at.toISOString(), pendingTask: undefined }, actor, at, {
    number,
    sha256: input.scan.sha256,
    delivery: deliveryOf(current).method,
  });
}

/** The delivery method in force: pickup unless courier was chosen. */
export function deliveryOf(record: Pick<CaseRecord, 'delivery'>): DeliveryChoice {
  return record.delivery ?? { method: 'pickup' };
}

/** 变更送达方式: recorded with both methods (the caller checked the item allows courier: domain/delivery.ts). */
export function changeDelivery(
  current: CaseRecord,
  input: { delivery: DeliveryChoice; personalData?: Sealed; reason: string },
  actor: Actor,
  at: Date,
): Transition {
  const from = deliveryOf(current).method;
  return advance(current, 'change_delivery', current.state, { delivery: input.delivery, ...(input.personalData ? { personalData: input.personalData } : {}) }, actor, at, {
    from,
    to: input.delivery.method,
    reason: input.reason,
  });
}

/** 邮寄: the result leaves the window with a carrier, to the address chosen at intake. */
export function dispatchResult(current: CaseRecord, input: { carrier: string; trackingNumber: string; sentOn: string }, actor: Actor, at: Date): Transition {
  const delivery = deliveryOf(current);
  if (delivery.method !== 'courier') {
    throw conflict('pickup_chosen', `The applicant of case ${current.caseNumber} chose to collect the result at the window; change the delivery method first if they now want it mailed.`, {
      caseNumber: current.caseNumber,
    });
  }
  const dispatch: Dispatch = { ...input, address: delivery.address, dispatchedAt: at.toISOString(), dispatchedBy: actor };
  return advance(current, 'dispatch', 'mailed', { dispatch }, actor, at, { carrier: input.carrier, trackingNumber: input.trackingNumber, sentOn: input.sentOn });
}

/** 窗口领取: the recipient's identity was checked by the caller (see domain/delivery.ts) and they signed for it. */
export function handOverCase(current: CaseRecord, input: { recipient: PickupRecipient; signature: StoredObject }, actor: Actor, at: Date): Transition {
  if (deliveryOf(current).method !== 'pickup') {
    throw conflict(
      'courier_chosen',
      current.state === 'mailed'
        ? `The result of case ${current.caseNumber} was mailed; record the carrier's receipt instead.`
        : `The applicant of case ${current.caseNumber} chose courier delivery; record the dispatch, or change the delivery method first.`,
      { caseNumber: current.caseNumber },
    );
  }
  const handover: Handover = { method: 'pickup', ...input, handedOverAt: at.toISOString(), handedOverBy: actor };
  return advance(current, 'hand_over', 'delivered', { handover, pendingTask: undefined }, actor, at, {
    method: 'pickup',
    recipient: { kind: input.recipient.kind, verifiedBy: input.recipient.verifiedBy },
    signature: input.signature.sha256,
  });
}

/** 邮寄送达: the carrier's proof of receipt; the tracking number stands for the signature. */
export function confirmReceipt(current: CaseRecord, input: { receivedOn: string }, actor: Actor, at: Date): Transition {
  const dispatch = current.dispatch;
  if (current.state !== 'mailed' || !dispatch) {
    throw conflict('not_mailed', `Case ${current.caseNumber} is ${current.state}; a receipt is recorded only for a result that was mailed.`, { caseNumber: current.caseNumber, state: current.state });
  }
  if (input.receivedOn < dispatch.sentOn) {
    throw unprocessable('received_before_sent', `The result cannot be received (${input.receivedOn}) before it was sent (${dispatch.sentOn}).`, { caseNumber: current.caseNumber });
  }
  const handover: Handover = {
    method: 'courier',
    carrier: dispatch.carrier,
    trackingNumber: dispatch.trackingNumber,
    sentOn: dispatch.sentOn,
    receivedOn: input.receivedOn,
    handedOverAt: at.toISOString(),
    handedOverBy: actor,
  };
  return advance(current, 'hand_over', 'delivered', { handover, pendingTask: undefined }, actor, at, {
    method: 'courier',
    trackingNumber: dispatch.trackingNumber,
    receivedOn: input.receivedOn,
  });
}
