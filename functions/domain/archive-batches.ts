/**
 * Verifying a province's archive (归档检测) in batches that fan out: the daily run splits the packages
 * into slices — one per department, and per day when a range of days is asked for — each slice goes on
 * a queue, and workers verify a page of a slice at a time, putting the rest of the slice back on the
 * queue. Workers run side by side (the queue's concurrency), so the time grows with packages / workers.
 */
export interface VerifySlice {
  centre: string;
  department: string;
  /** China-local days archived, inclusive; both absent: every day. */
  from?: string;
  to?: string;
  /** Where the previous page of this slice stopped (opaque). */
  cursor?: string;
}

/** Packages a worker verifies per message: a page takes ~2 s at the measured rate, well inside the 30-second timeout. */
export const PACKAGES_PER_PAGE = 50;
/** A range longer than this is split per department only (a year of days × departments would be too many slices). */
export const MAX_DAYS_SPLIT = 62;

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** The slices of one run: per department, and per day too when a short range of days is asked for. */
export function slicesOf(centre: string, departments: readonly string[], days: { from?: string; to?: string }): VerifySlice[] {
  const { from, to } = days;
  const each = from && to && from <= to ? daysBetween(from, to) : undefined;
  return [...new Set(departments)]
    .sort()
    .flatMap((department) =>
      each && each.length <= MAX_DAYS_SPLIT
        ? each.map((day) => ({ centre, department, from: day, to: day }))
        : [{ centre, department, ...(from ? { from } : {}), ...(to ? { to } : {}) }],
    );
}

/** How long `packages` take with `workers` side by side, each verifying `perWorkerPerSecond`. */
export function verificationHours(packages: number, perWorkerPerSecond: number, workers: number): number {
  return packages / (perWorkerPerSecond * workers) / 3600;
}
