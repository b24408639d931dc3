import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { rateCase, ratingStats, ticketFor, type Rating } from '#domain/rating';
import { registered, thrown } from './fixtures';

const at = new Date('2026-11-24T03:00:00Z');
const done = { ...registered(), state: 'closed' as const };

describe('好差评', () => {
  it('rates a finished case with the national labels', () => {
    expect(rateCase(done, { level: 2, channel: 'window', comment: ' 很快 ' }, at)).toMatchObject({ level: 2, label: '满意', comment: '很快', department: '人社局' });
  });

  it('refuses to rate before the decision, and a bad rating without a comment', () => {
    expect(thrown(() => rateCase(registered(), { level: 1, channel: 'window', comment: '' }, at)).code).toBe('not_rateable_yet');
    expect(thrown(() => rateCase(done, { level: 5, channel: 'window', comment: '  ' }, at)).code).toBe('comment_required');
  });

  it('opens a rectification ticket for 4 and 5, due in working days', () => {
    const bad = rateCase(done, { level: 5, channel: 'query', comment: '来回跑了三次' }, at);
    expect(ticketFor(bad, 't1', DEFAULT_CALENDAR)).toMatchObject({ ticketId: 't1', kind: 'rectification', status: 'open', dueBy: '2026-12-08', promisedDays: 10, level: 5, followUps: [] });
    expect(ticketFor(bad, 't1', DEFAULT_CALENDAR, 5)?.dueBy).toBe('2026-12-01');
    expect(ticketFor(rateCase(done, { level: 3, channel: 'window', comment: '' }, at), 't2', DEFAULT_CALENDAR)).toBeUndefined();
  });

  it('summarises per department and per item', () => {
    const r = (level: 1 | 2 | 3 | 4 | 5, department: string, itemCode: string) => ({ level, department, itemCode }) as Rating;
    const stats = ratingStats([r(1, '人社局', 'A'), r(5, '人社局', 'A'), r(2, '人社局', 'B'), r(3, '民政局', 'C')], 'department');
    expect(stats).toEqual([
      { department: '人社局', count: 3, average: 2.67, goodShare: 0.667, byLevel: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1 } },
      { department: '民政局', count: 1, average: 3, goodShare: 1, byLevel: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 } },
    ]);
    expect(ratingStats([r(1, '人社局', 'A'), r(5, '人社局', 'B')], 'item').map((s) => [s.itemCode, s.average])).toEqual([['A', 1], ['B', 5]]);
  });
});
