/**
 * What a warm function keeps between requests (catalog items, applicant keys): at most `max` entries,
 * each for `ttlMs` at most, so a change made by another container is seen within that time; a change
 * made in this one is seen at once (the writer calls `forget`). Misses (`undefined`) are not kept.
 *
 * Written here rather than taken from lru-cache: that package adds ~21 KB to every bundle that reads
 * the catalog, which would put the hand-over function over the 400 KB bar; a Map (insertion-ordered)
 * does the job in a few lines.
 */
export interface WarmCache<K, V> {
  get(key: K, load: () => Promise<V | undefined>): Promise<V | undefined>;
  forget(key: K): void;
}

export function warmCache<K, V>(options: { max: number; ttlMs: number }): WarmCache<K, V> {
  const entries = new Map<K, { value: V; until: number }>();
  // Bumped by every forget: a load that started before one is used once, not kept.
  let generation = 0;
  return {
    async get(key, load) {
      const hit = entries.get(key);
      if (hit && hit.until > Date.now()) {
        // Most recently used last: the first entry is the one to drop when full.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      entries.delete(key);
      const started = generation;
      const value = await load();
      if (value !== undefined && started === generation) {
        // A value is as old as its read: using it again does not extend its life.
        entries.set(key, { value, until: Date.now() + options.ttlMs });
        if (entries.size > options.max) entries.delete(entries.keys().next().value as K);
      }
      return value;
    },
    forget(key) {
      generation++;
      entries.delete(key);
    },
  };
}
