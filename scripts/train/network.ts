/**
 * A small network for `npm run train:claims`: every target's logit is a logistic regression over
 * the dense evidence and the words (as in logistic.ts) plus a shared hidden layer of rectified
 * units over the dense evidence, so the model can learn which evidence counts together (a stop
 * verb in a reply to a question about a drug, a number beside a cure word with no source) without
 * a hand-written product feature for each. The words stay linear: the file ships in the
 * extension, and a hidden layer over thousands of words would be most of its size.
 *
 * Deterministic: a seeded generator sets the first weights, orders the mini-batches and draws
 * the dropout masks, so the same data gives the same weights.
 */

import { seededRandom } from '../bench/text';

export interface NetworkOptions {
  hidden: number;
  epochs: number;
  rate: number;
  l2: number;
  l2Words: number;
  dropout: number;
  batch: number;
  seed: number;
}

export interface Network {
  /** Dense weights [feature][target], word weights [word][target], biases [target]. */
  linear: Float64Array[];
  words: Float64Array[];
  bias: Float64Array;
  /** Hidden layer: weights [feature][unit], biases [unit]; output weights [unit][target]. */
  hiddenIn: Float64Array[];
  hiddenBias: Float64Array;
  hiddenOut: Float64Array[];
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/** Adam state for one array of parameters. */
class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  constructor(size: number) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  step(w: Float64Array, g: Float64Array, rate: number, t: number, l2: number): void {
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]! + l2 * w[i]!;
      this.m[i] = 0.9 * this.m[i]! + 0.1 * gi;
      this.v[i] = 0.999 * this.v[i]! + 0.001 * gi * gi;
      w[i] = w[i]! - (rate * (this.m[i]! / c1)) / (Math.sqrt(this.v[i]! / c2) + 1e-8);
    }
  }
}

/**
 * Fits the network on standardized dense rows `X`, word indexes `T` (of `vocabulary` words) and
 * 0/1 labels `Y[row][target]`. Weight arrays are kept flat, row-major.
 */
export function fitNetwork(
  X: readonly Float64Array[],
  T: readonly (readonly number[])[],
  Y: readonly (readonly number[])[],
  vocabulary: number,
  o: NetworkOptions,
): Network {
  const n = X.length;
  const nd = X[0]?.length ?? 0;
  const k = Y[0]?.length ?? 0;
  const H = o.hidden;
  const random = seededRandom(o.seed);
  const lin = new Float64Array(nd * k);
  const wrd = new Float64Array(vocabulary * k);
  const bias = new Float64Array(k);
  const w1 = Float64Array.from({ length: nd * H }, () => normal(random) * Math.sqrt(2 / Math.max(1, nd)));
  const b1 = new Float64Array(H);
  const w2 = Float64Array.from({ length: H * k }, () => normal(random) * Math.sqrt(1 / H) * 0.1);
  const opt = { lin: new Adam(lin.length), wrd: new Adam(wrd.length), bias: new Adam(k), w1: new Adam(w1.length), b1: new Adam(H), w2: new Adam(w2.length) };
  const g = { lin: new Float64Array(lin.length), wrd: new Float64Array(wrd.length), bias: new Float64Array(k), w1: new Float64Array(w1.length), b1: new Float64Array(H), w2: new Float64Array(w2.length) };
  const h = new Float64Array(H);
  const keep = new Float64Array(H);
  const dh = new Float64Array(H);
  const err = new Float64Array(k);
  const order = Array.from({ length: n }, (_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < n; start += o.batch) {
      const batch = order.slice(start, start + o.batch);
      for (const a of Object.values(g)) a.fill(0);
      for (const r of batch) {
        const x = X[r]!;
        for (let u = 0; u < H; u++) {
          let z = b1[u]!;
          for (let j = 0; j < nd; j++) z += x[j]! * w1[j * H + u]!;
          keep[u] = random() >= o.dropout ? 1 / (1 - o.dropout) : 0;
          h[u] = z > 0 ? z * keep[u]! : 0;
        }
        for (let c = 0; c < k; c++) {
          let z = bias[c]!;
          for (let j = 0; j < nd; j++) z += x[j]! * lin[j * k + c]!;
          for (const w of T[r]!) z += wrd[w * k + c]!;
          for (let u = 0; u < H; u++) z += h[u]! * w2[u * k + c]!;
          err[c] = (1 / (1 + Math.exp(-z)) - Y[r]![c]!) / batch.length;
        }
        dh.fill(0);
        for (let c = 0; c < k; c++) {
          const e = err[c]!;
          g.bias[c]! += e;
          for (let j = 0; j < nd; j++) g.lin[j * k + c]! += e * x[j]!;
          for (const w of T[r]!) g.wrd[w * k + c]! += e;
          for (let u = 0; u < H; u++) {
            g.w2[u * k + c]! += e * h[u]!;
            dh[u]! += e * w2[u * k + c]!;
          }
        }
        for (let u = 0; u < H; u++) {
          if (h[u]! <= 0) continue;
          const d = dh[u]! * keep[u]!;
          g.b1[u]! += d;
          for (let j = 0; j < nd; j++) g.w1[j * H + u]! += d * x[j]!;
        }
      }
      t++;
      opt.lin.step(lin, g.lin, o.rate, t, o.l2);
      opt.wrd.step(wrd, g.wrd, o.rate, t, o.l2Words);
      opt.bias.step(bias, g.bias, o.rate, t, 0);
      opt.w1.step(w1, g.w1, o.rate, t, o.l2);
      opt.b1.step(b1, g.b1, o.rate, t, 0);
      opt.w2.step(w2, g.w2, o.rate, t, o.l2);
    }
  }
  const rows = (a: Float64Array, width: number) => Array.from({ length: a.length / width }, (_, i) => a.subarray(i * width, (i + 1) * width));
  return { linear: rows(lin, k), words: rows(wrd, k), bias, hiddenIn: rows(w1, H), hiddenBias: b1, hiddenOut: rows(w2, k) };
}
