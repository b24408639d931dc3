import { randomUUID } from 'node:crypto';
import { auditLine } from '#domain/audit-trail';
import { recountDeadlines } from '#services/recount-deadlines';
import { scheduleProblems, shippedSchedules, type HolidaySchedule } from '#domain/calendar';
import { requireStaff } from '#domain/access-policy';
import { actorOf } from '#domain/case/actor';
import { unprocessable } from '#domain/errors';
import { httpHandler } from '#http/handler';
import { CALENDAR_ROUTES } from '#manifest';
import { CALENDAR_CONTRACT } from '#http/contracts/calendar';
import { forgetCalendar, listSchedules, saveSchedule } from '#repositories/calendar-repository';

type Loaded = HolidaySchedule & { loadedAt?: string; loadedBy?: string; loadedByName?: string };

const view = (s: Loaded) => ({
  year: s.year,
  source: s.source,
  holidays: s.holidays.length,
  workdays: s.workdays.length,
  ...(s.loadedAt ? { loadedAt: s.loadedAt, loadedBy: s.loadedBy } : {}),
  ...(s.loadedByName ? { loadedByName: s.loadedByName } : {}),
});

export const handler = httpHandler(CALENDAR_ROUTES, CALENDAR_CONTRACT, {
  'GET /calendar': async ({ principal }) => {
    const loaded = await listSchedules(requireStaff(principal).centre);
    const byYear = new Map<number, Loaded>(shippedSchedules().map((s) => [s.year, s]));
    for (const s of loaded) byYear.set(s.year, s);
    return { body: { years: [...byYear.values()].sort((a, b) => a.year - b.year).map(view) } };
  },

  'PUT /calendar/{year}': async ({ path, body, principal, now }) => {
    const schedule: HolidaySchedule = {
      year: path.year,
      holidays: [...body.holidays].sort(),
      workdays: [...body.workdays].sort(),
      source: body.source,
    };
    const problems = scheduleProblems(schedule);
    if (problems.length > 0)
      throw unprocessable('calendar_invalid', `${problems.length} problem(s) in the ${path.year} schedule; nothing was loaded.`, {
        problems,
      });
    const { centre } = requireStaff(principal);
    const stored = { ...schedule, centre, loadedAt: now.toISOString(), loadedBy: principal.subject, loadedByName: principal.name };
    const audit = auditLine(
      {
        subject: 'calendar',
        subjectId: String(path.year),
        action: 'calendar_loaded',
        centre,
        details: { source: body.source, holidays: schedule.holidays, workdays: schedule.workdays },
      },
      principal,
      now,
      randomUUID(),
    );
    await saveSchedule(stored, audit);
    forgetCalendar(centre);
    // Open cases whose deadline was counted on the year before (provisionally, or on another schedule) move now.
    const recount = await recountDeadlines(centre, schedule, actorOf(principal), now);
    return { body: { ...view(stored), deadlines: { checked: recount.checked, changed: recount.changed } } };
  },
});
