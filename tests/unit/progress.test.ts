import { describe, expect, it } from 'vitest';
import { progressView, queryCodeFor, queryCodeMatches } from '../../functions/domain/progress';
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
});
