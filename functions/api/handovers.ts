/** 统一出件: the output window scans the result, hands it over or mails it; the delivery method may change before. */
import { httpHandler } from '#http/handler';
import { HANDOVERS_ROUTES } from '#manifest';
import { HANDOVER_CONTRACT } from '#http/contracts/handovers';
import { changeDeliveryMethod, confirmMailReceived, handOverAtWindow, mailResult, scanCaseResult } from '#services/output-window';

export const handler = httpHandler(HANDOVERS_ROUTES, HANDOVER_CONTRACT, {
  'POST /cases/{caseNumber}/result': async ({ path, body, principal, now }) => ({
    body: await scanCaseResult(path.caseNumber, body, principal, now),
  }),
  'POST /cases/{caseNumber}/handover': async ({ path, body, principal, now }) => ({
    body: await handOverAtWindow(path.caseNumber, body, principal, now),
  }),
  'POST /cases/{caseNumber}/dispatch': async ({ path, body, principal, now }) => ({
    body: await mailResult(path.caseNumber, body, principal, now),
  }),
  'POST /cases/{caseNumber}/receipt': async ({ path, body, principal, now }) => ({
    body: await confirmMailReceived(path.caseNumber, body, principal, now),
  }),
  'POST /cases/{caseNumber}/delivery-method': async ({ path, body, principal, now }) => ({
    body: await changeDeliveryMethod(path.caseNumber, body, principal, now),
  }),
});
