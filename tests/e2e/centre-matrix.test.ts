/**
 * Centres are isolated, on every route: the route × role × centre matrix, generated from the
 * manifest. Centre HZ owns an item, a case, a ticket, an upload and a draft; every route is called
 * by every role of HZ and of another centre (XX) against HZ's things.
 * - A role the route does not allow gets 403, in either centre.
 * - XX's callers get 403/404 on HZ's things, and lists they read show nothing of HZ's.
 * - None of that changes anything of HZ's.
 * - HZ's callers with an allowed role are not refused for their role, centre or department.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, ROLES, type Role } from '#manifest';
import { CONTRACT, type RouteKey } from '#http/schemas';
import { api, baseUrl, CITIZEN_ID, eventually, token, uploadScan, type ApiResponse } from '#tests/support/client';

const OWN = 'HZ';
const OTHER = 'XX';
const tag = randomUUID().slice(0, 8);
const DEPARTMENT = `隔离测试局${tag}`;
const ITEM = `ISO-${tag}`;

const itemBody = (code: string) => ({
  basicCode: 'B-ISO',
  implementationCode: code,
  name: '中心隔离测试事项',
  department: DEPARTMENT,
  itemType: 'promised',
  statutoryDays: 20,
  promisedDays: 10,
  materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
});

/** The hall's category and window in HZ (XX sets up its own under the same codes: they are per centre). */
const HALL_CATEGORY = `ISO${tag}`;
const HALL_WINDOW = `ISO-W${tag}`;

interface Fixtures {
  caseNumber: string;
  ticketId: string;
  /** A queue ticket of HZ's hall (取号). */
  queueTicketId: string;
  uploadId: string;
  draftId: string;
}

/** A valid body for every route that takes one, naming HZ's things where the route is about one. */
function sampleBody(route: RouteKey, f: Fixtures): unknown {
  const bodies: Partial<Record<RouteKey, unknown>> = {
    'POST /items': itemBody(ITEM),
    'POST /items/import': { format: 'json', items: [itemBody(ITEM)] },
    'POST /items/{itemCode}/retire': { reason: '事项取消' },
    'PUT /base-items/{basicCode}': { name: '中心隔离测试基本事项', itemType: 'promised', statutoryDays: 20 },
    'POST /uploads': { fileName: 'scan.pdf', contentType: 'application/pdf', sha256: 'a'.repeat(64), size: 100 },
    'POST /cases': { itemCode: ITEM, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID }, materials: [] },
    'POST /cases/{caseNumber}/withdraw': { reason: '申请人主动撤回', applicantConfirmed: true },
    'POST /applicants/lookup': { kind: 'person', idNumber: CITIZEN_ID },
    'POST /credit-flags': { kind: 'person', idNumber: CITIZEN_ID, reason: '法院失信被执行人', source: '信用中国' },
    'POST /credit-flags/clear': { kind: 'person', idNumber: CITIZEN_ID, reason: '已履行' },
    'POST /credit-flags/history': { kind: 'person', idNumber: CITIZEN_ID },
    'POST /cases/{caseNumber}/deferred-materials': { materials: [{ code: 'ID', uploadId: f.uploadId }] },
    'POST /drafts': { label: '草稿', form: { channel: 'window' } },
    'PUT /drafts/{draftId}': { label: '草稿', form: { channel: 'window' }, version: 1 },
    'POST /cases/{caseNumber}/supplement': { materials: [] },
    'POST /cases/{caseNumber}/review': { outcome: 'accept' },
    'POST /cases/{caseNumber}/decision': {
      outcome: 'approve',
      opinion: '准予',
      result: { kind: 'licence', number: `ISO${tag}`, title: '许可证', issuer: DEPARTMENT },
    },
    'POST /cases/{caseNumber}/special-procedures': { kind: 'hearing', reason: '听证' },
    'POST /cases/{caseNumber}/special-procedures/end': { outcome: '听证结束' },
    'POST /cases/{caseNumber}/extension': { days: 5, reason: '情况复杂', approvedBy: '局长' },
    'POST /cases/{caseNumber}/assignee': { subject: 'approver-b', name: '乙', reason: 'AB岗' },
    'POST /cases/{caseNumber}/co-opinion': { outcome: 'approve', opinion: '同意' },
    'POST /cases/{caseNumber}/report': { authority: 'province-authority', opinion: '初审同意' },
    'POST /cases/{caseNumber}/higher-authority-decision': { outcome: 'approve', opinion: '同意' },
    'POST /cases/{caseNumber}/result': { uploadId: f.uploadId, number: `ISO${tag}` },
    'POST /cases/{caseNumber}/handover': {
      method: 'pickup',
      recipient: { kind: 'applicant', name: '张三', idNumber: CITIZEN_ID },
      signatureUploadId: f.uploadId,
    },
    'POST /cases/{caseNumber}/dispatch': { carrier: 'EMS', trackingNumber: 'EMS123456', sentOn: '2026-03-03' },
    'POST /cases/{caseNumber}/receipt': { receivedOn: '2026-03-04' },
    'POST /cases/{caseNumber}/delivery-method': { delivery: { method: 'pickup' }, reason: '申请人改为自取' },
    'POST /cases/{caseNumber}/rating': { level: 2 },
    'POST /tickets': { kind: 'consultation', comment: '咨询办理进度', caseNumber: f.caseNumber },
    'POST /tickets/{ticketId}/follow-up': { note: '已回电' },
    'POST /tickets/{ticketId}/extend': { days: 3, reason: '需协调' },
    'POST /tickets/{ticketId}/resolve': { result: '已答复' },
    'PUT /calendar/{year}': { holidays: ['2031-01-01'], workdays: [], source: '测试' },
    'PUT /hall/categories/{category}': { letter: 'Z', name: '隔离测试业务', departments: [DEPARTMENT], hours: {} },
    'PUT /hall/windows/{windowId}': { name: '隔离测试窗口', kind: 'general', categories: [HALL_CATEGORY], hours: {} },
    'POST /hall/windows/{windowId}/tidal': { categories: [HALL_CATEGORY], reason: '季节性高峰' },
    'POST /hall/windows/{windowId}/sign-in': {},
    'POST /hall/tickets': { category: HALL_CATEGORY },
    'POST /hall/tickets/{ticketId}/transfer': { category: HALL_CATEGORY, reason: '转他窗口' },
    'POST /hall/tickets/{ticketId}/cases': { caseNumber: f.caseNumber },
    'POST /hall/tickets/{ticketId}/rating': { level: 1 },
  };
  return bodies[route];
}

function pathOf(path: string, f: Fixtures): string {
  const values: Record<string, string> = {
    category: HALL_CATEGORY,
    windowId: HALL_WINDOW,
    caseNumber: f.caseNumber,
    itemCode: ITEM,
    version: '1',
    uploadId: f.uploadId,
    draftId: f.draftId,
    noticeId: '000001-receipt',
    ticketId: f.ticketId,
    rejectionId: 'a'.repeat(32),
    // The registered case's one scanned material.
    code: 'ID',
    year: '2031',
    basicCode: `BL-${tag}`,
    // The audit trail of a calendar year: neither centre's lines name HZ's case, ticket or item.
    subject: 'calendar',
    subjectId: '2031',
  };
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    // The hall's tickets are queue tickets (号票), not the 工单 of /tickets.
    const value = name === 'ticketId' && path.startsWith('/hall/') ? f.queueTicketId : values[name];
    if (!value) throw new Error(`The matrix has no value for path parameter {${name}} of ${path}: add one.`);
    return encodeURIComponent(value);
  });
}

const QUERIES: Partial<Record<RouteKey, string>> = {
  'GET /queue': `?department=${encodeURIComponent(DEPARTMENT)}`,
  'GET /tickets': `?department=${encodeURIComponent(DEPARTMENT)}`,
  'GET /supervision/statistics': '?from=2026-01-01&to=2026-12-31',
  'GET /hall/bookings': '?day=2026-12-08',
  'GET /hall/statistics': '?from=2026-12-01&to=2026-12-31',
};

/**
 * Routes where another centre acts on its own data and must see nothing of HZ's; every other route
 * names one of HZ's things (in its path, or in its body: the item to receive or publish, the case
 * a ticket is about) and is refused to XX.
 */
const OWN_DATA_ROUTES = new Set<string>([
  // The base list (基本目录) is shared above the centres: read by all, written by the admin only.
  'GET /base-items',
  'PUT /base-items/{basicCode}',
  'GET /items',
  'POST /uploads',
  'POST /drafts',
  'GET /drafts',
  'GET /queue',
  'GET /output-desk',
  'POST /applicants/lookup',
  'POST /credit-flags',
  'POST /credit-flags/clear',
  // The audit trail: each centre reads only its own lines.
  'GET /audit-trail/{subject}/{subjectId}',
  'POST /credit-flags/history',
  'GET /notifications',
  'GET /county-events/rejected',
  'GET /ratings/stats',
  'GET /tickets',
  'GET /calendar',
  'PUT /calendar/{year}',
  'GET /supervision/warnings',
  'GET /supervision/statistics',
  'GET /archive/verifications',
  // The hall: categories and windows are per centre under codes each centre chooses, so XX acts on its own
  // category and window of the same code (and must never be handed HZ's queue ticket by a call).
  'GET /hall/config',
  'PUT /hall/categories/{category}',
  'PUT /hall/windows/{windowId}',
  'POST /hall/windows/{windowId}/tidal',
  'POST /hall/windows/{windowId}/sign-in',
  'POST /hall/windows/{windowId}/sign-out',
  'GET /hall/windows/{windowId}',
  'POST /hall/windows/{windowId}/call',
  'GET /hall/bookings',
  'POST /hall/tickets',
  'GET /hall/tickets',
  'GET /hall/statistics',
  'GET /hall/statistics/live',
]);

/** Refusals for who the caller is, as opposed to what the case's state allows. */
const ACCESS_CODES = new Set([
  'role_not_allowed',
  'not_your_case',
  'other_department',
  'no_centre',
  'other_centre_item',
  'case_not_found',
  'item_not_found',
  'ticket_not_found',
  'queue_ticket_not_found',
  'window_not_found',
  'category_not_found',
]);

const isRefusal = (r: ApiResponse) =>
  r.status === 403 || r.status === 404 || (r.status === 422 && (r.body as { code?: string } | undefined)?.code === 'item_not_found');

const ROUTES = ALL_ROUTES.filter((r) => r.access !== 'public');

describe('centre isolation: every route × role × centre', () => {
  it('refuses other centres and disallowed roles without changing anything, and lets allowed callers of the centre through', { timeout: 600_000 }, async () => {
    const tokens = new Map<string, string>();
    const subjectOf = (role: Role, centre: string) => (role === 'county_system' ? `county-${centre.toLowerCase()}` : `${role}-${centre.toLowerCase()}-${tag}`);
    for (const centre of [OWN, OTHER]) {
      for (const role of ROLES) {
        tokens.set(`${role}@${centre}`, await token(role, { centre, department: role === 'approver' ? DEPARTMENT : undefined, subject: subjectOf(role, centre) }));
      }
    }
    const as = (role: Role, centre: string) => tokens.get(`${role}@${centre}`)!;

    // HZ's things: its item, a case a county system of HZ submitted, a ticket, an upload and a draft.
    expect((await api('POST', '/items', { token: as('supervisor', OWN), body: itemBody(ITEM) })).status).toBe(201);
    const county = as('county_system', OWN);
    const registered = await api<{ caseNumber: string }>('POST', '/cases', {
      token: county,
      body: { itemCode: ITEM, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: await uploadScan(county) }] },
    });
    expect(registered.status).toBe(201);
    const ticket = await api<{ ticketId: string }>('POST', '/tickets', {
      token: as('intake_clerk', OWN),
      body: { kind: 'consultation', comment: '咨询', department: DEPARTMENT },
    });
    expect(ticket.status).toBe(201);
    const upload = await api<{ uploadId: string }>('POST', '/uploads', { token: as('intake_clerk', OWN), body: sampleBody('POST /uploads', {} as Fixtures) });
    const draft = await api<{ draftId: string }>('POST', '/drafts', { token: as('intake_clerk', OWN), body: { label: '草稿', form: { channel: 'window' } } });
    expect([upload.status, draft.status]).toEqual([201, 201]);
    // HZ's hall: a category, a window serving it, and a number the 咨询 desk issued.
    const hallSupervisor = as('supervisor', OWN);
    expect((await api('PUT', `/hall/categories/${HALL_CATEGORY}`, { token: hallSupervisor, body: sampleBody('PUT /hall/categories/{category}', {} as Fixtures) })).status).toBe(200);
    expect((await api('PUT', `/hall/windows/${HALL_WINDOW}`, { token: hallSupervisor, body: sampleBody('PUT /hall/windows/{windowId}', {} as Fixtures) })).status).toBe(200);
    const queueTicket = await api<{ ticketId: string }>('POST', '/hall/tickets', { token: as('intake_clerk', OWN), body: { category: HALL_CATEGORY } });
    expect(queueTicket.status).toBe(201);
    const f: Fixtures = {
      caseNumber: registered.body.caseNumber,
      ticketId: ticket.body.ticketId,
      queueTicketId: queueTicket.body.ticketId,
      uploadId: upload.body.uploadId,
      draftId: draft.body.draftId,
    };

    // Every route that takes a body has a valid sample, so refusals are about access, not input.
    for (const route of ROUTES) {
      const key = `${route.method} ${route.path}` as RouteKey;
      const schema = (CONTRACT[key] as { body?: { safeParse(v: unknown): { success: boolean } } }).body;
      if (schema) expect(schema.safeParse(sampleBody(key, f)).success, `sample body of ${key}`).toBe(true);
    }

    // Any answer: JSON, or a PDF (notices, the receipt reprint) whose bytes are kept as text.
    const call = async (route: (typeof ROUTES)[number], role: Role, centre: string): Promise<ApiResponse> => {
      const key = `${route.method} ${route.path}` as RouteKey;
      const body = sampleBody(key, f);
      const res = await fetch(`${baseUrl()}${pathOf(route.path, f)}${QUERIES[key] ?? ''}`, {
        method: route.method,
        headers: { authorization: `Bearer ${as(role, centre)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      const json = (res.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as Record<string, unknown>) : { pdfBytes: text.length };
      return { status: res.status, body: json, headers: res.headers };
    };

    // What HZ's staff see of their things; compared after every refused call.
    const snapshot = async () => {
      const c = await api<{ state: string; version: number; history: unknown[] }>('GET', `/cases/${f.caseNumber}`, { token: as('supervisor', OWN) });
      const item = await api<{ version: number; status: string }>('GET', `/items/${ITEM}`, { token: as('supervisor', OWN) });
      const tickets = await api<{ tickets: { ticketId: string; status: string; dueBy: string; followUps: unknown[] }[] }>('GET', QUERIES['GET /tickets']!.replace('?', '/tickets?'), { token: as('supervisor', OWN) });
      const lookup = await api<{ reusableMaterials: unknown[]; creditFlag?: unknown }>('POST', '/applicants/lookup', { token: as('supervisor', OWN), body: { kind: 'person', idNumber: CITIZEN_ID } });
      const calendar = await api<{ years: { year: number }[] }>('GET', '/calendar', { token: as('supervisor', OWN) });
      const drafts = await api<{ drafts: { version: number }[] }>('GET', '/drafts', { token: as('intake_clerk', OWN) });
      const queued = await api<{ status: string; version: number }>('GET', `/hall/tickets/${f.queueTicketId}`, { token: as('supervisor', OWN) });
      const hall = await api<{ categories: { code: string; updatedAt: string }[]; windows: { windowId: string; version: number }[] }>('GET', '/hall/config', { token: as('supervisor', OWN) });
      return {
        queueTicket: [queued.status, queued.body.status, queued.body.version],
        hall: [hall.body.categories.find((c) => c.code === HALL_CATEGORY)?.updatedAt, hall.body.windows.find((w) => w.windowId === HALL_WINDOW)?.version],
        case: [c.status, c.body.state, c.body.version, c.body.history.length],
        item: [item.body.version, item.body.status],
        tickets: tickets.body.tickets.map((t) => [t.ticketId, t.status, t.dueBy, t.followUps.length]),
        creditFlag: lookup.body.creditFlag ?? null,
        calendarYears: calendar.body.years.map((y) => y.year),
        drafts: drafts.body.drafts.map((d) => d.version),
      };
    };
    // The workflow forwards the case to the back office; from then on only people move it.
    // (Generous: the two cores may be busy with other test files.)
    await eventually(
      `case ${f.caseNumber} waiting for its review`,
      async () => ((await api<{ waitingFor?: string }>('GET', `/cases/${f.caseNumber}`, { token: as('supervisor', OWN) })).body.waitingFor === 'acceptance' ? true : undefined),
      60_000,
    );
    const before = await snapshot();
    expect(before.case.slice(0, 2)).toEqual([200, 'pending_acceptance']);
    expect(before.calendarYears).not.toContain(2031);

    let calls = 0;
    let refusals = 0;
    const problems: string[] = [];
    const hzMarks = [f.caseNumber, f.ticketId, ITEM, f.queueTicketId];

    // 1. Every role of the other centre, and the roles a route does not allow in HZ itself.
    for (const route of ROUTES) {
      const key = `${route.method} ${route.path}`;
      for (const role of ROLES) {
        const allowed = (route.access as readonly Role[]).includes(role);
        for (const centre of allowed ? [OTHER] : [OWN, OTHER]) {
          const r = await call(route, role, centre);
          calls++;
          const seen = `${key} as ${role}@${centre} → ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`;
          if (!allowed) {
            if (r.status !== 403) problems.push(`disallowed role not refused: ${seen}`);
          } else if (OWN_DATA_ROUTES.has(key)) {
            if (r.status === 401 || r.status === 403) problems.push(`own-data route refused: ${seen}`);
            const text = JSON.stringify(r.body ?? '');
            for (const mark of hzMarks) if (text.includes(mark)) problems.push(`another centre sees ${mark}: ${seen}`);
          } else if (!isRefusal(r)) {
            problems.push(`another centre not refused: ${seen}`);
          }
          if (isRefusal(r)) refusals++;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await snapshot()).toEqual(before);

    // 2. HZ's callers with an allowed role: never refused for who they are (a state the case is not in may still say 409).
    for (const route of ROUTES) {
      for (const role of route.access as readonly Role[]) {
        const r = await call(route, role, OWN);
        calls++;
        const code = (r.body as { code?: string } | undefined)?.code ?? '';
        if (r.status === 401 || ACCESS_CODES.has(code)) problems.push(`allowed caller refused: ${route.method} ${route.path} as ${role}@${OWN} → ${r.status} ${code}`);
      }
    }
    expect(problems).toEqual([]);

    console.info(`centre matrix: ${ROUTES.length} routes × ${ROLES.length} roles × 2 centres; ${calls} calls, ${refusals} refusals`);
    // Independently counted: 7 roles × 2 centres per route.
    expect(ROUTES.length * ROLES.length * 2).toBe(calls);
  });
});
