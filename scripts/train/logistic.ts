/**
 * What `npm run train:story` and `npm run train:claims` share: reading our labelled training
 * posts with their analysis context, and fitting one logistic regression over dense evidence
 * features plus sparse word indicators. Deterministic: full-batch Adam from zero weights with L2,
 * so the same data gives the same weights.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../lib/analyzer/text/normalize';
import { SITES, SURFACES, type AnalysisContext, type Site, type Surface } from '../../lib/analyzer/types';

export interface Case { text: string; platform?: string; surface?: string; expect?: { category: string; quote: string }[] }

/** Each labelled post of `files` (in `dir`), with the context it was written in and its normalized text. */
export function* trainingCases(dir: string, files: readonly string[]): Generator<{ c: Case; context: AnalysisContext; text: string }> {
  for (const file of files) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as Case;
      const context: AnalysisContext = {
        platform: (SITES as readonly string[]).includes(c.platform ?? '') ? (c.platform as Site) : undefined,
        surface: (SURFACES as readonly string[]).includes(c.surface ?? '') ? (c.surface as Surface) : undefined,
      };
      yield { c, context, text: normalize(c.text).text };
    }
  }
}

export interface FitOptions {
  /** L2 on the dense weights, and on the word weights. */
  l2: number;
  l2Words: number;
  rate: number;
  steps: number;
  /** Applied to each dense weight after every step (e.g. to keep its sign). */
  project?: (j: number, w: number) => number;
}

/**
 * Fits p(y) = σ(b + Σ w_j x_j + Σ_{t ∈ T_i} v_t). `X` holds standardized dense features, `T` the
 * word indexes present in each row, `vocabulary` their number. Returns the dense weights, then the
 * word weights, then the bias, in one array.
 */
export function fitLogistic(X: readonly ArrayLike<number>[], T: readonly (readonly number[])[], y: readonly number[], vocabulary: number, o: FitOptions): Float64Array {
  const nd = X[0]?.length ?? 0;
  const n = nd + vocabulary + 1;
  const w = new Float64Array(n);
  const m1 = new Float64Array(n);
  const m2 = new Float64Array(n);
  const g = new Float64Array(n);
  for (let step = 1; step <= o.steps; step++) {
    g.fill(0);
    for (let i = 0; i < X.length; i++) {
      const xi = X[i]!;
      let z = w[n - 1]!;
      for (let j = 0; j < nd; j++) z += w[j]! * xi[j]!;
      for (const t of T[i]!) z += w[nd + t]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let j = 0; j < nd; j++) g[j]! += err * xi[j]!;
      for (const t of T[i]!) g[nd + t]! += err;
      g[n - 1]! += err;
    }
    for (let j = 0; j < n; j++) {
      const l2 = j < nd ? o.l2 : j < n - 1 ? o.l2Words : 0;
      const gj = g[j]! / X.length + l2 * w[j]!;
      m1[j] = 0.9 * m1[j]! + 0.1 * gj;
      m2[j] = 0.999 * m2[j]! + 0.001 * gj * gj;
      w[j] = w[j]! - (o.rate * (m1[j]! / (1 - 0.9 ** step))) / (Math.sqrt(m2[j]! / (1 - 0.999 ** step)) + 1e-8);
      if (j < nd && o.project) w[j] = o.project(j, w[j]!);
    }
  }
  return w;
}
