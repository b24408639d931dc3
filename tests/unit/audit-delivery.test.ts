import { describe, expect, it } from 'vitest';
import { mayRideOnHead } from '#domain/case/audit-delivery';
import { TRANSITIONS } from '#domain/case/lifecycle';
import type { AuditEntry } from '#domain/case/transition';
import { executionStartFor, executionStopFor, isPublished, mayResumeWorkflow } from '#domain/case-events';
import { WORKFLOW_ACTOR } from '#domain/case/actor';
import { mayIssueNotices } from '#domain/notices';
import { notificationKindOf } from '#domain/notification';

const line = (action: AuditEntry['action'], details: Record<string, unknown> = {}): AuditEntry => ({
  caseNumber: 'HZ202603020001',
  seq: 4,
  at: '2026-03-02T02:00:00.000Z',
  action,
  fromState: 'accepted',
  toState: 'accepted',
  result: 'ok',
  actor: WORKFLOW_ACTOR,
  department: '人社局',
  itemCode: 'IMPL-001',
  details,
});

describe('audit lines that ride on the case head (written out after it, from the stream)', () => {
  it('are the workflow opening its next wait, and no other line', () => {
    const actions = [...new Set(TRANSITIONS.map(([action]) => action))];
    expect(actions.filter((a) => mayRideOnHead(line(a)))).toEqual(['open_step']);
  });

  // Written out later than the lines after it, such a line must be one no stream function acts on.
  it.each([
    ['a wait', { step: 'decision' }],
    ['a wait opened again', { step: 'decision', retried: true }],
    ['a 联办 opinion asked for', { step: 'co_opinion', department: '税务局' }],
    ['a wait with flags', { step: 'decision', flags: ['late_forwarding'] }],
  ])('%s is published to no one, issues no notice or SMS, and starts, stops or resumes no execution', (_, details) => {
    const audit = line('open_step', details);
    expect(mayRideOnHead(audit)).toBe(true);
    expect(isPublished(audit)).toBe(false);
    expect(mayIssueNotices(audit)).toBe(false);
    expect(notificationKindOf(audit)).toBeUndefined();
    expect(executionStartFor(audit)).toBeUndefined();
    expect(executionStopFor(audit)).toBeUndefined();
    expect(mayResumeWorkflow(audit)).toBe(false);
  });
});
