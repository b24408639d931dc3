import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import type { AuditEntry } from '#domain/case/transition';
import { mayResumeWorkflow, supervisionFlagsOf } from '#domain/case-events';
import { limitDaysBetween } from '#domain/deadline';
import { verifiedObjectKey } from '#domain/upload';
import { APPROVER } from './fixtures';

const line = (patch: Partial<AuditEntry> = {}): AuditEntry => ({
  caseNumber: 'HZ202603020001',
  seq: 5,
  at: '2026-03-03T02:00:00.000Z',
  action: 'refuse',
  fromState: 'pending_acceptance',
  toState: 'not_accepted',
  result: 'ok',
  actor: APPROVER,
  department: '人社局',
  itemCode: '11330100MB0000001X0001',
  details: {},
  ...patch,
});
const WORKFLOW = { subject: 'workflow', name: 'OneWindow case workflow', role: 'system' as const };

describe('what an audit line tells the rest of the system', () => {
  it('a person’s step that took effect may resume the execution; the workflow’s own steps and reverted ones do not', () => {
    expect(mayResumeWorkflow(line())).toBe(true);
    expect(mayResumeWorkflow(line({ result: 'reverted' }))).toBe(false);
    expect(mayResumeWorkflow(line({ actor: WORKFLOW, action: 'open_step' }))).toBe(false);
  });

  it('its string flags become supervision warnings, only when it took effect', () => {
    expect(supervisionFlagsOf(line({ details: { flags: ['refusal_without_reason', 7, null, 'deferral_overdue'] } }))).toEqual([
      'refusal_without_reason',
      'deferral_overdue',
    ]);
    expect(supervisionFlagsOf(line({ details: { flags: 'refusal_without_reason' } }))).toEqual([]);
    expect(supervisionFlagsOf(line({ details: {} }))).toEqual([]);
    expect(supervisionFlagsOf(line({ result: 'reverted', details: { flags: ['refusal_without_reason'] } }))).toEqual([]);
  });
});

describe('days between two dates in a limit’s unit', () => {
  it('counts working days after the first up to and including the last (Friday to Monday is one)', () => {
    expect(limitDaysBetween(DEFAULT_CALENDAR, '2026-03-06', '2026-03-09')).toBe(1);
    expect(limitDaysBetween(DEFAULT_CALENDAR, '2026-03-06', '2026-03-09', 'working_day')).toBe(1);
  });

  it('counts natural days, and none when the last is not after the first', () => {
    expect(limitDaysBetween(DEFAULT_CALENDAR, '2026-03-06', '2026-03-09', 'natural_day')).toBe(3);
    expect(limitDaysBetween(DEFAULT_CALENDAR, '2026-02-27', '2026-03-02', 'natural_day')).toBe(3);
    expect(limitDaysBetween(DEFAULT_CALENDAR, '2026-03-09', '2026-03-06', 'natural_day')).toBe(0);
    expect(limitDaysBetween(DEFAULT_CALENDAR, '2026-03-09', '2026-03-09', 'natural_day')).toBe(0);
  });
});

describe('where a verified scan is kept', () => {
  it('under its SHA-256, fanned out by the first two hex digits', () => {
    const sha = `ab${'c'.repeat(62)}`;
    expect(verifiedObjectKey(sha)).toBe(`verified/ab/${sha}`);
  });
});
