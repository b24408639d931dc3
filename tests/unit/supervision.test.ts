import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../functions/domain/calendar';
import { isNews, warningFor, workingDaysLeft } from '../../functions/domain/supervision';
import { registered } from './fixtures';

const cal = DEFAULT_CALENDAR;

describe('电子监察 lights', () => {
  const waiting = (promisedBy: string, patch = {}) => ({ ...registered(), state: 'pending_decision' as const, promisedBy, ...patch });

  it('counts working days left, across holidays, negative when overdue', () => {
    expect(workingDaysLeft(cal, '2026-09-30', '2026-10-09')).toBe(2); // Oct 1–7 off, Oct 8 and 9 working
    expect(workingDaysLeft(cal, '2026-10-12', '2026-10-09')).toBe(-2); // Sat 10 is a make-up day, Mon 12
    expect(workingDaysLeft(cal, '2026-11-24', '2026-11-24')).toBe(0);
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
    expect(warningFor(waiting('2027-01-20'), '2026-12-30', cal)).toBeUndefined(); // 2027 schedule not loaded
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
