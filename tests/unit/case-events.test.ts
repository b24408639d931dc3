import { describe, expect, it } from 'vitest';
import { decideCase, forwardCase, handOverCase, revertTransition, TRANSITIONS, type AuditEntry, type CaseAction } from '../../functions/domain/case';
import { detailTypeOf, EVENT_DETAIL_TYPES, eventDetail, executionStartFor, executionStopFor, isPublished } from '../../functions/domain/case-events';
import { APPROVER, at, OUTPUT, registered } from './fixtures';

const audit = (action: CaseAction, result: AuditEntry['result'] = 'ok'): AuditEntry => ({
  caseNumber: 'HZ202603020001',
  seq: 3,
  at: '2026-03-02T02:00:00.000Z',
  action,
  fromState: 'pending_decision',
  toState: 'approved',
  result,
  actor: { subject: 'appr-1', name: '李四', role: 'approver', department: '人社局' },
  department: '人社局',
  itemCode: 'IMPL-001',
  details: { opinion: '准予', recipientName: '张三' },
});

describe('detailTypeOf', () => {
  it('has a detail type for every action', () => {
    expect(Object.keys(EVENT_DETAIL_TYPES).sort()).toEqual(Object.keys(TRANSITIONS).sort());
  });

  it.each([
    ['register', 'CaseRegistered'],
    ['forward', 'CaseForwarded'],
    ['decide', 'CaseDecided'],
    ['result_ready', 'CaseResultReady'],
    ['hand_over', 'CaseHandedOver'],
    ['close', 'CaseClosed'],
  ] as const)('%s → %s, and …Reverted when undone', (action, type) => {
    expect(detailTypeOf(audit(action))).toBe(type);
    expect(detailTypeOf(audit(action, 'reverted'))).toBe(`${type}Reverted`);
  });

  it('names real transitions', () => {
    const pending = forwardCase(registered(), 'tok', at(1));
    expect(detailTypeOf(pending.audit)).toBe('CaseForwarded');
    const decided = decideCase(pending.record, { outcome: 'deny', opinion: '不予' }, APPROVER, at(2));
    expect(detailTypeOf(decided.audit)).toBe('CaseDecided');
    expect(detailTypeOf(revertTransition(pending.record, decided, 'gone', at(3)).audit)).toBe('CaseDecidedReverted');
  });
});

describe('eventDetail', () => {
  it('carries the audit line: who (role, subject, department), when, action, result', () => {
    expect(eventDetail(audit('decide'))).toEqual({
      caseNumber: 'HZ202603020001',
      seq: 3,
      action: 'decide',
      fromState: 'pending_decision',
      toState: 'approved',
      result: 'ok',
      department: '人社局',
      itemCode: 'IMPL-001',
      at: '2026-03-02T02:00:00.000Z',
      actor: { role: 'approver', subject: 'appr-1', department: '人社局' },
    });
  });

  it('carries no personal data: no actor name, no details (opinion, recipient)', () => {
    const json = JSON.stringify(eventDetail(audit('decide')));
    for (const secret of ['李四', '张三', '准予', 'details', 'name']) expect(json).not.toContain(secret);
  });

  it('of a real hand-over leaves out the recipient and the output clerk name', () => {
    const r = decideCase(forwardCase(registered(), 'tok', at(1)).record, { outcome: 'approve', opinion: 'ok' }, APPROVER, at(2)).record;
    const ready = { ...r, state: 'result_ready' as const, pendingTask: { step: 'result_ready' as const, token: 'tok-r', since: at(3).toISOString() } };
    const t = handOverCase(ready, { recipientName: '受托人王五', recipientIsApplicant: false }, { ...OUTPUT, name: '赵六' }, at(4));
    const json = JSON.stringify(eventDetail(t.audit));
    expect(json).not.toContain('王五');
    expect(json).not.toContain('赵六');
    expect(json).not.toContain('tok-r');
    expect(eventDetail(t.audit).actor).toEqual({ role: 'output_clerk', subject: 'out-1', department: undefined });
  });

  it('keeps fromState null for a registration', () => {
    expect(eventDetail({ ...audit('register'), fromState: null, toState: 'registered' }).fromState).toBeNull();
  });
});

describe('isPublished', () => {
  it('publishes transitions but not a retried workflow step that only re-stores its task token', () => {
    const forwarded = forwardCase(registered(), 't1', at(1));
    const retried = forwardCase(forwarded.record, 't2', at(2));
    expect(isPublished(forwarded.audit)).toBe(true);
    expect(retried.record.state).toBe('pending_decision');
    expect(isPublished(retried.audit)).toBe(false);
  });
});

describe('executionStartFor', () => {
  const line = (action: CaseAction, toState: AuditEntry['toState'], result: AuditEntry['result'] = 'ok'): AuditEntry => ({ ...audit(action, result), toState });

  it('starts the workflow when a case leaves intake, skipping the back office for a window decision', () => {
    expect(executionStartFor(line('register', 'registered'))).toEqual({ caseNumber: 'HZ202603020001', decidedAtWindow: false });
    expect(executionStartFor(line('complete_intake', 'registered'))).toEqual({ caseNumber: 'HZ202603020001', decidedAtWindow: false });
    expect(executionStartFor(line('register', 'approved'))).toEqual({ caseNumber: 'HZ202603020001', decidedAtWindow: true });
    expect(executionStartFor(line('complete_intake', 'denied'))).toEqual({ caseNumber: 'HZ202603020001', decidedAtWindow: true });
  });

  it('starts nothing for an application waiting for correction, a later step or a reverted line', () => {
    expect(executionStartFor(line('register', 'incomplete'))).toBeUndefined();
    expect(executionStartFor(line('decide', 'approved'))).toBeUndefined();
    expect(executionStartFor(line('register', 'registered', 'reverted'))).toBeUndefined();
  });
});

describe('executionStopFor', () => {
  it('stops the execution of a withdrawn case, and nothing else', () => {
    expect(executionStopFor({ ...audit('withdraw'), toState: 'withdrawn' })).toEqual({ caseNumber: 'HZ202603020001' });
    expect(executionStopFor(audit('decide'))).toBeUndefined();
    expect(executionStopFor({ ...audit('withdraw', 'reverted'), toState: 'withdrawn' })).toBeUndefined();
  });
});
