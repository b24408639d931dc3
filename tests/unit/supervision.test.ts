import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { DEFAULT_STEP_LIMITS, isNews, isRaised, stepsOverdue, SUPERVISED_STATES, warningFor, workingDaysLeft, parseYellowDays } from '#domain/supervision';
import { registered } from './fixtures';

const cal = DEFAULT_CALENDAR;

describe('电子监察 lights', () => {
  const waiting = (promisedBy: string, patch = {}) => ({ ...registered(), state: 'pending_acceptance' as const, promisedBy, ...patch });

  it('counts working days left, across holidays, negative when overdue', () => {
    expect(workingDaysLeft(cal, '2026-09-30', '2026-10-09')).toBe(2); // Oct 1–7 off, Oct 8 and 9 working
    expect(workingDaysLeft(cal, '2026-10-12', '2026-10-09')).toBe(-2); // Sat 10 is a make-up day, Mon 12
    expect(workingDaysLeft(cal, '2026-11-24', '2026-11-24')).toBe(0);
  });

  it("reads the centre's yellow threshold, and refuses a malformed one", () => {
    expect(parseYellowDays(undefined)).toBe(2);
    expect(parseYellowDays(' 5 ')).toBe(5);
    expect(parseYellowDays('0')).toBe(0);
    expect(() => parseYellowDays('two')).toThrow('YELLOW_WORKING_DAYS "two" is not a whole number of working days');
    expect(() => parseYellowDays('-1')).toThrow();
  });

  it('is green with time left, yellow near the deadline, red past it', () => {
    expect(warningFor(waiting('2026-12-04'), '2026-11-24', cal)?.level).toBe('green');
    expect(warningFor(waiting('2026-11-26'), '2026-11-24', cal)).toMatchObject({ level: 'yellow', workingDaysLeft: 2 });
    expect(warningFor(waiting('2026-11-24'), '2026-11-24', cal)?.level).toBe('yellow');
    expect(warningFor(waiting('2026-11-23'), '2026-11-24', cal)).toMatchObject({ level: 'red', workingDaysLeft: -1 });
    expect(warningFor(waiting('2026-12-04'), '2026-11-24', cal, 8)?.level).toBe('yellow');
  });

  it('supervises only cases the centre owes a step on, with a countable deadline', () => {
    expect(warningFor({ ...waiting('2026-11-20'), state: 'approved' }, '2026-11-24', cal)).toBeUndefined();
    expect(warningFor({ ...waiting('2026-11-20'), state: 'incomplete' }, '2026-11-24', cal)).toBeUndefined();
    expect(warningFor({ ...waiting('2026-11-20'), promisedBy: undefined }, '2026-11-24', cal)).toBeUndefined();
    expect(warningFor(waiting('2100-01-20'), '2099-12-30', cal)).toBeUndefined(); // no calendar reaches 2100
    // 2027 is counted provisionally: from Thu 12-31, 01-01 is 元旦, so Tue 01-05 is 2 working days away.
    expect(warningFor(waiting('2027-01-05'), '2026-12-31', cal)?.level).toBe('yellow');
  });

  it('carries the late-forwarding flag and reports only changes of light', () => {
    const w = warningFor(waiting('2026-11-23', { forwarding: { minutes: 20, limitMinutes: 15, late: true } }), '2026-11-24', cal)!;
    expect(w.forwardingLate).toBe(true);
    expect(isNews(undefined, w)).toBe(true);
    expect(isNews({ level: 'red' }, w)).toBe(false);
    expect(isNews({ level: 'yellow' }, w)).toBe(true);
    expect(isNews(undefined, { ...w, level: 'green' })).toBe(false);
  });
});

describe('step limits (各环节时限), flagged even while the case is in time', () => {
  const since = (day: string) => `${day}T02:00:00.000Z`;
  const acceptanceWait = (day: string, patch = {}) => ({
    ...registered(),
    state: 'pending_acceptance' as const,
    promisedBy: '2026-04-30',
    pendingTask: { step: 'acceptance' as const, token: 'tok-secret', since: since(day) },
    ...patch,
  });

  it('supervises cases the centre owes a step on; not a special procedure (clock paused) nor a wait for the applicant', () => {
    expect(SUPERVISED_STATES).toEqual(['registered', 'pending_acceptance', 'accepted', 'reported']);
    expect(warningFor(acceptanceWait('2026-03-02', { state: 'special_procedure' }), '2026-04-30', cal)).toBeUndefined();
    expect(warningFor(acceptanceWait('2026-03-02', { state: 'supplement_requested' }), '2026-05-06', cal)).toBeUndefined();
    expect(warningFor(acceptanceWait('2026-03-02', { state: 'accepted' }), '2026-03-03', cal)?.level).toBe('green');
    expect(warningFor(acceptanceWait('2026-03-02', { state: 'reported' }), '2026-03-03', cal)?.level).toBe('green');
  });

  it('flags an acceptance review past 5 working days while the case is green, naming the approver in charge', () => {
    const assignee = { subject: 'appr-1', name: '李*', since: since('2026-03-02'), assignedBy: { subject: 'appr-1', name: '李*', role: 'approver' as const } };
    const onDay5 = warningFor(acceptanceWait('2026-03-02', { assignee }), '2026-03-09', cal)!;
    expect(onDay5).toMatchObject({ level: 'green', stepsOverdue: [] });
    expect(isRaised(onDay5)).toBe(false);
    const onDay6 = warningFor(acceptanceWait('2026-03-02', { assignee }), '2026-03-10', cal)!;
    expect(onDay6.level).toBe('green');
    expect(onDay6.stepsOverdue).toEqual([{ step: 'acceptance', since: since('2026-03-02'), limitDays: 5, workingDays: 6 }]);
    expect(onDay6.assignee).toEqual({ subject: 'appr-1', name: '李*' });
    expect(isRaised(onDay6)).toBe(true);
    expect(JSON.stringify(onDay6)).not.toContain('tok-secret');
  });

  it('counts the step on the working-day calendar: Spring Festival does not count', () => {
    // Waiting since Thu 2026-02-12: 13, Saturday 14 (make-up), 24, 25, 26 = 5; Feb 27 is the sixth.
    expect(stepsOverdue(acceptanceWait('2026-02-12'), '2026-02-26', cal)).toEqual([]);
    expect(stepsOverdue(acceptanceWait('2026-02-12'), '2026-02-27', cal)).toMatchObject([{ step: 'acceptance', workingDays: 6 }]);
  });

  it('flags a 上报 preliminary review by its own limit, and takes a centre’s own limits', () => {
    const reporting = acceptanceWait('2026-03-02', { state: 'accepted', pendingTask: { step: 'report', token: 't', since: since('2026-03-02') } });
    expect(stepsOverdue(reporting, '2026-03-10', cal)).toMatchObject([{ step: 'report', limitDays: 5, workingDays: 6 }]);
    expect(stepsOverdue(reporting, '2026-03-10', cal, { ...DEFAULT_STEP_LIMITS, report: 6 })).toEqual([]);
    // Waiting on the decision itself has no step limit: the case deadline rules it.
    const deciding = { ...reporting, pendingTask: { step: 'decision' as const, token: 't', since: since('2026-03-02') } };
    expect(stepsOverdue(deciding, '2026-03-31', cal)).toEqual([]);
  });

  it('flags each 联办 co-department whose opinion is overdue, not those that gave theirs', () => {
    const joint = acceptanceWait('2026-03-02', {
      state: 'accepted',
      pendingTask: { step: 'decision', token: 't', since: since('2026-03-03') },
      coOpinions: [
        { department: '民政局', since: since('2026-03-02'), token: 'tok-a' },
        { department: '住建局', since: since('2026-03-02'), outcome: 'approve', opinion: '同意', at: since('2026-03-03') },
        { department: '自然资源局', since: since('2026-03-04'), token: 'tok-c' },
      ],
    });
    expect(warningFor(joint, '2026-03-10', cal)?.stepsOverdue).toEqual([
      { step: 'co_opinion', department: '民政局', since: since('2026-03-02'), limitDays: 5, workingDays: 6 },
    ]);
    expect(stepsOverdue(joint, '2026-03-12', cal).map((s) => s.department)).toEqual(['民政局', '自然资源局']);
    expect(stepsOverdue(joint, '2026-03-12', cal, { ...DEFAULT_STEP_LIMITS, co_opinion: 10 })).toEqual([]);
  });

  it('a newly overdue step is news even when the light stays the same; the same steps again are not', () => {
    const w = warningFor(acceptanceWait('2026-03-02'), '2026-03-10', cal)!;
    expect(isNews({ level: 'green', stepsOverdue: [] }, w)).toBe(true);
    expect(isNews({ level: 'green' }, w)).toBe(true);
    expect(isNews({ level: 'green', stepsOverdue: [{ step: 'acceptance' }] }, w)).toBe(false);
    const another = { ...w, stepsOverdue: [...w.stepsOverdue, { step: 'co_opinion' as const, department: '住建局', since: w.stepsOverdue[0]!.since, limitDays: 5, workingDays: 6 }] };
    expect(isNews({ level: 'green', stepsOverdue: [{ step: 'acceptance' }, { step: 'co_opinion', department: '民政局' }] }, another)).toBe(true);
    expect(isNews({ level: 'green', stepsOverdue: [{ step: 'acceptance' }, { step: 'co_opinion', department: '住建局' }] }, another)).toBe(false);
    // A step that is no longer overdue is not news either.
    expect(isNews({ level: 'green', stepsOverdue: [{ step: 'acceptance' }] }, { ...w, stepsOverdue: [] })).toBe(false);
  });
});
