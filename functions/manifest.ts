/**
 * The one list of Lambda functions and HTTP routes. CDK (infra/) builds one NodejsFunction per
 * entry and one API route per route; the local server (local/) serves the same routes through the
 * same handler modules. Nothing else lists routes.
 */
import { rolesOf, type Action } from './domain/access-policy';
import { NOTICE_FONTS } from './documents/font-files';

// Roles are defined with the access policy (functions/domain/access-policy.ts); re-exported for the edges.
export { ROLES, type Role } from './domain/access-policy';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway v2 path syntax, e.g. `/cases/{caseNumber}` */
  path: string;
  /**
   * The action of the access policy this route performs; its roles are the route's. `public` routes
   * need no token (health, OpenAPI, progress with the query code).
   */
  action: Action | 'public';
  summary: string;
  /** Per-route throttle (requests per second, burst): API Gateway route settings, and the local server. */
  throttle?: { rateLimit: number; burstLimit: number };
}

/** The subset of EventBridge event patterns used here: exact values or a prefix per field. */
export interface EventPattern {
  source: readonly (string | { prefix: string })[];
  'detail-type': readonly string[];
}

export interface FunctionSpec {
  /** Logical name: also the CloudWatch log group suffix and the local registry key. */
  name: string;
  /** Module under functions/, without extension; it exports `handler`. */
  entry: string;
  /** websocket: the routes ($connect, $disconnect) of the hall screens' WebSocket API. */
  kind: 'http' | 'workflow' | 'stream' | 'event' | 'schedule' | 'queue' | 'websocket';
  routes?: readonly RouteSpec[];
  /** For kind 'event': the EventBridge pattern of the bus rule that invokes it (CDK and the local bus). */
  eventPattern?: EventPattern;
  /**
   * For kind 'queue': the SQS queue that feeds it (an event source mapping in AWS, local/sqs.ts locally):
   * messages per invocation, and how many invocations run side by side at most.
   */
  queue?: { batchSize: number; maxConcurrency: number };
  /**
   * For kind 'stream': which records of the table's stream it is given (its event source mapping's
   * filter): the audit lines written (the default), or the case heads that carry audit lines to write out.
   */
  streamRecords?: 'audit_lines' | 'carried_lines';
  /** For kind 'schedule': how often it runs, in minutes (an EventBridge rate rule in AWS, a timer locally). */
  everyMinutes?: number;
  memorySize?: number;
  /**
   * Files the code reads at run time, as paths from the repository root (e.g. a font). They are never
   * bundled into JavaScript: CDK copies each next to the bundle, where the code looks first.
   */
  assets?: readonly string[];
}

/** Event source of every case event on the bus. */
export const CASE_EVENT_SOURCE = 'onewindow.cases';
/** Event source of supervision warnings (电子监察). */
export const SUPERVISION_EVENT_SOURCE = 'onewindow.supervision';
/** Event source of intake outcomes answered to county systems. */
export const INTAKE_EVENT_SOURCE = 'onewindow.intake';

// Each function's routes as their own constant: its handler is given them (httpHandler), so a function's
// bundle holds its own routes and not this whole list.
/** The routes of `health`. */
export const HEALTH_ROUTES: readonly RouteSpec[] = [{ method: 'GET', path: '/health', action: 'public', summary: 'Liveness check' }];

/** The routes of `openapi`. */
export const OPENAPI_ROUTES: readonly RouteSpec[] = [
  { method: 'GET', path: '/openapi.json', action: 'public', summary: 'OpenAPI 3.1 document of this API' },
];

/** The routes of `progress`. */
export const PROGRESS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/public/progress',
    action: 'public',
    summary: '办件进度查询: progress of a case by its number and the query code given at intake, without signing in',
    // Guessing query codes must stay slow.
    throttle: { rateLimit: 2, burstLimit: 5 },
  },
];

/** The routes of `items`. */
export const ITEMS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/base-items',
    action: 'base_catalog.read',
    summary: '基本目录: the shared base list above the centres (basic code, name, item type, statutory limit)',
  },
  {
    method: 'PUT',
    path: '/base-items/{basicCode}',
    action: 'base_catalog.write',
    summary: "Write an entry of the base list (基本目录); centres' implementation items of it keep its item type and statutory limit",
  },
  { method: 'POST', path: '/items', action: 'catalog.write', summary: 'Create a catalog item (事项) or a new version of it' },
  {
    method: 'GET',
    path: '/items',
    action: 'catalog.read',
    summary: 'List catalog items',
  },
  {
    method: 'GET',
    path: '/items/{itemCode}',
    action: 'catalog.read',
    summary: 'Get the current version of a catalog item',
  },
  {
    method: 'GET',
    path: '/items/{itemCode}/versions/{version}',
    action: 'catalog.read_version',
    summary: 'Get one version of a catalog item (the one a case was received under)',
  },
  {
    method: 'POST',
    path: '/items/import',
    action: 'catalog.write',
    summary: "Import a county's item list (JSON or CSV), all or nothing",
  },
  {
    method: 'POST',
    path: '/items/{itemCode}/retire',
    action: 'catalog.write',
    summary: 'Retire an item: no new cases; open cases go on',
  },
];

/** The routes of `uploads`. */
export const UPLOADS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/uploads',
    action: 'upload',
    summary: 'Get a presigned URL to upload one scanned material',
  },
  {
    method: 'POST',
    path: '/uploads/{uploadId}/complete',
    action: 'upload',
    summary: 'Check an uploaded material (type, size, SHA-256) once its bytes are in storage',
  },
];

/** The routes of `intake`. */
export const INTAKE_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/cases',
    action: 'case.register',
    summary: 'Receive an application (收件): registered, incomplete (一次性补正), deferred (容缺) or decided on the spot (即办)',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/withdraw',
    action: 'case.withdraw',
    summary: "Withdraw an application at the applicant's request (撤回), any time before it is decided",
  },
];

/** The routes of `personal-data`. */
export const PERSONAL_DATA_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/cases/{caseNumber}/personal-data',
    action: 'case.personal_data',
    summary:
      "The applicant's full name and identity number, for legal review and the identity check at hand-over (each reading is recorded)",
  },
];

/** The routes of `applicants`. */
export const APPLICANTS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/applicants/lookup',
    action: 'applicant.lookup',
    summary: "An applicant's reusable materials (材料复用) and credit flag, by identity number (sent in the body, never in a URL)",
  },
  {
    method: 'POST',
    path: '/credit-flags',
    action: 'credit_flag.write',
    summary: 'Put an applicant on the credit warning list (失信): no 容缺',
  },
  {
    method: 'POST',
    path: '/credit-flags/clear',
    action: 'credit_flag.write',
    summary: "Clear an applicant's credit flag, with the reason",
  },
];

/** The routes of `drafts`. */
export const DRAFTS_ROUTES: readonly RouteSpec[] = [
  { method: 'POST', path: '/drafts', action: 'draft', summary: 'Save an unfinished intake (暂存)' },
  { method: 'GET', path: '/drafts', action: 'draft', summary: 'My saved intakes' },
  { method: 'GET', path: '/drafts/{draftId}', action: 'draft', summary: 'Resume a saved intake' },
  { method: 'PUT', path: '/drafts/{draftId}', action: 'draft', summary: 'Update a saved intake' },
  { method: 'DELETE', path: '/drafts/{draftId}', action: 'draft', summary: 'Discard a saved intake' },
];

/** The routes of `notices`. */
export const NOTICES_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/cases/{caseNumber}/notices',
    action: 'case.read',
    summary: 'Notices (文书) issued for a case',
  },
  {
    method: 'GET',
    path: '/cases/{caseNumber}/notices/{noticeId}',
    action: 'case.read',
    summary: 'One notice as a PDF',
  },
  {
    method: 'GET',
    path: '/cases/{caseNumber}/receipt',
    action: 'case.reprint_receipt',
    summary: '补打: the case’s 材料接收告知单 (with the query code) as a PDF, to print again',
  },
];

/** The routes of `cases`. */
export const CASES_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/cases/{caseNumber}',
    action: 'case.read',
    summary: 'A case with its state and history',
  },
  {
    method: 'GET',
    path: '/queue',
    action: 'queue.read',
    summary: "A department's back-office queue",
  },
  {
    method: 'POST',
    path: '/cases/search',
    action: 'case.search',
    summary:
      '办件查询: find cases by number, applicant (name or identity number, in the body), item, department, state, days received or light',
  },
  {
    method: 'GET',
    path: '/cases/{caseNumber}/materials/{code}',
    action: 'case.read',
    summary: "A link (5 minutes) to view one of a case's scanned materials",
  },
  {
    method: 'GET',
    path: '/output-desk',
    action: 'output_desk.read',
    summary: "统一出件: the centre's results to scan, awaiting pickup and mailed, all departments",
  },
];

/** The routes of `decisions`. */
export const DECISIONS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/cases/{caseNumber}/supplement',
    action: 'case.supplement',
    // Here rather than with intake: a back-office correction resumes the case's execution, and the
    // intake bundle stays without the Step Functions client.
    summary:
      'Bring the materials a correction notice asked for (补正); a complete case is registered, or returns to the back office’s review',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/deferred-materials',
    action: 'case.bring_deferred',
    summary: '容缺材料补交: bring deferred materials at any window (each scan checked like any material); the applicant gets a receipt',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/review',
    action: 'case.review',
    summary: 'The back office reviews the application: 受理, 不予受理 (reason, legal basis) or 补正 (all at once, with a deadline)',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/decision',
    action: 'case.decide',
    summary: 'Record the back-office decision (准予 / 不予) and resume the case',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/special-procedures',
    action: 'case.special_procedure',
    summary: 'Start a special procedure (特别程序: 听证, 检测, 专家评审 …): the clock stops and the applicant is told in writing',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/special-procedures/end',
    action: 'case.special_procedure',
    summary: 'End the special procedure: the deadline moves by the working days it took',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/extension',
    action: 'case.extend',
    summary: 'Extend the limit (延长审批) once, with the reason and the approving head of the body',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/assignee',
    action: 'case.reassign',
    summary: 'Reassign the case to another approver of its department (AB岗 / 改派), recorded with the reason',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/co-opinion',
    action: 'case.co_opinion',
    summary: "A co-department's opinion on a joint case (联办件)",
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/report',
    action: 'case.report',
    summary: 'Report a 上报件 to the higher authority with the preliminary review (初审意见)',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/higher-authority-decision',
    action: 'case.higher_authority_decision',
    summary: "The higher authority's decision on a reported case (its system only)",
  },
];

/** The routes of `handovers`. */
export const HANDOVERS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/cases/{caseNumber}/result',
    action: 'case.output',
    summary: 'Check the result against what the approver attached and scan it into the case (核验扫描); the applicant is notified',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/handover',
    action: 'case.output',
    summary: 'Hand the result over at the window (窗口领取): identity checked, recipient signs the 送达回证; the case closes',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/dispatch',
    action: 'case.output',
    summary: 'Mail the result (邮寄送达): carrier, tracking number and the day it was sent',
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/receipt',
    action: 'case.receipt',
    summary: "The mailed result was received (the carrier's proof); the case closes",
  },
  {
    method: 'POST',
    path: '/cases/{caseNumber}/delivery-method',
    action: 'case.delivery_method',
    summary: 'Change how the applicant gets the result (窗口领取 / 邮寄), before it is handed over or mailed; recorded',
  },
];

/** The routes of `notifications`. */
export const NOTIFICATIONS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/notifications',
    action: 'notifications.read',
    summary: 'The SMS outbox (领取通知): messages queued and sent, of one case or the latest of the centre',
  },
];

/** The routes of `county-events`. */
export const COUNTY_EVENTS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/county-events/rejected',
    action: 'county_events.manage',
    summary: 'County-system applications that were refused, kept for replay',
  },
  {
    method: 'POST',
    path: '/county-events/rejected/{rejectionId}/replay',
    action: 'county_events.manage',
    summary: 'Run a refused county-system application through intake again (after the catalog or data was fixed)',
  },
];

/** The routes of `ratings`. */
export const RATINGS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/cases/{caseNumber}/rating',
    action: 'case.rate',
    summary: '好差评: record the applicant’s rating of a finished case (once); 4 or 5 opens a rectification ticket',
  },
  {
    method: 'POST',
    path: '/public/rating',
    action: 'public',
    summary: '好差评 by the applicant, with the case number and query code',
    throttle: { rateLimit: 2, burstLimit: 5 },
  },
  { method: 'GET', path: '/ratings/stats', action: 'ratings.read', summary: 'Rating statistics per department or per item' },
];

/** The routes of `tickets`. */
export const TICKETS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/tickets',
    action: 'ticket.open',
    summary: "Open a ticket for an applicant: 办不成事 (cannot_get_done) or 咨询 (consultation), due in the kind's working days",
  },
  {
    method: 'GET',
    path: '/tickets',
    action: 'ticket.read',
    summary: "A department's tickets (差评整改, 办不成事, 咨询), with working days overdue",
  },
  { method: 'POST', path: '/tickets/{ticketId}/follow-up', action: 'ticket.follow_up', summary: 'Add a follow-up note to a ticket' },
  {
    method: 'POST',
    path: '/tickets/{ticketId}/extend',
    action: 'ticket.manage',
    summary: 'Extend the due day of a ticket once (延期), with the reason',
  },
  { method: 'POST', path: '/tickets/{ticketId}/resolve', action: 'ticket.manage', summary: 'Close a ticket with its result' },
];

/** The routes of `calendar`. */
export const CALENDAR_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/calendar',
    action: 'calendar.read',
    summary: "The centre's working-day calendar: years loaded and where each came from",
  },
  {
    method: 'PUT',
    path: '/calendar/{year}',
    action: 'calendar.write',
    summary: "Load a year's holidays and make-up working days (法定节假日及调休), e.g. when the State Council publishes them",
  },
];

/** The routes of `audit-trail`. */
export const AUDIT_TRAIL_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/audit-trail/{subject}/{subjectId}',
    action: 'audit_trail.read',
    summary:
      'The audit trail (审计记录) of a catalog item, a calendar year, a ticket or a rating (by case number): every change with actor, role and time',
  },
  {
    method: 'POST',
    path: '/credit-flags/history',
    action: 'audit_trail.read',
    summary: "Every setting and clearing of an applicant's credit flag, with who and when (identity number in the body)",
  },
];

/** The routes of `supervision`. */
export const SUPERVISION_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/supervision/warnings',
    action: 'warnings.read',
    summary: '电子监察: cases near (yellow) or past (red) their promised deadline; approvers see their department',
  },
  {
    method: 'GET',
    path: '/supervision/statistics',
    action: 'statistics.read',
    summary:
      'Statistics over a range of days (from, to): open cases by department and state, overdue cases, on-time rate, working days to decide, forwarding compliance, per department and item',
  },
];

/** The routes of `archive`. */
export const ARCHIVE_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/archive/cases/{caseNumber}',
    action: 'archive.read',
    summary:
      "A case's archive package (GB/T 42727): its manifest, presigned GET URLs of every object, refused changes and the latest verification",
  },
  {
    method: 'GET',
    path: '/archive/verifications',
    action: 'archive.read',
    summary: 'Latest verification of each archive package (真实性, 完整性, 可用性, 安全性), failed first',
  },
];

/** The routes of `hall`. */
export const HALL_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/hall/config',
    action: 'hall.read',
    summary: "The centre's hall: business categories (letters, items, departments, booking slots, hours) and windows",
  },
  {
    method: 'PUT',
    path: '/hall/categories/{category}',
    action: 'hall.configure',
    summary: 'Create or change a business category (业务类别): letter, items or departments, booking slots, opening hours',
  },
  {
    method: 'PUT',
    path: '/hall/windows/{windowId}',
    action: 'hall.configure',
    summary: 'Create or change a window: name, kind (无差别综窗 … 出件), categories served, opening hours; a temporary window',
  },
  {
    method: 'POST',
    path: '/hall/windows/{windowId}/tidal',
    action: 'hall.tidal',
    summary: '潮汐窗口: switch what a window serves, effective at its next call; recorded with the reason',
  },
  {
    method: 'POST',
    path: '/hall/windows/{windowId}/sign-in',
    action: 'hall.serve',
    summary: 'A clerk signs in at a window for a shift; a B post taking it over (AB岗顶岗) is recorded',
  },
  { method: 'POST', path: '/hall/windows/{windowId}/sign-out', action: 'hall.serve', summary: 'The clerk signs out of the window' },
  {
    method: 'GET',
    path: '/hall/windows/{windowId}',
    action: 'hall.read',
    summary: 'A window now: its clerk, the ticket served, the ticket the evaluation pad asks to rate, how many wait',
  },
  {
    method: 'POST',
    path: '/public/hall/{centre}/tickets',
    action: 'public',
    summary: '取号 at the kiosk: a number of a category, or check a booking in by its code',
    throttle: { rateLimit: 20, burstLimit: 40 },
  },
  {
    method: 'POST',
    path: '/hall/tickets',
    action: 'hall.issue',
    summary: 'The 咨询 desk issues a number for someone, in the priority lane (绿色通道) where due',
  },
  { method: 'GET', path: '/hall/tickets', action: 'hall.read', summary: "A day's queue tickets, by status and category" },
  {
    method: 'GET',
    path: '/hall/tickets/{ticketId}',
    action: 'hall.read',
    summary: 'One queue ticket with its calls, transfers, linked cases and rating',
  },
  {
    method: 'POST',
    path: '/hall/windows/{windowId}/call',
    action: 'hall.serve',
    summary: '叫号: the next ticket of what the window serves (priority, started bookings, then time taken); the screen shows it',
  },
  { method: 'POST', path: '/hall/tickets/{ticketId}/recall', action: 'hall.serve', summary: '重呼: call the ticket again' },
  {
    method: 'POST',
    path: '/hall/tickets/{ticketId}/skip',
    action: 'hall.serve',
    summary: '过号: the applicant did not come; back into the queue once, then dropped',
  },
  {
    method: 'POST',
    path: '/hall/tickets/{ticketId}/transfer',
    action: 'hall.serve',
    summary: '转移: send the ticket to another category or window, with the reason',
  },
  {
    method: 'POST',
    path: '/hall/tickets/{ticketId}/finish',
    action: 'hall.serve',
    summary: '办结: the ticket is served; the evaluation pad asks for the rating',
  },
  {
    method: 'POST',
    path: '/hall/tickets/{ticketId}/cases',
    action: 'hall.serve',
    summary: 'Link a case registered while the ticket was served (the case shows how long its applicant waited)',
  },
  {
    method: 'POST',
    path: '/hall/tickets/{ticketId}/rating',
    action: 'hall.serve',
    summary: '评价器: the applicant rates the service (一次一评, five levels); stored as 好差评 of its cases, channel window pad',
  },
  {
    method: 'GET',
    path: '/public/hall/{centre}/board',
    action: 'public',
    summary: "大屏: numbers being called, the last calls and who waits per category (the push channel's fallback)",
    throttle: { rateLimit: 20, burstLimit: 40 },
  },
  {
    method: 'GET',
    path: '/hall/statistics',
    action: 'hall.statistics',
    summary:
      'Hall statistics over days, per day, window, clerk or category: tickets, waits (average, p90), service time, no-shows, bookings used, ratings',
  },
  {
    method: 'GET',
    path: '/hall/statistics/live',
    action: 'hall.statistics',
    summary: 'Now: who waits per category and the longest wait',
  },
];

/** The routes of `hall-bookings`: 预约 (its own function: only it seals personal data and sends SMS). */
export const HALL_BOOKING_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/public/hall/{centre}/slots',
    action: 'public',
    summary: '预约: the bookable slots of a category by day, with places left (working days and opening hours only)',
    throttle: { rateLimit: 10, burstLimit: 20 },
  },
  {
    method: 'POST',
    path: '/public/hall/{centre}/bookings',
    action: 'public',
    summary: '预约: book a slot with name, identity number and mobile; the booking code comes by SMS',
    throttle: { rateLimit: 2, burstLimit: 5 },
  },
  {
    method: 'POST',
    path: '/public/hall/{centre}/bookings/cancel',
    action: 'public',
    summary: 'Cancel a booking with its code and the mobile it was made with',
    throttle: { rateLimit: 2, burstLimit: 5 },
  },
  { method: 'GET', path: '/hall/bookings', action: 'hall.read', summary: "A day's bookings (masked), by category" },
];

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'health',
    entry: 'api/health',
    kind: 'http',
    routes: HEALTH_ROUTES,
  },
  {
    name: 'openapi',
    entry: 'api/openapi',
    kind: 'http',
    routes: OPENAPI_ROUTES,
    // The document it serves, written from the contracts (npm run generate:api): read, not built, at run time.
    assets: ['functions/http/openapi.json'],
  },
  {
    name: 'progress',
    entry: 'api/progress',
    kind: 'http',
    routes: PROGRESS_ROUTES,
  },
  {
    name: 'items',
    entry: 'api/items',
    kind: 'http',
    routes: ITEMS_ROUTES,
  },
  {
    name: 'uploads',
    entry: 'api/uploads',
    kind: 'http',
    routes: UPLOADS_ROUTES,
  },
  {
    name: 'intake',
    entry: 'api/intake',
    kind: 'http',
    memorySize: 1024,
    routes: INTAKE_ROUTES,
  },
  {
    name: 'personal-data',
    entry: 'api/personal-data-handler',
    kind: 'http',
    routes: PERSONAL_DATA_ROUTES,
  },
  {
    name: 'applicants',
    entry: 'api/applicants',
    kind: 'http',
    routes: APPLICANTS_ROUTES,
  },
  {
    name: 'drafts',
    entry: 'api/drafts',
    kind: 'http',
    routes: DRAFTS_ROUTES,
  },
  {
    name: 'notices',
    entry: 'api/notices-handler',
    kind: 'http',
    routes: NOTICES_ROUTES,
  },
  {
    name: 'cases',
    entry: 'api/cases',
    kind: 'http',
    routes: CASES_ROUTES,
  },
  {
    name: 'decisions',
    entry: 'api/decisions',
    kind: 'http',
    routes: DECISIONS_ROUTES,
  },
  {
    name: 'higher-authority',
    entry: 'events/higher-authority',
    kind: 'event',
    // The higher authority's system answers a CaseReportedToHigherAuthority event on the bus as `county.<systemId>`.
    eventPattern: { source: [{ prefix: 'county.' }], 'detail-type': ['HigherAuthorityDecision'] },
  },
  {
    name: 'handovers',
    entry: 'api/handovers',
    kind: 'http',
    routes: HANDOVERS_ROUTES,
  },
  {
    name: 'notifications',
    entry: 'api/notifications',
    kind: 'http',
    routes: NOTIFICATIONS_ROUTES,
  },
  {
    name: 'county-intake',
    entry: 'events/county-intake',
    kind: 'event',
    // County systems (一体化平台, department systems) put applications on the bus as `county.<systemId>`.
    eventPattern: { source: [{ prefix: 'county.' }], 'detail-type': ['ApplicationSubmitted'] },
  },
  {
    name: 'county-events',
    entry: 'api/county-events',
    kind: 'http',
    routes: COUNTY_EVENTS_ROUTES,
  },
  {
    name: 'ratings',
    entry: 'api/ratings',
    kind: 'http',
    routes: RATINGS_ROUTES,
  },
  {
    name: 'tickets',
    entry: 'api/tickets',
    kind: 'http',
    routes: TICKETS_ROUTES,
  },
  {
    name: 'calendar',
    entry: 'api/calendar',
    kind: 'http',
    routes: CALENDAR_ROUTES,
  },
  {
    name: 'audit-trail',
    entry: 'api/audit-trail',
    kind: 'http',
    routes: AUDIT_TRAIL_ROUTES,
  },
  { name: 'deadline-sweep', entry: 'schedule/deadline-sweep', kind: 'schedule', everyMinutes: 15 },
  {
    name: 'supervision',
    entry: 'api/supervision',
    kind: 'http',
    routes: SUPERVISION_ROUTES,
  },
  {
    name: 'case-archiver',
    entry: 'events/case-archiver',
    kind: 'event',
    memorySize: 1024,
    // 归档 when a case ends, whatever ended it: decoupled from the state machine through the bus.
    eventPattern: { source: [CASE_EVENT_SOURCE], 'detail-type': ['CaseClosed', 'CaseWithdrawn', 'CaseTerminated', 'CaseRated'] },
  },
  // 一天一归档: the day's list per department for the archive room.
  { name: 'archive-daily', entry: 'schedule/archive-daily', kind: 'schedule', everyMinutes: 1440 },
  // Re-reads archived packages: 真实性, 完整性, 可用性, 安全性.
  // Daily it only splits the archive into slices and queues them; archive-verify-batch verifies them side by side.
  { name: 'archive-verify', entry: 'schedule/archive-verify', kind: 'schedule', everyMinutes: 1440, memorySize: 1024 },
  {
    name: 'archive-verify-batch',
    entry: 'schedule/archive-verify-batch',
    kind: 'queue',
    memorySize: 1024,
    queue: { batchSize: 1, maxConcurrency: 50 },
  },
  {
    name: 'archive',
    entry: 'api/archive',
    kind: 'http',
    routes: ARCHIVE_ROUTES,
  },
  {
    name: 'hall',
    entry: 'api/hall',
    kind: 'http',
    routes: HALL_ROUTES,
  },
  // 预约: apart from the hall's queue so that neither carries the other's AWS clients (KMS and SNS here, the screens' push there).
  {
    name: 'hall-bookings',
    entry: 'api/hall-bookings',
    kind: 'http',
    routes: HALL_BOOKING_ROUTES,
  },
  // 大屏推送: the hall screens' WebSocket API ($connect, $disconnect); calls push the board to them.
  { name: 'hall-push', entry: 'api/hall-screens', kind: 'websocket' },
  // 预约爽约: bookings whose slot ended without a check-in are recorded as no-shows.
  { name: 'hall-no-shows', entry: 'schedule/hall-no-shows', kind: 'schedule', everyMinutes: 30 },
  { name: 'case-step', entry: 'workflow/case-step', kind: 'workflow' },
  // Puts every open case whose execution failed, ended or never started back on track at its recorded step.
  { name: 'case-reconciler', entry: 'schedule/case-reconciler', kind: 'schedule', everyMinutes: 5 },
  { name: 'case-events', entry: 'streams/case-events', kind: 'stream' },
  // Writes out the audit lines that ride on a case's head (the workflow opening its next wait).
  { name: 'audit-writer', entry: 'streams/audit-writer', kind: 'stream', streamRecords: 'carried_lines' },
  // 领取通知 by SMS when a result is ready or mailed (Amazon SNS; a local stand-in locally).
  { name: 'notifier', entry: 'streams/notifier', kind: 'stream' },
  {
    name: 'notice-renderer',
    entry: 'streams/notice-renderer',
    kind: 'stream',
    memorySize: 1024,
    // The notices' fonts (Chinese regular and bold, and the fallbacks for CJK Extension B and Tibetan);
    // functions/documents/font.ts finds them beside the bundle.
    assets: /* @__PURE__ */ NOTICE_FONTS.map((f) => `node_modules/${f.packagePath}`),
  },
];

/** Every route with its function and the roles its action allows (`public`: no token). */
// Pure: a function that only reads ENV or an event source from here does not bundle the whole list.
export const ALL_ROUTES = /* @__PURE__ */ FUNCTIONS.flatMap((f) =>
  (f.routes ?? []).map((route) => ({ ...route, access: route.action === 'public' ? ('public' as const) : rolesOf(route.action), fn: f })),
);

/**
 * Environment every function receives. In AWS the values come from CDK; locally from local/system.ts.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  /** The audit trail's own table (credit flags, ratings, catalog, calendar, tickets): lines are only added. */
  auditTableName: 'AUDIT_TABLE_NAME',
  materialsBucket: 'MATERIALS_BUCKET',
  archiveBucket: 'ARCHIVE_BUCKET',
  stateMachineArn: 'STATE_MACHINE_ARN',
  eventBusName: 'EVENT_BUS_NAME',
  centreCode: 'CENTRE_CODE',
  centreName: 'CENTRE_NAME',
  /** Optional: case number pattern, default `{centre}{date}{seq:4}`. */
  caseNumberPattern: 'CASE_NUMBER_PATTERN',
  /** Optional: forwarding limits in minutes per item type, e.g. `immediate=5,promised=15`. */
  forwardingLimits: 'FORWARDING_LIMITS',
  stepLimits: 'STEP_LIMITS',
  /** Optional: working days left at which a case's light turns yellow (default 2). */
  yellowWorkingDays: 'YELLOW_WORKING_DAYS',
  /** Optional: working days to answer a ticket per kind, e.g. `rectification=10,cannot_get_done=5,consultation=3`. */
  ticketDays: 'TICKET_DAYS',
  /** SQS queue of archive verification slices (archive-verify puts them, archive-verify-batch works them). */
  archiveVerifyQueueUrl: 'ARCHIVE_VERIFY_QUEUE_URL',
  /** Optional: the centre's public web address; the receipt's QR code opens `<it>/progress?case=…&code=…`. */
  publicBaseUrl: 'PUBLIC_BASE_URL',
  /** KMS key that encrypts the data keys of personal data (envelope encryption). */
  personalDataKeyId: 'PERSONAL_DATA_KEY_ID',
  /** KMS HMAC key that turns an identity number into a stable applicant key. */
  applicantMacKeyId: 'APPLICANT_MAC_KEY_ID',
  /** The hall screens' push channel: the WebSocket API's management endpoint (https://{api}.execute-api.{region}.amazonaws.com/{stage}). */
  hallPushEndpoint: 'HALL_PUSH_ENDPOINT',
  /** Optional: 预约爽约 rule, `count/withinDays/blockDays` (default 3/30/30). */
  hallNoShowRule: 'HALL_NO_SHOW_RULE',
} as const;

/** Placeholders in statemachines/*.asl.json, filled by CDK (DefinitionBody.fromFile) and the local runner. */
export const ASL_SUBSTITUTIONS = { caseStepFunctionArn: 'CaseStepFunctionArn' } as const;
