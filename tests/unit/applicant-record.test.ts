import { describe, expect, it } from 'vitest';
import { isActive, verifiedOriginals } from '#domain/applicant-record';
import { item, material } from './fixtures';

describe("the applicant's record across cases", () => {
  it('keeps for reuse only the materials checked against an original at this intake', () => {
    // 居民身份证 and 解除劳动关系证明 need an original, 本人银行卡 a copy only; the ID card was itself reused.
    const reused = { ...material('ID'), reusedFrom: { caseNumber: 'HZ202601050003', verifiedAt: '2026-01-05T02:00:00.000Z' } };
    const kept = verifiedOriginals(
      item(),
      [reused, material('SEPARATION'), material('BANK')],
      'HZ202603020001',
      new Date('2026-03-02T01:30:00Z'),
    );
    expect(kept).toEqual([
      {
        ...material('SEPARATION'),
        caseNumber: 'HZ202603020001',
        verifiedAt: '2026-03-02T01:30:00.000Z',
        itemCode: '11330100MB0000001X0001',
      },
    ]);
  });

  it('holds a credit flag active until it is cleared', () => {
    const flag = { reason: '容缺承诺未履行', source: '中心', flaggedAt: '2026-03-10T00:00:00.000Z', flaggedBy: '李主任' };
    expect(isActive(undefined)).toBe(false);
    expect(isActive(flag)).toBe(true);
    expect(isActive({ ...flag, clearedAt: '2026-04-01T00:00:00.000Z', clearedBy: '李主任', clearReason: '已补交' })).toBe(false);
  });
});
