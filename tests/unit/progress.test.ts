import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '#domain/case/lifecycle';
import type { AuditEntry } from '#domain/case/transition';
import { progressView, queryCodeFor, queryCodeMatches, STATE_LABELS } from '#domain/progress';
import { registered } from './fixtures';

describe('办件进度查询', () => {
  const record = { ...registered(), applicantKey: 'a'.repeat(64) };

  it('derives an 8-character code without look-alike characters, the same every time', () => {
    const code = queryCodeFor(record.applicantKey, record.caseNumber);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(queryCodeFor(record.applicantKey, record.caseNumber)).toBe(code);
    expect(queryCodeFor(record.applicantKey, `${record.caseNumber}X`)).not.toBe(code);
    expect(queryCodeFor('b'.repeat(64), record.caseNumber)).not.toBe(code);
  });

  it('accepts the code in any case and with spaces around, and nothing else', () => {
    const code = queryCodeFor(record.applicantKey, record.caseNumber);
    expect(queryCodeMatches(record, ` ${code.toLowerCase()} `)).toBe(true);
    expect(queryCodeMatches(record, code.slice(0, 7))).toBe(false);
    expect(queryCodeMatches(record, 'ZZZZZZZZ')).toBe(false);
    expect(queryCodeMatches({ ...record, applicantKey: undefined }, code)).toBe(false);
  });

  it('shows states, dates and what is missing, and no names of staff or identity numbers', () => {
    const incomplete = {
      ...record,
      state: 'incomplete' as const,
      correction: { requestedAt: record.receivedAt, problems: [{ code: 'ID', name: '居民身份证', problem: '身份证已过有效期' }] },
    };
    const audit = { caseNumber: record.caseNumber, seq: 1, at: record.receivedAt, action: 'register' as const, fromState: null, toState: 'incomplete' as const, result: 'ok' as const, actor: { subject: 's', name: '王窗口', role: 'intake_clerk' as const }, department: '人社局', itemCode: 'X', details: {} };
    const view = progressView(incomplete, [audit]);
    expect(view).toMatchObject({ stateLabel: '待补正材料', missing: [{ name: '居民身份证', problem: '身份证已过有效期' }], steps: [{ step: '收件登记', state: '待补正材料' }] });
    const text = JSON.stringify(view);
    expect(text).not.toContain('王窗口');
    expect(text).not.toContain('idNumber');
    expect(text).not.toContain(record.applicantKey);
  });

  it('shows what the back office asked for and by when, while the case waits on the applicant', () => {
    const problems = [{ code: 'SEPARATION', name: '解除劳动关系证明', problem: '缺少单位盖章' }];
    const waiting = { ...record, state: 'supplement_requested' as const, supplementRequest: { problems, dueDate: '2026-03-06', requestedAt: record.receivedAt, requestedBy: { subject: 'appr-1', name: '李审批', role: 'approver' as const } } };
    const view = progressView(waiting, []);
    expect(view).toMatchObject({ stateLabel: '待补正（后台）', missing: [{ name: '解除劳动关系证明', problem: '缺少单位盖章' }], supplementDueDate: '2026-03-06' });
    expect(JSON.stringify(view)).not.toContain('李审批');
    // Once supplied, nothing is shown as missing any more.
    const back = progressView({ ...waiting, state: 'pending_acceptance' }, []);
    expect(back).not.toHaveProperty('missing');
    expect(back).not.toHaveProperty('supplementDueDate');
  });

  it('lists the steps an applicant cares about, in words, leaving out workflow waits and reassignments', () => {
    const line = (seq: number, action: AuditEntry['action'], toState: AuditEntry['toState'], result: AuditEntry['result'] = 'ok'): AuditEntry => ({
      caseNumber: record.caseNumber, seq, at: `2026-03-0${seq}T02:00:00.000Z`, action, fromState: null, toState, result,
      actor: { subject: 's', name: '某审批员', role: 'approver' }, department: '人社局', itemCode: 'X', details: {},
    });
    const view = progressView({ ...record, state: 'accepted' }, [
      line(1, 'forward', 'pending_acceptance'),
      line(2, 'open_step', 'pending_acceptance'),
      line(3, 'accept', 'accepted'),
      line(4, 'reassign', 'accepted'),
      line(5, 'start_special_procedure', 'special_procedure'),
      line(6, 'extend', 'special_procedure'),
      line(7, 'end_special_procedure', 'accepted', 'reverted'),
    ]);
    expect(view.steps.map((s) => [s.step, s.state])).toEqual([
      ['转办至审批部门', '待受理'],
      ['受理', '已受理，审批中'],
      ['特别程序开始', '特别程序中'],
      ['延长审批期限', '特别程序中'],
    ]);
    expect(JSON.stringify(view)).not.toContain('某审批员');
  });

  it('labels every state', () => {
    expect(Object.keys(STATE_LABELS).sort()).toEqual([...CASE_STATES].sort());
    expect(new Set(Object.values(STATE_LABELS)).size).toBe(CASE_STATES.length);
    expect(STATE_LABELS.not_accepted).toBe('不予受理');
    expect(STATE_LABELS.reported).toBe('已上报上级机关');
  });
});
