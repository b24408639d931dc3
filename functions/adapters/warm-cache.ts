import { LRUCache } from 'lru-cache';

/**
 * What a warm function keeps between requests (catalog items, applicant keys): at most `max` entries,
 * each for `ttlMs` at most, so a change made by another container is seen within that time; a change
 * made in this one is seen at once (the writer calls `forget`). Misses (`undefined`) are not kept.
 */
export interface WarmCache<K, V> {
  get(key: K, load: () => Promise<V | undefined>): Promise<V | undefined>;
  forget(key: K): void;
}

export function warmCache<K extends {}, V extends {}>(options: { max: number; ttlMs: number }): WarmCache<K, V> {
  // A value is as old as its read: reading it again does not extend its life.
  const cache = new LRUCache<K, V>({ max: options.max, ttl: options.ttlMs, updateAgeOnGet: false });
  // Bumped by every forget: a load that started before one is used once, not kept.
  let generation = 0;
  return {
    async get(key, load) {
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const started = generation;
      const value = await load();
      if (value !== undefined && started === generation) cache.set(key, value);
      return value;
    },
    forget(key) {
      generation++;
      cache.delete(key);
    },
  };
}
