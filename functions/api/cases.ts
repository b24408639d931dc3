import { departmentScope, requireStaff } from '../domain/access-policy';
import { publicView } from '../domain/case';
import { httpHandler } from '../http/handler';
import { getHistory, listQueue } from '../repositories/case-repository';
import { caseFor } from '../workflow/case-access';
import { listWarnedQueue } from '../repositories/supervision-repository';

export const handler = httpHandler({
  'GET /cases/{caseNumber}': async ({ path, principal }) => {
    const record = await caseFor(path.caseNumber, principal, 'case.read');
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
    const department = departmentScope(principal, query.department, 'queue')!;
    const { centre } = requireStaff(principal);
    // A cursor that is not one this route handed out is refused (400 invalid_cursor) by the repository.
    const options = { state: query.state ?? 'pending_acceptance', itemCode: query.itemCode, limit: query.limit, cursor: query.cursor } as const;
    // With a warning colour: only cases with that light (电子监察), nearest deadline first.
    const page = query.warning ? await listWarnedQueue(centre, department, query.warning, options) : await listQueue(centre, department, options);
    return { body: { department, cases: page.cases.map(publicView), nextCursor: page.nextCursor } };
  },
});
