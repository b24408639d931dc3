import { describe, expect, it } from 'vitest';
import { warmCache } from '#adapters/warm-cache';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A store whose reads are counted, standing in for DynamoDB / KMS. */
function store(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  let reads = 0;
  return {
    read: async (key: string) => {
      reads++;
      return data.get(key);
    },
    write: (key: string, value: string) => data.set(key, value),
    reads: () => reads,
  };
}

describe('warm cache (what a warm function keeps between requests)', () => {
  it('answers the second request from memory', async () => {
    const s = store({ A: 'v1' });
    const cache = warmCache<string, string>({ max: 10, ttlMs: 60_000 });
    expect(await cache.get('A', () => s.read('A'))).toBe('v1');
    expect(await cache.get('A', () => s.read('A'))).toBe('v1');
    expect(s.reads()).toBe(1);
  });

  it('does not keep a miss: an item created after it is found at once', async () => {
    const s = store({});
    const cache = warmCache<string, string>({ max: 10, ttlMs: 60_000 });
    expect(await cache.get('NEW', () => s.read('NEW'))).toBeUndefined();
    s.write('NEW', 'v1');
    expect(await cache.get('NEW', () => s.read('NEW'))).toBe('v1');
  });

  it('sees a change written in the same process at once (forget)', async () => {
    const s = store({ A: 'v1' });
    const cache = warmCache<string, string>({ max: 10, ttlMs: 60_000 });
    await cache.get('A', () => s.read('A'));
    s.write('A', 'v2');
    cache.forget('A');
    expect(await cache.get('A', () => s.read('A'))).toBe('v2');
  });

  it('sees a change made elsewhere once the lifetime is over', async () => {
    const s = store({ A: 'v1' });
    const cache = warmCache<string, string>({ max: 10, ttlMs: 40 });
    await cache.get('A', () => s.read('A'));
    s.write('A', 'v2');
    expect(await cache.get('A', () => s.read('A'))).toBe('v1');
    await sleep(80);
    expect(await cache.get('A', () => s.read('A'))).toBe('v2');
  });

  it('does not keep a value read while a write was forgetting it', async () => {
    const s = store({ A: 'v1' });
    const cache = warmCache<string, string>({ max: 10, ttlMs: 60_000 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowRead = cache.get('A', async () => {
      const old = await s.read('A');
      await gate;
      return old;
    });
    s.write('A', 'v2');
    cache.forget('A');
    release();
    expect(await slowRead).toBe('v1');
    expect(await cache.get('A', () => s.read('A'))).toBe('v2');
  });

  it('holds at most `max` entries, dropping the least recently used', async () => {
    const s = store({ A: 'a', B: 'b', C: 'c' });
    const cache = warmCache<string, string>({ max: 2, ttlMs: 60_000 });
    for (const k of ['A', 'B', 'C']) await cache.get(k, () => s.read(k));
    expect(s.reads()).toBe(3);
    await cache.get('A', () => s.read('A'));
    expect(s.reads()).toBe(4);
  });
});
