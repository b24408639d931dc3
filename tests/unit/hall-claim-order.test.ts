import { describe, expect, it } from 'vitest';
import { claimOrder } from '#domain/hall/calling-order';

describe('the order a window tries its candidates in (叫号 under contention)', () => {
  it('alone: exactly the calling order', () => {
    expect(claimOrder(['A001', 'A002', 'A003', 'B001'], false)).toEqual(['A001', 'A002', 'A003', 'B001']);
  });

  it('after losing one to another window: the same tickets, in an order drawn at random', () => {
    // A fixed draw: Fisher–Yates from the end, j = floor(r × (i + 1)) with r = 0 each time.
    expect(claimOrder(['A002', 'A003', 'B001'], true, () => 0)).toEqual(['A003', 'B001', 'A002']);
    // r just under 1 keeps each in place.
    expect(claimOrder(['A002', 'A003', 'B001'], true, () => 0.999)).toEqual(['A002', 'A003', 'B001']);
    // Over many draws each ticket comes first about as often as the others.
    const firsts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const first = claimOrder(['A002', 'A003', 'B001'], true)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect([...firsts.keys()].sort()).toEqual(['A002', 'A003', 'B001']);
    for (const n of firsts.values()) expect(n).toBeGreaterThan(800);
  });

  it('leaves the list it was given as it was', () => {
    const candidates = ['A001', 'A002'];
    claimOrder(candidates, true, () => 0);
    expect(candidates).toEqual(['A001', 'A002']);
  });
});
