import { assertCanSee, publicView } from '../domain/case';
import { badRequest, forbidden, notFound } from '../domain/errors';
import { httpHandler } from '../http/handler';
import { getCase, getHistory, listQueue } from '../repositories/case-repository';
import { listWarnedQueue } from '../repositories/supervision-repository';

export const handler = httpHandler({
  'GET /cases/{caseNumber}': async ({ path, principal }) => {
    const record = await getCase(path.caseNumber);
    if (!record) throw notFound('case_not_found', `There is no case ${path.caseNumber}.`, { caseNumber: path.caseNumber });
    assertCanSee(principal, record);
    const history = await getHistory(record.caseNumber);
    return {
      body: {
        ...publicView(record),
        history: history.map(({ caseNumber: _c, department: _d, itemCode: _i, ...line }) => line),
      },
    };
  },

  'GET /queue': async ({ query, principal }) => {
    // Approvers see their own department only; supervisors and output clerks name the department.
    const department = principal.role === 'approver' ? principal.department : query.department;
    if (principal.role === 'approver' && query.department && query.department !== principal.department) {
      throw forbidden('other_department', `You may only see the queue of ${principal.department}.`, { department: query.department });
    }
    if (!department) throw badRequest('department_required', 'Name the department whose queue you want (?department=…).');
    // A cursor that is not one this route handed out is refused (400 invalid_cursor) by the repository.
    const options = { state: query.state ?? 'pending_acceptance', itemCode: query.itemCode, limit: query.limit, cursor: query.cursor } as const;
    // With a warning colour: only cases with that light (电子监察), nearest deadline first.
    const page = query.warning ? await listWarnedQueue(principal.centre!, department, query.warning, options) : await listQueue(principal.centre!, department, options);
    return { body: { department, cases: page.cases.map(publicView), nextCursor: page.nextCursor } };
  },
});
