import type { ItemType, ServiceItem } from './item';

/** What a clerk types or picks to find an item (事项检索). Every field is optional. */
export interface ItemSearch {
  /** Free text: one or more words, each of which must match somewhere. */
  q?: string;
  /** 部门: matches the lead or a co-implementing department, by part of its name (人社 → 人社局). */
  department?: string;
  windowCategory?: ServiceItem['windowCategory'];
  /** 主题: matches a theme by part of its name (开办企业 → 我要开办企业). */
  theme?: string;
  itemType?: ItemType;
  includeRetired?: boolean;
}

/**
 * How well one query word matches an item; lower is better, undefined means no match.
 * The order is the ranking the brief asks for: exact name/code, name prefix, name contains, then
 * keyword, theme and department matches.
 */
const TIER = {
  exact: 0,
  prefix: 1,
  nameContains: 2,
  keywordExact: 3,
  keywordOrTheme: 4,
  department: 5,
} as const;

/**
 * Full-width letters, digits and spaces (typed by Chinese input methods) become half-width, Latin
 * letters lower case. Chinese has no word boundaries, so matching is by substring on characters.
 */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Splits a query into words on spaces and Chinese or Latin list punctuation. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return normalize(q)
    .split(/[\s,，、;；/|]+/u)
    .filter((w) => w.length > 0);
}

interface Prepared {
  item: ServiceItem;
  name: string;
  codes: string[];
  keywords: string[];
  themes: string[];
  departments: string[];
}

function prepare(item: ServiceItem): Prepared {
  return {
    item,
    name: normalize(item.name),
    codes: [normalize(item.implementationCode), normalize(item.basicCode)],
    keywords: item.keywords.map(normalize),
    themes: item.themes.map(normalize),
    departments: [item.department, ...item.coDepartments].map(normalize),
  };
}

function wordTier(p: Prepared, word: string): number | undefined {
  if (p.name === word || p.codes.includes(word)) return TIER.exact;
  if (p.name.startsWith(word) || p.codes.some((c) => c.startsWith(word))) return TIER.prefix;
  if (p.name.includes(word)) return TIER.nameContains;
  if (p.keywords.includes(word) || p.themes.includes(word)) return TIER.keywordExact;
  if (p.keywords.some((k) => k.includes(word)) || p.themes.some((t) => t.includes(word))) return TIER.keywordOrTheme;
  if (p.departments.some((d) => d.includes(word))) return TIER.department;
  return undefined;
}

// Pinyin order for Chinese names, as clerks expect in a printed list.
const collator = new Intl.Collator('zh-CN');

/**
 * Filters and ranks catalog items. Items are ranked by how well all words matched together (the sum
 * of their tiers, so with one word exactly the tier order), then by their best-matching word, then
 * by name and code so equal matches come in a stable order.
 * Without a query, the filtered items come back sorted by name.
 */
export function searchItems(items: readonly ServiceItem[], search: ItemSearch = {}): ServiceItem[] {
  const words = queryWords(search.q);
  const department = search.department ? normalize(search.department) : undefined;
  const theme = search.theme ? normalize(search.theme) : undefined;
  const ranked: { item: ServiceItem; best: number; total: number }[] = [];
  for (const item of items) {
    if (!search.includeRetired && item.status === 'retired') continue;
    if (search.itemType && item.itemType !== search.itemType) continue;
    if (search.windowCategory && item.windowCategory !== search.windowCategory) continue;
    const p = prepare(item);
    if (department && !p.departments.some((d) => d.includes(department))) continue;
    if (theme && !p.themes.some((t) => t.includes(theme))) continue;
    if (words.length === 0) {
      ranked.push({ item, best: 0, total: 0 });
      continue;
    }
    // The whole query may be an exact name that contains spaces or punctuation.
    const whole = normalize(search.q ?? '');
    if (p.name === whole || p.codes.includes(whole)) {
      ranked.push({ item, best: TIER.exact, total: TIER.exact });
      continue;
    }
    let best: number = Number.POSITIVE_INFINITY;
    let total = 0;
    let all = true;
    for (const word of words) {
      const tier = wordTier(p, word);
      if (tier === undefined) {
        all = false;
        break;
      }
      best = Math.min(best, tier);
      total += tier;
    }
    if (all) ranked.push({ item, best, total });
  }
  ranked.sort(
    (a, b) =>
      a.total - b.total ||
      a.best - b.best ||
      collator.compare(a.item.name, b.item.name) ||
      a.item.implementationCode.localeCompare(b.item.implementationCode),
  );
  return ranked.map((r) => r.item);
}
