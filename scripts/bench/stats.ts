/** Summary statistics for `npm run bench`: percentiles by linear interpolation, not "the max of 8". */

/**
 * The p-th quantile (0 ≤ p ≤ 1) of `samples` by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of R, NumPy and spreadsheets). NaN for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export interface Summary {
  n: number;
  p50: number;
  /** null below MIN_SAMPLES_FOR_P95: with fewer samples the 95th percentile is just the maximum. */
  p95: number | null;
  max: number;
}

/** Below this many samples a p95 is not reported (it would be the largest sample or next to it). */
export const MIN_SAMPLES_FOR_P95 = 20;

/** Rounds to `digits` decimals, keeping null and NaN as null (JSON has no NaN). */
export function round(x: number | null, digits = 2): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** n, p50, p95 (when there are enough samples) and max of `samples`, in their unit. */
export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 0.5),
    p95: samples.length >= MIN_SAMPLES_FOR_P95 ? percentile(samples, 0.95) : null,
    max: samples.length ? Math.max(...samples) : NaN,
  };
}
