import { chinaDay } from '#domain/calendar';
import { departmentScope, requireStaff } from '#domain/access-policy';
import { assertRange, monthsBetween, statistics } from '#domain/statistics';
import { httpHandler } from '#http/handler';
import { SUPERVISION_ROUTES } from '#manifest';
import { SUPERVISION_CONTRACT } from '#http/contracts/supervision';
import { centreCalendar } from '#repositories/calendar-repository';
import { listCaseFacts, listStalled } from '#repositories/case-repository';
import { listWarnings } from '#repositories/supervision-repository';

export const handler = httpHandler(SUPERVISION_ROUTES, SUPERVISION_CONTRACT, {
  'GET /supervision/warnings': async ({ query, principal }) => {
    // Approvers see their own department's lights; supervisors any department of their centre.
    const department = departmentScope(principal, query.department, 'warnings', true);
    const { centre } = requireStaff(principal);
    const ofDepartment = <T extends { department: string }>(list: T[]) => list.filter((w) => !department || w.department === department);
    const [warnings, stalled] = await Promise.all([listWarnings(centre, query.level), listStalled(centre)]);
    // Stalled cases (a workflow step failed) are listed until the reconciler has them back on track.
    return { body: { warnings: ofDepartment(warnings).map(({ centre: _c, ...w }) => w), stalled: ofDepartment(stalled) } };
  },

  'GET /supervision/statistics': async ({ query, principal, now }) => {
    assertRange(query.from, query.to);
    const today = chinaDay(now);
    const { centre } = requireStaff(principal);
    // Cases decided or forwarded in the range settled in its months or later, up to today.
    // biome-ignore lint/complexity/useMathMinMax: ISO days, compared as strings
    const months = monthsBetween(query.from, today > query.to ? today : query.to);
    const [cases, calendar] = await Promise.all([listCaseFacts(centre, months, query.department), centreCalendar(centre)]);
    return { body: statistics(cases, { ...query, today }, calendar) };
  },
});
