import { describe, expect, it } from 'vitest';
import { completeIntake, registerCase, type RegistrationInput } from '#domain/case/registration';
import { CLERK, item, material, T0 } from './fixtures';

const input = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  caseNumber: 'HZ202603020001',
  centre: 'HZ',
  item: item(),
  applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
  channel: 'window',
  materials: [material('ID')],
  actor: CLERK,
  at: T0,
  ...over,
});

describe('registering a case: what the record and its audit line keep', () => {
  it('a 即办件 denied at the window is denied, approved is approved, each with the decision on the audit line', () => {
    const immediate = item({ itemType: 'immediate', promisedDays: 0 });
    const denied = registerCase(input({ item: immediate, outcome: { kind: 'decided', outcome: 'deny', opinion: '不符合条件' } }));
    expect(denied.record.state).toBe('denied');
    expect(denied.audit.details).toMatchObject({ outcome: 'decided', decision: 'deny', opinion: '不符合条件' });
    const approved = registerCase(input({ item: immediate, outcome: { kind: 'decided', outcome: 'approve', opinion: '准予' } }));
    expect(approved.record.state).toBe('approved');
    expect(registerCase(input()).audit.details).toEqual({
      itemVersion: 1,
      materials: [{ code: 'ID', sha256: material('ID').sha256 }],
      outcome: 'registered',
    });
  });

  it('keeps a natural-day limit, a joint item’s co-departments, and a provisional deadline only with a deadline', () => {
    expect(registerCase(input({ item: item({ limitUnit: 'natural_day', statutoryDays: 30, promisedDays: 30 }) })).record.limitUnit).toBe(
      'natural_day',
    );
    expect(registerCase(input({ item: item({ limitUnit: 'working_day' }) })).record).not.toHaveProperty('limitUnit');
    const joint = item({ itemType: 'joint', coDepartments: ['民政局'], statutoryDays: 45 });
    expect(registerCase(input({ item: joint })).record.coDepartments).toEqual(['民政局']);
    expect(registerCase(input({ item: item({ coDepartments: ['民政局'] }) })).record).not.toHaveProperty('coDepartments');
    expect(registerCase(input({ promisedBy: '2027-01-08', provisional: true })).record.provisional).toBe(true);
    expect(registerCase(input({ provisional: true })).record).not.toHaveProperty('provisional');
  });

  it('writes the delivery method and the agent’s authority on the audit line', () => {
    const letter = { ...material('LETTER'), sha256: 'd'.repeat(64) };
    const t = registerCase(
      input({
        delivery: { method: 'pickup' },
        agent: { kind: 'proxy', name: '李*', idNumberMasked: 'x', reason: 'ill', authorisation: { document: letter } },
      }),
    );
    expect(t.audit.details).toMatchObject({ delivery: 'pickup', agent: { kind: 'proxy', reason: 'ill', authorisation: 'd'.repeat(64) } });
    const helped = registerCase(
      input({ agent: { kind: 'centre_helper', name: '周*', idNumberMasked: 'x', reason: 'elderly', authorisation: { note: '当面同意' } } }),
    );
    expect(helped.audit.details).toMatchObject({ agent: { kind: 'centre_helper', authorisation: 'note' } });
  });

  it('a completed intake records the materials that arrived and how it ended', () => {
    const incomplete = registerCase(
      input({ materials: [], outcome: { kind: 'incomplete', problems: [{ code: 'ID', name: '居民身份证', problem: '未提交' }] } }),
    ).record;
    const t = completeIntake(incomplete, [material('ID')], { kind: 'registered' }, '2026-03-09', CLERK, new Date('2026-03-03T02:00:00Z'));
    expect(t.record.state).toBe('registered');
    expect(t.audit.details).toEqual({ materials: [{ code: 'ID', sha256: material('ID').sha256 }], outcome: 'registered' });
  });
});
