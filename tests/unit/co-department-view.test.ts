import { describe, expect, it } from 'vitest';
import { historyVisibleTo, opinionsVisibleTo } from '#domain/case/access';
import type { CaseRecord } from '#domain/case/records';
import type { AuditEntry } from '#domain/case/transition';
import { principal, registered } from './fixtures';

/** A 联办 case of 人社局 with 民政局 and 住建局 giving their views. */
const JOINT: CaseRecord = { ...registered(), state: 'accepted', coDepartments: ['民政局', '住建局'] };
const OPINIONS = [
  { department: '民政局', outcome: 'approve', opinion: '同意' },
  { department: '住建局', outcome: 'deny', opinion: '不同意' },
];
const civil = principal({ role: 'approver', department: '民政局' });
const housing = principal({ role: 'approver', department: '住建局' });
const lead = principal({ role: 'approver', department: '人社局' });
const HISTORY: Pick<AuditEntry, 'action' | 'details'>[] = [
  { action: 'accept', details: {} },
  { action: 'open_step', details: { step: 'co_opinion', department: '民政局' } },
  { action: 'open_step', details: { step: 'co_opinion', department: '住建局' } },
  { action: 'co_opinion', details: { department: '民政局', outcome: 'approve' } },
  { action: 'co_opinion', details: { department: '住建局', outcome: 'deny' } },
  { action: 'open_step', details: { step: 'decision' } },
];

describe('联办: what a co-department sees before the lead decides', () => {
  it('sees its own opinion only, while the lead and supervisors see all', () => {
    expect(opinionsVisibleTo(civil, { ...JOINT, coOpinions: OPINIONS }).coOpinions).toEqual([OPINIONS[0]]);
    expect(opinionsVisibleTo(housing, { ...JOINT, coOpinions: OPINIONS }).coOpinions).toEqual([OPINIONS[1]]);
    expect(opinionsVisibleTo(lead, { ...JOINT, coOpinions: OPINIONS }).coOpinions).toEqual(OPINIONS);
    expect(
      opinionsVisibleTo(principal({ role: 'supervisor', department: '民政局' }), { ...JOINT, coOpinions: OPINIONS }).coOpinions,
    ).toEqual(OPINIONS);
    expect(opinionsVisibleTo(principal({ role: 'approver', department: '公安局' }), { ...JOINT, coOpinions: OPINIONS }).coOpinions).toEqual(
      OPINIONS,
    );
  });

  it('sees every opinion once the case is decided', () => {
    const decided = {
      ...JOINT,
      state: 'approved' as const,
      decision: {
        outcome: 'approve' as const,
        opinion: '准予',
        decidedAt: '2026-03-05T02:00:00.000Z',
        decidedBy: { subject: 'a', name: '李*', role: 'approver' as const },
      },
    };
    expect(opinionsVisibleTo(civil, { ...decided, coOpinions: OPINIONS }).coOpinions).toEqual(OPINIONS);
    expect(historyVisibleTo(civil, decided, HISTORY)).toEqual(HISTORY);
  });

  it('reads the history without another co-department’s opinion lines', () => {
    expect(historyVisibleTo(civil, JOINT, HISTORY).map((l) => [l.action, l.details.department ?? l.details.step ?? ''])).toEqual([
      ['accept', ''],
      ['open_step', '民政局'],
      ['co_opinion', '民政局'],
      ['open_step', 'decision'],
    ]);
    expect(historyVisibleTo(lead, JOINT, HISTORY)).toEqual(HISTORY);
  });
});
