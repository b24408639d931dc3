import * as z from 'zod/mini';
import '#domain/zod-locale';
import { CaseView } from './case-view';
import { DELIVERY_BODIES } from './delivery';
import { caseNumber, type RouteContract } from './shared';

/** The output window: result scan, hand-over, courier dispatch and receipt, delivery method. */
export const HANDOVER_CONTRACT = {
  'POST /cases/{caseNumber}/result': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.result, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/handover': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.handover, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/dispatch': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.dispatch, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/receipt': { path: z.object({ caseNumber }), body: DELIVERY_BODIES.receipt, status: 200, response: CaseView },
  'POST /cases/{caseNumber}/delivery-method': {
    path: z.object({ caseNumber }),
    body: DELIVERY_BODIES.deliveryMethod,
    status: 200,
    response: CaseView,
  },
} satisfies Record<string, RouteContract>;
