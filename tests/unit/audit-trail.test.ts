import { describe, expect, it } from 'vitest';
import { APPLICANT, auditLine, visibleAuditLines } from '#domain/audit-trail';
import type { Principal } from '#domain/principal';

const li: Principal = { subject: 'sup-li', name: '李主任', role: 'supervisor', centre: 'HZ' };
const zhao: Principal = { subject: 'appr-zhao', name: '赵审批', role: 'approver', centre: 'HZ', department: '人社局' };
const at = new Date('2026-03-02T01:30:00Z');

describe('audit lines', () => {
  it('record the actor with role, department and centre, and the time', () => {
    expect(auditLine({ subject: 'ticket', subjectId: 't-1', action: 'ticket_followed_up', details: { note: '已回访' } }, zhao, at, 'line-1')).toEqual({
      lineId: 'line-1',
      subject: 'ticket',
      subjectId: 't-1',
      centre: 'HZ',
      action: 'ticket_followed_up',
      actor: { subject: 'appr-zhao', name: '赵审批', role: 'approver', department: '人社局' },
      at: '2026-03-02T01:30:00.000Z',
      details: { note: '已回访' },
    });
  });

  it("put an applicant's own rating in the centre of the case", () => {
    const line = auditLine({ subject: 'rating', subjectId: 'HZ20260302-0001', action: 'rated', centre: 'HZ' }, APPLICANT, at, 'line-2');
    expect([line.centre, line.actor]).toEqual(['HZ', { subject: 'applicant', name: '申请人', role: 'applicant' }]);
  });

  it('show every line, a catalog item\'s too, only to the centre where the change happened', () => {
    const other: Principal = { ...li, centre: 'XX' };
    const lines = [
      auditLine({ subject: 'item', subjectId: 'RS-0001', action: 'item_published' }, li, at, 'a'),
      auditLine({ subject: 'credit_flag', subjectId: 'key', action: 'flagged' }, li, at, 'b'),
      auditLine({ subject: 'calendar', subjectId: '2027', action: 'calendar_loaded' }, other, at, 'c'),
    ];
    expect(visibleAuditLines(li, lines).map((l) => l.lineId)).toEqual(['a', 'b']);
    expect(visibleAuditLines(other, lines).map((l) => l.lineId)).toEqual(['c']);
  });
});
