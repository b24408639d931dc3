import * as z from 'zod/mini';
import '#domain/zod-locale';
import { APPLICANT_CONTRACT } from './contracts/applicants';
import { ARCHIVE_CONTRACT } from './contracts/archive';
import { AUDIT_TRAIL_CONTRACT } from './contracts/audit-trail';
import { CASE_SEARCH_CONTRACT } from './contracts/case-search';
import { CALENDAR_CONTRACT } from './contracts/calendar';
import { CASE_READ_CONTRACT } from './contracts/case-reads';
import { COUNTY_EVENT_CONTRACT } from './contracts/county-events';
import { DECISION_CONTRACT, SUPPLEMENT_CONTRACT } from './contracts/decisions';
import { DRAFT_CONTRACT } from './contracts/drafts';
import { HANDOVER_CONTRACT } from './contracts/handovers';
import { INTAKE_CONTRACT } from './contracts/intake';
import { PERSONAL_DATA_CONTRACT } from './contracts/personal-data-contract';
import { PROGRESS_CONTRACT } from './contracts/progress';
import { RATING_CONTRACT } from './contracts/ratings';
import { ITEM_CONTRACT, ItemResponse } from './contracts/items';
import { NOTICE_CONTRACT } from './contracts/notices-contract';
import { HEALTH_CONTRACT, OPENAPI_CONTRACT } from './contracts/service';
import { SUPERVISION_CONTRACT } from './contracts/supervision';
import { TICKET_CONTRACT } from './contracts/tickets';
import { HALL_CONTRACT } from './contracts/hall';
import { HALL_BOOKING_CONTRACT } from './contracts/hall-bookings';
import { NOTIFICATION_CONTRACT } from './contracts/notifications';
import { UPLOAD_CONTRACT } from './contracts/uploads';

/**
 * Request and response schemas of every route, keyed by API Gateway route key: the one registry that
 * /openapi.json and the tests read, so the contract and the code cannot drift. Each area's contract
 * lives in its own module under contracts/, and each function's handler is given only its own
 * (httpHandler), so a function bundles its routes' schemas and not every route's.
 */
export const ErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export type { RouteContract } from './contracts/shared';
import type { RouteContract } from './contracts/shared';

export const CONTRACT = {
  ...HEALTH_CONTRACT,
  ...OPENAPI_CONTRACT,
  ...ITEM_CONTRACT,
  ...DRAFT_CONTRACT,
  ...CALENDAR_CONTRACT,
  ...RATING_CONTRACT,
  ...TICKET_CONTRACT,
  ...PROGRESS_CONTRACT,
  ...SUPERVISION_CONTRACT,
  ...APPLICANT_CONTRACT,
  ...PERSONAL_DATA_CONTRACT,
  ...COUNTY_EVENT_CONTRACT,
  ...NOTICE_CONTRACT,
  ...ARCHIVE_CONTRACT,
  ...AUDIT_TRAIL_CONTRACT,
  ...CASE_SEARCH_CONTRACT,
  ...NOTIFICATION_CONTRACT,
  ...HALL_CONTRACT,
  ...HALL_BOOKING_CONTRACT,
  ...UPLOAD_CONTRACT,
  ...INTAKE_CONTRACT,
  ...SUPPLEMENT_CONTRACT,
  ...CASE_READ_CONTRACT,
  ...DECISION_CONTRACT,
  ...HANDOVER_CONTRACT,
} satisfies Record<string, RouteContract>;

export { AuditLine, CaseView } from './contracts/case-view';
export { ItemResponse };
export type RouteKey = keyof typeof CONTRACT;
