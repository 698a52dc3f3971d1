import { describe, expect, it } from 'vitest';
import { MIN_SAMPLES_FOR_P95, percentile, round, summarize } from '../../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('interpolates percentiles between closest ranks (type 7), whatever the input order', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 0.5)).toBe(3);
    expect(percentile(xs, 1)).toBe(5);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // 1..100: rank 0.95 × 99 = 94.05 → between 95 and 96
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBeCloseTo(95.05, 10);
    expect(xs).toEqual([5, 1, 4, 2, 3]);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('p95 of 30 samples is not the maximum', () => {
    const xs = Array.from({ length: 30 }, (_, i) => i);
    xs.push(1000);
    const s = summarize(xs);
    expect(s.max).toBe(1000);
    expect(s.p95).toBeLessThan(30);
  });

  it('claims no p95 from too few samples', () => {
    expect(summarize(Array.from({ length: MIN_SAMPLES_FOR_P95 - 1 }, (_, i) => i)).p95).toBeNull();
    expect(summarize(Array.from({ length: MIN_SAMPLES_FOR_P95 }, (_, i) => i)).p95).not.toBeNull();
  });

  it('rounds for JSON, NaN and null becoming null', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(NaN)).toBeNull();
    expect(round(null)).toBeNull();
  });
});
