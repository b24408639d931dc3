import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { caseFacts, statistics } from '#domain/statistics';
import { deadlineText } from '../../web/src/lib/format';
import { registered } from './fixtures';

/**
 * The supervisor's 超期办件 list marks a deadline counted on a year whose holidays were not yet
 * published, as the case file does: the case's record says so, its statistics projection keeps it,
 * and the overdue line carries it to the dashboard.
 */
describe('超期办件 with a provisional deadline (监察看板)', () => {
  const overdueOn = (provisional: boolean) => {
    const record = {
      ...registered(),
      state: 'accepted' as const,
      promisedBy: '2026-03-09',
      ...(provisional ? { provisional: true as const } : {}),
    };
    return statistics([caseFacts(record)], { from: '2026-03-01', to: '2026-03-15', today: '2026-03-16' }, DEFAULT_CALENDAR).overdue;
  };

  it('keeps the mark from the case record to the overdue line', () => {
    const [line] = overdueOn(true);
    expect(line).toMatchObject({ caseNumber: 'HZ202603020001', promisedBy: '2026-03-09', provisional: true });
    // A deadline on a published year carries no mark at all (not even provisional: false).
    expect(overdueOn(false)[0]).not.toHaveProperty('provisional');
  });

  it('shows the overdue line’s deadline with the same words as the case file', () => {
    const [line] = overdueOn(true);
    expect(deadlineText(line!.promisedBy, line!.provisional)).toBe('2026-03-09（暂按法定节假日计算）');
    expect(deadlineText(overdueOn(false)[0]!.promisedBy, overdueOn(false)[0]!.provisional)).toBe('2026-03-09');
  });
});
