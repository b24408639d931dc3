import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { acceptCase, lapseCase, requestSupplement } from '#domain/case/back-office';
import { decideCase } from '#domain/case/decision';
import { forwardCase, openStep } from '#domain/case/workflow-waits';
import { handOverCase } from '#domain/case/output';
import { revertTransition, type AuditEntry } from '#domain/case/transition';
import { TRANSITIONS, type CaseAction } from '#domain/case/lifecycle';
import { detailTypeOf, EVENT_DETAIL_TYPES, eventDetail, executionStartFor, executionStopFor, isPublished } from '#domain/case-events';
import { APPROVER, at, OUTPUT, registered } from './fixtures';

const audit = (action: CaseAction, result: AuditEntry['result'] = 'ok'): AuditEntry => ({
  caseNumber: 'HZ202603020001',
  seq: 3,
  at: '2026-03-02T02:00:00.000Z',
  action,
  fromState: 'pending_acceptance',
  toState: 'approved',
  result,
  actor: { subject: 'appr-1', name: '李四', role: 'approver', department: '人社局' },
  department: '人社局',
  itemCode: 'IMPL-001',
  details: { opinion: '准予', recipientName: '张三' },
});

describe('detailTypeOf', () => {
  it('has a detail type for every action', () => {
    expect(Object.keys(EVENT_DETAIL_TYPES).sort()).toEqual([...new Set(TRANSITIONS.map(([action]) => action))].sort());
  });

  it.each([
    ['register', 'CaseRegistered'],
    ['forward', 'CaseForwarded'],
    ['decide', 'CaseDecided'],
    ['result_ready', 'CaseResultReady'],
    ['change_delivery', 'CaseDeliveryMethodChanged'],
    ['dispatch', 'CaseResultMailed'],
    ['hand_over', 'CaseHandedOver'],
    ['close', 'CaseClosed'],
    ['accept', 'CaseAccepted'],
    ['refuse', 'CaseNotAccepted'],
    ['request_supplement', 'CaseSupplementRequested'],
    ['supplement', 'CaseSupplementReceived'],
    ['lapse', 'CaseLapsed'],
    ['start_special_procedure', 'CaseSpecialProcedureStarted'],
    ['end_special_procedure', 'CaseSpecialProcedureEnded'],
    ['extend', 'CaseExtended'],
    ['reassign', 'CaseReassigned'],
    ['co_opinion', 'CaseCoOpinionGiven'],
    ['report', 'CaseReportedToHigherAuthority'],
    ['withdraw', 'CaseWithdrawn'],
    ['stall', 'CaseStalled'],
    ['restart_workflow', 'CaseWorkflowRestarted'],
  ] as const)('%s → %s, and …Reverted when undone', (action, type) => {
    expect(detailTypeOf(audit(action))).toBe(type);
    expect(detailTypeOf(audit(action, 'reverted'))).toBe(`${type}Reverted`);
  });

  it('names real transitions', () => {
    const pending = forwardCase(registered(), 'tok', at(1));
    expect(detailTypeOf(pending.audit)).toBe('CaseForwarded');
    const accepted = acceptCase(pending.record, DEFAULT_CALENDAR, APPROVER, at(2));
    expect(detailTypeOf(accepted.audit)).toBe('CaseAccepted');
    const decided = decideCase(accepted.record, { outcome: 'deny', opinion: '不予' }, APPROVER, at(3));
    expect(detailTypeOf(decided.audit)).toBe('CaseDecided');
    expect(detailTypeOf(revertTransition(accepted.record, decided, 'gone', at(4)).audit)).toBe('CaseDecidedReverted');
  });

  it('gives every action its own detail type, so subscribers can tell them apart', () => {
    const types = Object.values(EVENT_DETAIL_TYPES);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) expect(t).toMatch(/^Case[A-Z][A-Za-z]+$/);
  });
});

describe('eventDetail', () => {
  it('carries the audit line: who (role, subject, department), when, action, result', () => {
    expect(eventDetail(audit('decide'))).toEqual({
      caseNumber: 'HZ202603020001',
      seq: 3,
      action: 'decide',
      fromState: 'pending_acceptance',
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
    const accepted = acceptCase(forwardCase(registered(), 'tok', at(1)).record, DEFAULT_CALENDAR, APPROVER, at(2)).record;
    const r = decideCase(accepted, { outcome: 'approve', opinion: 'ok' }, APPROVER, at(2)).record;
    const ready = { ...r, state: 'result_ready' as const, pendingTask: { step: 'result_ready' as const, token: 'tok-r', since: at(3).toISOString() } };
    const letter = { objectKey: 'uploads/letter.pdf', sha256: 'd'.repeat(64), size: 10, contentType: 'application/pdf' };
    const recipient = { kind: 'proxy' as const, name: '王*', idNumberMasked: '110***********0032', verifiedBy: 'authorisation' as const, authorisation: letter };
    const signature = { objectKey: 'uploads/sig.png', sha256: 'c'.repeat(64), size: 80, contentType: 'image/png' };
    const t = handOverCase(ready, { recipient, signature }, { ...OUTPUT, name: '赵六' }, at(4));
    const json = JSON.stringify(eventDetail(t.audit));
    expect(json).not.toContain('王*');
    expect(json).not.toContain('0032');
    expect(json).not.toContain('uploads/');
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
    expect(retried.record.state).toBe('pending_acceptance');
    expect(isPublished(retried.audit)).toBe(false);
  });

  it('does not publish the workflow opening a step, retried or not, nor a co-department’s wait', () => {
    const accepted = acceptCase(forwardCase(registered(), 't1', at(1)).record, DEFAULT_CALENDAR, APPROVER, at(2));
    expect(isPublished(accepted.audit)).toBe(true);
    const opened = openStep(accepted.record, 'decision', 't2', at(3));
    expect(opened.audit.action).toBe('open_step');
    expect(opened.audit.details).not.toHaveProperty('retried');
    expect(isPublished(opened.audit)).toBe(false);
    expect(isPublished(openStep(opened.record, 'decision', 't3', at(4)).audit)).toBe(false);
    expect(isPublished({ ...audit('open_step'), details: { step: 'co_opinion', department: '民政局' } })).toBe(false);
    expect(isPublished(audit('co_opinion'))).toBe(true);
  });
});

describe('executionStartFor', () => {
  const line = (action: CaseAction, toState: AuditEntry['toState'], result: AuditEntry['result'] = 'ok'): AuditEntry => ({ ...audit(action, result), toState });

  it('starts the workflow when a case leaves intake, skipping the back office for a window decision', () => {
    const start = (decidedAtWindow: boolean) => ({ caseNumber: 'HZ202603020001', name: 'HZ202603020001', input: { caseNumber: 'HZ202603020001', decidedAtWindow } });
    expect(executionStartFor(line('register', 'registered'))).toEqual(start(false));
    expect(executionStartFor(line('complete_intake', 'registered'))).toEqual(start(false));
    expect(executionStartFor(line('register', 'approved'))).toEqual(start(true));
    expect(executionStartFor(line('complete_intake', 'denied'))).toEqual(start(true));
  });

  it('starts the next run, named by case number and run, when the reconciler restarts the workflow', () => {
    const restart: AuditEntry = { ...line('restart_workflow', 'pending_acceptance'), details: { run: 3, found: 'FAILED' } };
    expect(executionStartFor(restart)).toEqual({ caseNumber: 'HZ202603020001', name: 'HZ202603020001-3', input: { caseNumber: 'HZ202603020001', run: 3 } });
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
    expect(executionStopFor({ ...audit('refuse'), toState: 'not_accepted' })).toBeUndefined();
    expect(executionStopFor(audit('decide'))).toBeUndefined();
    expect(executionStopFor({ ...audit('withdraw', 'reverted'), toState: 'withdrawn' })).toBeUndefined();
  });
});

describe('executionStopFor a lapsed correction', () => {
  it('stops the execution of a case deemed withdrawn when the correction was not brought in time', () => {
    const pending = forwardCase(registered(), 'tok', at(1)).record;
    const asked = requestSupplement(pending, { problems: [{ code: 'ID', name: '居民身份证', problem: '过期' }], dueDate: '2026-03-06' }, DEFAULT_CALENDAR, APPROVER, at(2)).record;
    const lapsed = lapseCase(asked, new Date('2026-03-09T02:00:00Z'));
    expect(executionStopFor(lapsed.audit)).toEqual({ caseNumber: asked.caseNumber });
    expect(detailTypeOf(lapsed.audit)).toBe('CaseLapsed');
    expect(executionStopFor({ ...lapsed.audit, result: 'reverted' })).toBeUndefined();
  });
});
