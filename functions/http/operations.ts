import type { CONTRACT } from './schemas';

/** An API Gateway route key of this API, e.g. `POST /cases`. */
export type RouteKey = keyof typeof CONTRACT;

/** The areas of the API, in the order a reader meets them in a day at the centre. */
export const TAGS = [
  {
    name: 'catalog',
    'x-displayName': '事项目录 Catalog',
    description: 'Service items (事项清单 / 实施清单, GB/T 39046) and their versions.',
  },
  {
    name: 'intake',
    'x-displayName': '收件 Intake',
    description: 'The comprehensive window: scans, formal review, registration, drafts, withdrawal.',
  },
  {
    name: 'applicants',
    'x-displayName': '申请人 Applicants',
    description: 'Reusable materials, credit flags and the personal data behind the masks.',
  },
  {
    name: 'back-office',
    'x-displayName': '后台审批 Back office',
    description: 'Queue, review (受理 / 不予受理 / 补正), the clock, 联办, 上报 and the decision.',
  },
  {
    name: 'output',
    'x-displayName': '出件 Output window',
    description: 'Results, hand-over, courier delivery and the SMS outbox (统一出件).',
  },
  { name: 'notices', 'x-displayName': '文书 Notices', description: 'The notices issued for a case, as PDF documents.' },
  {
    name: 'public',
    'x-displayName': '公众 Public',
    description: 'What an applicant reaches without signing in: progress and rating by query code.',
  },
  {
    name: 'ratings',
    'x-displayName': '好差评 Ratings',
    description: 'Ratings of finished cases (国办发〔2019〕51号) and their statistics.',
  },
  { name: 'tickets', 'x-displayName': '工单 Tickets', description: '差评整改, 办不成事 and 咨询 tickets with their deadlines.' },
  {
    name: 'supervision',
    'x-displayName': '电子监察 Supervision',
    description: 'Lights, warnings, statistics and the working-day calendar.',
  },
  {
    name: 'hall',
    'x-displayName': '大厅 Hall',
    description:
      'Windows and categories, shifts, bookings (预约), queue numbers (取号), calls (叫号), the hall screen, the evaluation pad and hall statistics.',
  },
  { name: 'archive', 'x-displayName': '归档 Archive', description: 'Archive packages (GB/T 42727) and their verification.' },
  {
    name: 'audit',
    'x-displayName': '审计记录 Audit trail',
    description: 'Who changed the catalog, a calendar, a ticket, a rating or a credit flag, in which role and when.',
  },
  {
    name: 'integration',
    'x-displayName': '对接 Integration',
    description: 'County systems: refused applications kept for replay, higher-authority decisions.',
  },
  { name: 'system', 'x-displayName': '系统 System', description: 'Health and this document.' },
] as const;

export type Tag = (typeof TAGS)[number]['name'];

export interface Operation {
  /** URL-safe, unique, what client generators name the call after. */
  id: string;
  tag: Tag;
}

/** Every route's operation: a route added to the manifest and the contract without one does not compile. */
export const OPERATIONS: Record<RouteKey, Operation> = {
  'GET /health': { id: 'getHealth', tag: 'system' },
  'GET /openapi.json': { id: 'getOpenApi', tag: 'system' },
  'POST /public/progress': { id: 'queryProgress', tag: 'public' },
  'GET /base-items': { id: 'listBaseItems', tag: 'catalog' },
  'PUT /base-items/{basicCode}': { id: 'saveBaseItem', tag: 'catalog' },
  'POST /items': { id: 'saveItem', tag: 'catalog' },
  'GET /items': { id: 'listItems', tag: 'catalog' },
  'GET /items/{itemCode}': { id: 'getItem', tag: 'catalog' },
  'GET /items/{itemCode}/versions/{version}': { id: 'getItemVersion', tag: 'catalog' },
  'POST /items/import': { id: 'importItems', tag: 'catalog' },
  'POST /items/{itemCode}/retire': { id: 'retireItem', tag: 'catalog' },
  'POST /uploads': { id: 'startUpload', tag: 'intake' },
  'POST /uploads/{uploadId}/complete': { id: 'completeUpload', tag: 'intake' },
  'POST /cases': { id: 'registerCase', tag: 'intake' },
  'POST /cases/{caseNumber}/withdraw': { id: 'withdrawCase', tag: 'intake' },
  'GET /cases/{caseNumber}/personal-data': { id: 'revealPersonalData', tag: 'applicants' },
  'POST /applicants/lookup': { id: 'lookUpApplicant', tag: 'applicants' },
  'POST /credit-flags': { id: 'setCreditFlag', tag: 'applicants' },
  'POST /credit-flags/clear': { id: 'clearCreditFlag', tag: 'applicants' },
  'POST /credit-flags/history': { id: 'getCreditFlagHistory', tag: 'audit' },
  'GET /audit-trail/{subject}/{subjectId}': { id: 'getAuditTrail', tag: 'audit' },
  'POST /drafts': { id: 'saveDraft', tag: 'intake' },
  'GET /drafts': { id: 'listDrafts', tag: 'intake' },
  'GET /drafts/{draftId}': { id: 'getDraft', tag: 'intake' },
  'PUT /drafts/{draftId}': { id: 'updateDraft', tag: 'intake' },
  'DELETE /drafts/{draftId}': { id: 'discardDraft', tag: 'intake' },
  'GET /cases/{caseNumber}/notices': { id: 'listNotices', tag: 'notices' },
  'GET /cases/{caseNumber}/notices/{noticeId}': { id: 'getNoticePdf', tag: 'notices' },
  'GET /cases/{caseNumber}/receipt': { id: 'reprintReceipt', tag: 'notices' },
  'GET /cases/{caseNumber}': { id: 'getCase', tag: 'back-office' },
  'GET /queue': { id: 'getQueue', tag: 'back-office' },
  'POST /cases/search': { id: 'searchCases', tag: 'back-office' },
  'GET /cases/{caseNumber}/materials/{code}': { id: 'getMaterialLink', tag: 'back-office' },
  'GET /output-desk': { id: 'getOutputDesk', tag: 'output' },
  'POST /cases/{caseNumber}/supplement': { id: 'supplementCase', tag: 'intake' },
  'POST /cases/{caseNumber}/deferred-materials': { id: 'bringDeferredMaterials', tag: 'intake' },
  'POST /cases/{caseNumber}/review': { id: 'reviewCase', tag: 'back-office' },
  'POST /cases/{caseNumber}/decision': { id: 'decideCase', tag: 'back-office' },
  'POST /cases/{caseNumber}/special-procedures': { id: 'startSpecialProcedure', tag: 'back-office' },
  'POST /cases/{caseNumber}/special-procedures/end': { id: 'endSpecialProcedure', tag: 'back-office' },
  'POST /cases/{caseNumber}/extension': { id: 'extendCase', tag: 'back-office' },
  'POST /cases/{caseNumber}/assignee': { id: 'reassignCase', tag: 'back-office' },
  'POST /cases/{caseNumber}/co-opinion': { id: 'giveCoOpinion', tag: 'back-office' },
  'POST /cases/{caseNumber}/report': { id: 'reportCase', tag: 'back-office' },
  'POST /cases/{caseNumber}/higher-authority-decision': { id: 'recordHigherAuthorityDecision', tag: 'integration' },
  'POST /cases/{caseNumber}/result': { id: 'scanResult', tag: 'output' },
  'POST /cases/{caseNumber}/handover': { id: 'handOverResult', tag: 'output' },
  'POST /cases/{caseNumber}/dispatch': { id: 'dispatchResult', tag: 'output' },
  'POST /cases/{caseNumber}/receipt': { id: 'confirmReceipt', tag: 'output' },
  'POST /cases/{caseNumber}/delivery-method': { id: 'changeDeliveryMethod', tag: 'output' },
  'GET /notifications': { id: 'listNotifications', tag: 'output' },
  'GET /county-events/rejected': { id: 'listRejectedCountyEvents', tag: 'integration' },
  'POST /county-events/rejected/{rejectionId}/replay': { id: 'replayCountyEvent', tag: 'integration' },
  'POST /cases/{caseNumber}/rating': { id: 'rateCase', tag: 'ratings' },
  'POST /public/rating': { id: 'rateCaseByQueryCode', tag: 'public' },
  'GET /ratings/stats': { id: 'getRatingStatistics', tag: 'ratings' },
  'POST /tickets': { id: 'openTicket', tag: 'tickets' },
  'GET /tickets': { id: 'listTickets', tag: 'tickets' },
  'POST /tickets/{ticketId}/follow-up': { id: 'followUpTicket', tag: 'tickets' },
  'POST /tickets/{ticketId}/extend': { id: 'extendTicket', tag: 'tickets' },
  'POST /tickets/{ticketId}/resolve': { id: 'resolveTicket', tag: 'tickets' },
  'GET /calendar': { id: 'getCalendar', tag: 'supervision' },
  'PUT /calendar/{year}': { id: 'loadCalendarYear', tag: 'supervision' },
  'GET /supervision/warnings': { id: 'listWarnings', tag: 'supervision' },
  'GET /supervision/statistics': { id: 'getStatistics', tag: 'supervision' },
  'GET /archive/cases/{caseNumber}': { id: 'getArchivePackage', tag: 'archive' },
  'GET /archive/verifications': { id: 'listArchiveVerifications', tag: 'archive' },
  'GET /hall/config': { id: 'getHallConfig', tag: 'hall' },
  'PUT /hall/categories/{category}': { id: 'saveHallCategory', tag: 'hall' },
  'PUT /hall/windows/{windowId}': { id: 'saveHallWindow', tag: 'hall' },
  'POST /hall/windows/{windowId}/tidal': { id: 'switchTidalWindow', tag: 'hall' },
  'POST /hall/windows/{windowId}/sign-in': { id: 'signInAtWindow', tag: 'hall' },
  'POST /hall/windows/{windowId}/sign-out': { id: 'signOutOfWindow', tag: 'hall' },
  'GET /hall/windows/{windowId}': { id: 'getHallWindow', tag: 'hall' },
  'GET /public/hall/{centre}/slots': { id: 'listBookingSlots', tag: 'public' },
  'POST /public/hall/{centre}/bookings': { id: 'bookSlot', tag: 'public' },
  'POST /public/hall/{centre}/bookings/cancel': { id: 'cancelBooking', tag: 'public' },
  'GET /hall/bookings': { id: 'listBookings', tag: 'hall' },
  'POST /public/hall/{centre}/tickets': { id: 'takeQueueTicket', tag: 'public' },
  'POST /hall/tickets': { id: 'issueQueueTicket', tag: 'hall' },
  'GET /hall/tickets': { id: 'listQueueTickets', tag: 'hall' },
  'GET /hall/tickets/{ticketId}': { id: 'getQueueTicket', tag: 'hall' },
  'POST /hall/windows/{windowId}/call': { id: 'callNextTicket', tag: 'hall' },
  'POST /hall/tickets/{ticketId}/recall': { id: 'recallQueueTicket', tag: 'hall' },
  'POST /hall/tickets/{ticketId}/skip': { id: 'skipQueueTicket', tag: 'hall' },
  'POST /hall/tickets/{ticketId}/transfer': { id: 'transferQueueTicket', tag: 'hall' },
  'POST /hall/tickets/{ticketId}/finish': { id: 'finishQueueTicket', tag: 'hall' },
  'POST /hall/tickets/{ticketId}/cases': { id: 'linkCaseToQueueTicket', tag: 'hall' },
  'POST /hall/tickets/{ticketId}/rating': { id: 'rateAtWindowPad', tag: 'hall' },
  'GET /public/hall/{centre}/board': { id: 'getHallBoard', tag: 'public' },
  'GET /hall/statistics': { id: 'getHallStatistics', tag: 'hall' },
  'GET /hall/statistics/live': { id: 'getHallLiveStatistics', tag: 'hall' },
};

/** Example request bodies shown in the documentation; a test parses each with its route's schema, so they cannot drift. */
export const REQUEST_EXAMPLES: Partial<Record<RouteKey, unknown>> = {
  'POST /uploads': {
    fileName: 'id-card.pdf',
    contentType: 'application/pdf',
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    size: 182_311,
  },
  'POST /cases': {
    itemCode: 'RS-0001',
    applicant: { kind: 'person', name: '张三', idNumber: '11010519491231002X' },
    materials: [
      { code: 'ID', uploadId: '0b5f8e0e-3c1a-4f5e-9a51-2a7c0f1d9b10' },
      { code: 'SEPARATION', uploadId: '6f1d2c3b-8e4a-4b7c-9d0e-1f2a3b4c5d6e' },
    ],
  },
  'POST /cases/{caseNumber}/review': { outcome: 'accept' },
  'POST /cases/{caseNumber}/decision': {
    outcome: 'approve',
    opinion: '材料齐全，符合条件，准予。',
    result: { kind: 'licence', number: '人社许字2026001', title: '失业保险金核定通知', issuer: '人社局' },
  },
  'POST /public/progress': { caseNumber: 'HZ202612070001', queryCode: '4F7K2Q9M' },
};
