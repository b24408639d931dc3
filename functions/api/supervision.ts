import { forbidden } from '../domain/errors';
import { httpHandler } from '../http/handler';
import { listWarnings } from '../repositories/supervision-repository';

export const handler = httpHandler({
  'GET /supervision/warnings': async ({ query, principal }) => {
    // Approvers see their own department's lights; supervisors any department of their centre.
    if (principal.role === 'approver' && query.department && query.department !== principal.department) {
      throw forbidden('other_department', `You may only see the warnings of ${principal.department}.`, { department: query.department });
    }
    const department = principal.role === 'approver' ? principal.department : query.department;
    const warnings = (await listWarnings(principal.centre!, query.level)).filter((w) => !department || w.department === department);
    return { body: { warnings: warnings.map(({ centre: _c, ...w }) => w) } };
  },
});
