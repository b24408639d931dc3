import { describe, expect, it } from 'vitest';
import { DRAFT_LIFETIME_DAYS, newDraft, updateDraft } from '#domain/draft';

describe('drafts (暂存)', () => {
  const t0 = new Date('2026-11-24T01:00:00Z');

  it('start at version 1 and expire after the lifetime', () => {
    const d = newDraft('d1', 'clerk', '张三', { itemCode: 'RS-0001' }, t0);
    expect(d).toMatchObject({ draftId: 'd1', owner: 'clerk', label: '张三', version: 1, createdAt: t0.toISOString() });
    expect(Date.parse(d.expiresAt) - t0.getTime()).toBe(DRAFT_LIFETIME_DAYS * 86_400_000);
  });

  it('move to the next version on each save and push the expiry out', () => {
    const d = newDraft('d1', 'clerk', '张三', {}, t0);
    const later = new Date(t0.getTime() + 3_600_000);
    const u = updateDraft(d, undefined, { itemCode: 'MZ-0001' }, later);
    expect(u).toMatchObject({ version: 2, label: '张三', form: { itemCode: 'MZ-0001' }, createdAt: d.createdAt, updatedAt: later.toISOString() });
    expect(Date.parse(u.expiresAt)).toBeGreaterThan(Date.parse(d.expiresAt));
  });
});
