/** A centre's own limits, read from its settings (environment) over the domain's defaults. */
import { DEFAULT_FORWARDING_LIMITS } from '#domain/case/workflow-waits';
import type { ItemType } from '#domain/item';

/** Reads a centre's own limits, `name=number,…` over `defaults`; unknown or malformed parts are errors. */
export function parseLimits<K extends string>(text: string | undefined, defaults: Record<K, number>): Record<K, number> {
  const limits = { ...defaults };
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, value] = part.split('=');
    if (!name || !(name in limits) || !value || !/^\d+$/.test(value)) throw new Error(`Limit "${part}" is not <${Object.keys(defaults).join('|')}>=<number>`);
    limits[name as K] = Number(value);
  }
  return limits;
}

/** Reads `immediate=5,promised=15,…` (a centre's own forwarding limits). */
export function parseForwardingLimits(text: string | undefined): Record<ItemType, number> {
  return parseLimits(text, DEFAULT_FORWARDING_LIMITS);
}
