import { notFound } from '#domain/errors';
import { departmentScope, requireStaff } from '#domain/access-policy';
import { addWorkingDays, CalendarGapError, chinaDay, type WorkingCalendar } from '#domain/calendar';
import { historyVisibleTo, opinionsVisibleTo } from '#domain/case/access';
import { parseLimits } from '#config/limits';
import { publicView } from '#http/case-view';
import type { CaseRecord } from '#domain/case/records';
import type { Principal } from '#domain/principal';
import { DEFAULT_STEP_LIMITS } from '#domain/supervision';
import { httpHandler } from '#http/handler';
import { CASE_READ_CONTRACT } from '#http/contracts/case-reads';
import { CASE_SEARCH_CONTRACT } from '#http/contracts/case-search';
import { CASES_ROUTES, ENV } from '#manifest';
import { centreCalendar } from '#repositories/calendar-repository';
import { getHistory, listCoOpinionQueue, listQueue } from '#repositories/case-repository';
import { listDepartmentsWarm } from '#repositories/item-repository';
import { materialViewUrl } from '#repositories/material-links';
import { caseFor } from '#services/case-access';
import { listWarnedQueue } from '#repositories/supervision-repository';
import { findCases } from '#services/case-search';

/** Decided cases waiting for the result scan, results waiting for pickup, and results in the post. */
const OUTPUT_DESK_STATES = ['approved', 'denied', 'not_accepted', 'result_ready', 'mailed'] as const;
/** At most this many pages of 100 per department and state on the output desk; beyond it the answer says truncated. */
const OUTPUT_DESK_PAGES = 10;

/** 联办: the co-department's own task on a joint case, with its step deadline (STEP_LIMITS co_opinion). */
function coOpinionTask(record: CaseRecord, department: string, calendar: WorkingCalendar) {
  const slot = record.coOpinions?.find((o) => o.department === department);
  if (!slot) return undefined;
  const limitDays = parseLimits(process.env[ENV.stepLimits], DEFAULT_STEP_LIMITS).co_opinion;
  let dueOn: string | undefined;
  try {
    dueOn = addWorkingDays(calendar, chinaDay(new Date(slot.since)), limitDays);
  } catch (error) {
    // A year whose calendar is not loaded: the task is listed without its day.
    if (!(error instanceof CalendarGapError)) throw error;
  }
  return { department, since: slot.since, limitDays, ...(dueOn ? { dueOn } : {}) };
}

/** Department queues: the lead department's cases by state, or (task=co_opinion) the joint cases waiting for this department's opinion. */
async function coOpinionQueue(principal: Principal, centre: string, department: string, options: { limit: number; cursor?: string }) {
  const [page, calendar] = await Promise.all([listCoOpinionQueue(centre, department, options), centreCalendar(centre)]);
  return {
    department,
    cases: page.cases.map((record) => ({
      ...opinionsVisibleTo(principal, publicView(record)),
      coOpinionTask: coOpinionTask(record, department, calendar),
    })),
    nextCursor: page.nextCursor,
  };
}

export const handler = httpHandler(
  CASES_ROUTES,
  { ...CASE_READ_CONTRACT, ...CASE_SEARCH_CONTRACT },
  {
    'GET /cases/{caseNumber}': async ({ path, principal }) => {
      const record = await caseFor(path.caseNumber, principal, 'case.read');
      const history = historyVisibleTo(principal, record, await getHistory(record.caseNumber));
      return {
        body: {
          ...opinionsVisibleTo(principal, publicView(record)),
          history: history.map(({ caseNumber: _c, department: _d, itemCode: _i, ...line }) => line),
        },
      };
    },

    // The case file's inline preview: a short-lived link to the scan, under the case's access rule.
    'GET /cases/{caseNumber}/materials/{code}': async ({ path, principal, now }) => {
      const record = await caseFor(path.caseNumber, principal, 'case.read');
      const material = record.materials.find((m) => m.code === path.code);
      if (!material)
        throw notFound('material_not_found', `Case ${path.caseNumber} has no scanned material ${path.code}.`, {
          caseNumber: path.caseNumber,
          code: path.code,
        });
      const seconds = 5 * 60;
      return {
        body: {
          code: material.code,
          name: material.name,
          contentType: material.contentType,
          sha256: material.sha256,
          url: await materialViewUrl(material.objectKey, seconds),
          expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
        },
      };
    },

    // The output window serves every department: one list of what waits at it, oldest first.
    'GET /output-desk': async ({ query, principal }) => {
      const states = query.state ? [query.state] : OUTPUT_DESK_STATES;
      const { centre } = requireStaff(principal);
      const departments = await listDepartmentsWarm(centre);
      // Every page of each queue, up to OUTPUT_DESK_PAGES: the first 100 in queue order could leave out a result that just came back.
      const queues = await Promise.all(
        departments.flatMap((department) =>
          states.map(async (state) => {
            const read: CaseRecord[] = [];
            let cursor: string | undefined;
            for (let page = 0; page < OUTPUT_DESK_PAGES; page++) {
              const got = await listQueue(centre, department, { state, limit: 100, cursor });
              read.push(...got.cases);
              cursor = got.nextCursor;
              if (!cursor) break;
            }
            return { cases: read, truncated: cursor !== undefined };
          }),
        ),
      );
      const cases = queues
        .flatMap((q) => q.cases)
        .sort((a, b) => (a.decision?.decidedAt ?? a.receivedAt).localeCompare(b.decision?.decidedAt ?? b.receivedAt));
      return { body: { cases: cases.map(publicView), truncated: queues.some((q) => q.truncated) } };
    },

    // 办件查询: filters in the body (a name or identity number never goes in a URL).
    'POST /cases/search': async ({ body, principal }) => {
      const { limit, cursor, ...filters } = body;
      return { body: await findCases(principal, filters, { limit, cursor }) };
    },

    'GET /queue': async ({ query, principal }) => {
      // Approvers see their own department only; supervisors and output clerks name the department.
      const department = departmentScope(principal, query.department, 'queue')!;
      const { centre } = requireStaff(principal);
      if (query.task === 'co_opinion')
        return { body: await coOpinionQueue(principal, centre, department, { limit: query.limit, cursor: query.cursor }) };
      // A cursor that is not one this route handed out is refused (400 invalid_cursor) by the repository.
      const options = {
        state: query.state ?? 'pending_acceptance',
        itemCode: query.itemCode,
        limit: query.limit,
        cursor: query.cursor,
      } as const;
      // With a warning colour: only cases with that light (电子监察), nearest deadline first.
      const page = query.warning
        ? await listWarnedQueue(centre, department, query.warning, options)
        : await listQueue(centre, department, options);
      return { body: { department, cases: page.cases.map(publicView), nextCursor: page.nextCursor } };
    },
  },
);
