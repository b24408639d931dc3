import { describe, expect, it } from 'vitest';
import { CASE_STATES, WAIT_STEPS, type CaseState } from '#domain/case/lifecycle';
import { openStep, withResumption } from '#domain/case/workflow-waits';
import type { CaseRecord } from '#domain/case/records';
import { executionName, reconcile, recordedStep, type RecordedStep } from '#domain/workflow';
import { at, registered } from './fixtures';

const inState = (state: CaseState, patch: Partial<CaseRecord> = {}): CaseRecord => ({ ...registered(), state, ...patch });

describe('recordedStep: where a (re)started execution carries the case on', () => {
  // Written from the lifecycle in DOMAIN.md, not from the code: one row per state.
  const expected: Record<CaseState, RecordedStep> = {
    incomplete: 'done',
    registered: 'forward',
    pending_acceptance: 'acceptance',
    supplement_requested: 'supplement',
    accepted: 'decision',
    special_procedure: 'decision',
    reported: 'higher_authority',
    not_accepted: 'result_scan',
    approved: 'result_scan',
    denied: 'result_scan',
    result_ready: 'result_ready',
    mailed: 'result_ready',
    delivered: 'close',
    closed: 'done',
    withdrawn: 'done',
    terminated: 'done',
  };
  it.each(CASE_STATES.map((s) => [s, expected[s]] as const))('a promised case that is %s goes to %s', (state, step) => {
    expect(recordedStep(inState(state))).toEqual({ at: step, coDepartments: [] });
  });

  it('a 上报件 in hand goes to the preliminary review, a 联办件 to the opinions still missing, then to the decision', () => {
    expect(recordedStep(inState('accepted', { itemType: 'reported' })).at).toBe('report');
    const joint = inState('accepted', { itemType: 'joint', coDepartments: ['市场监管局', '消防救援大队'] });
    expect(recordedStep(joint)).toEqual({ at: 'co_opinions', coDepartments: ['市场监管局', '消防救援大队'] });
    const oneGiven = { ...joint, coOpinions: [{ department: '市场监管局', since: at(1).toISOString(), outcome: 'approve' as const, opinion: '同意', at: at(2).toISOString() }] };
    expect(recordedStep(oneGiven)).toEqual({ at: 'co_opinions', coDepartments: ['消防救援大队'] });
    const allGiven = { ...oneGiven, coOpinions: [...oneGiven.coOpinions, { ...oneGiven.coOpinions[0]!, department: '消防救援大队' }] };
    expect(recordedStep(allGiven)).toEqual({ at: 'decision', coDepartments: [] });
  });

  it('every wait it routes to is one the workflow may open in that state', () => {
    const waits = new Set<string>(WAIT_STEPS);
    for (const state of CASE_STATES) {
      const { at: step } = recordedStep(inState(state));
      if (!waits.has(step)) continue;
      const t = openStep(inState(state), step as (typeof WAIT_STEPS)[number], 'token-x', at(5));
      expect(t.record.pendingTask).toMatchObject({ step, token: 'token-x' });
    }
  });
});

describe('executionName', () => {
  it('is the case number for the first run and adds the run after a restart', () => {
    expect(executionName('HZ202603020001')).toBe('HZ202603020001');
    expect(executionName('HZ202603020001', 1)).toBe('HZ202603020001');
    expect(executionName('HZ202603020001', 2)).toBe('HZ202603020001-2');
  });
});

describe('reconcile', () => {
  const now = at(60);
  it('leaves a waiting case with a running execution alone, and cases that need no execution', () => {
    expect(reconcile(inState('pending_acceptance'), 'RUNNING', now, 60_000)).toEqual({ kind: 'in_step' });
    expect(reconcile(inState('incomplete'), undefined, now, 60_000)).toEqual({ kind: 'in_step' });
    expect(reconcile(inState('closed'), 'SUCCEEDED', now, 60_000)).toEqual({ kind: 'in_step' });
    expect(reconcile(inState('withdrawn'), 'ABORTED', now, 60_000)).toEqual({ kind: 'in_step' });
  });

  it('starts a missing execution and restarts one that ended while the case is open', () => {
    expect(reconcile(inState('registered'), undefined, now, 60_000)).toEqual({ kind: 'start' });
    expect(reconcile(inState('registered'), 'FAILED', now, 60_000)).toEqual({ kind: 'restart', found: 'FAILED' });
    expect(reconcile(inState('approved'), 'TIMED_OUT', now, 60_000)).toEqual({ kind: 'restart', found: 'TIMED_OUT' });
    expect(reconcile(inState('accepted'), 'ABORTED', now, 60_000)).toEqual({ kind: 'restart', found: 'ABORTED' });
  });

  it('delivers again an outbox older than the grace period, not a fresh one', () => {
    const waiting = openStep(inState('accepted'), 'decision', 'token-d', at(1)).record;
    const saved = withResumption({ record: waiting, audit: openStep(waiting, 'decision', 'token-d', at(1)).audit }, 'token-d', { outcome: 'approve' }, at(59)).record;
    expect(reconcile(saved, 'RUNNING', now, 120_000)).toEqual({ kind: 'in_step' });
    expect(reconcile(saved, 'RUNNING', at(61), 120_000)).toEqual({
      kind: 'redeliver',
      resumptions: [{ token: 'token-d', output: '{"outcome":"approve"}', at: at(59).toISOString() }],
    });
  });
});
