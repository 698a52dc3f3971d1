/**
 * `npm run train:story`: fits the post-level judgement (lib/analyzer/phi/story.ts) — a logistic
 * regression over the evidence `storyFeatures` computes — on our own labelled training posts
 * (tests/eval/phi-train*.jsonl, misinfo-train.jsonl and the first session's own-*.jsonl; never the frozen *-test.jsonl
 * splits, never ../shared/eval), and writes the weights to lib/analyzer/phi/data/story-weights.json.
 * A post is a positive example when it expects any PHI finding. Deterministic: full-batch
 * gradient descent from zero weights with L2 regularization, so the same data gives the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rawMatches } from '../lib/analyzer';
import { storyFeatures, storyProbability, type StoryModel } from '../lib/analyzer/phi/story';
import { normalize } from '../lib/analyzer/text/normalize';
import { SITES, SURFACES, type AnalysisContext, type Site, type Surface } from '../lib/analyzer/types';

const EVAL = path.resolve(process.cwd(), 'tests/eval');
const FILES = ['phi-train.jsonl', 'phi-train2.jsonl', 'phi-train3.jsonl', 'misinfo-train.jsonl', 'own-phi.jsonl', 'own-misinfo.jsonl'];
const OUT = path.resolve(process.cwd(), 'lib/analyzer/phi/data/story-weights.json');
const L2 = 0.001;
const RATE = 0.5;
const EPOCHS = 3000;

interface Case { text: string; platform?: string; surface?: string; expect?: { category: string }[] }

const rows: { x: Record<string, number>; y: number }[] = [];
for (const file of FILES) {
  for (const line of fs.readFileSync(path.join(EVAL, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as Case;
    const context: AnalysisContext = {
      platform: (SITES as readonly string[]).includes(c.platform ?? '') ? (c.platform as Site) : undefined,
      surface: (SURFACES as readonly string[]).includes(c.surface ?? '') ? (c.surface as Surface) : undefined,
    };
    const text = normalize(c.text).text;
    const y = (c.expect ?? []).some((e) => e.category.startsWith('phi.')) ? 1 : 0;
    rows.push({ x: storyFeatures(text, rawMatches(text, context), context), y });
  }
}
const names = Object.keys(rows[0]!.x);
// What we know of each kind of evidence, kept as a sign on its weight (projected gradient): a
// frame that says "not about a patient" (a hypothetical, an aggregate, the author's own health…)
// can only lower the probability, and a rule's own finding can only raise it. Without this the
// fit gave aggregates a positive weight, from training posts that mix a count with a story, and
// "We delivered 312 babies this year" read as a patient story.
const NOT_ABOUT_A_PATIENT = new Set(['hypothetical', 'veterinary', 'simulation', 'fiction', 'scholarly', 'publicFigure', 'history', 'generic', 'aggregate', 'hedged', 'authorSelf', 'privacySafe', 'safeReply', 'general', 'stats']);
const ABOUT_A_PATIENT = new Set(['name', 'age', 'date', 'geo', 'patientContext', 'relationship', 'photo', 'identifier', 'patientWord', 'personDefinite']);
const clampSign = (name: string, v: number) => (NOT_ABOUT_A_PATIENT.has(name) ? Math.min(0, v) : ABOUT_A_PATIENT.has(name) ? Math.max(0, v) : v);
const raw = rows.map((r) => names.map((n) => r.x[n] ?? 0));
// Standardize for fast, even convergence; the fitted weights are mapped back to raw features below.
const mean = names.map((_, j) => raw.reduce((s, x) => s + x[j]!, 0) / raw.length);
const std = names.map((_, j) => Math.sqrt(raw.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / raw.length) || 1);
const X = raw.map((x) => x.map((v, j) => (v - mean[j]!) / std[j]!));
const Y = rows.map((r) => r.y);
const w = names.map(() => 0);
let b = 0;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const gw = names.map(() => 0);
  let gb = 0;
  for (let i = 0; i < X.length; i++) {
    const xi = X[i]!;
    let z = b;
    for (let j = 0; j < w.length; j++) z += w[j]! * xi[j]!;
    const err = 1 / (1 + Math.exp(-z)) - Y[i]!;
    for (let j = 0; j < w.length; j++) gw[j]! += err * xi[j]!;
    gb += err;
  }
  for (let j = 0; j < w.length; j++) w[j] = clampSign(names[j]!, w[j]! - RATE * (gw[j]! / X.length + L2 * w[j]!));
  b -= RATE * (gb / X.length);
}
const rawW = w.map((v, j) => v / std[j]!);
const rawB = b - w.reduce((s, v, j) => s + (v * mean[j]!) / std[j]!, 0);
const model: StoryModel = { features: names, weights: rawW.map((v) => Math.round(v * 1e4) / 1e4), bias: Math.round(rawB * 1e4) / 1e4 };
let correct = 0, tp = 0, fp = 0, pos = 0;
rows.forEach((r) => {
  const p = storyProbability(r.x, model) >= 0.5 ? 1 : 0;
  if (p === r.y) correct++;
  if (r.y) pos++;
  if (p && r.y) tp++;
  if (p && !r.y) fp++;
});
fs.writeFileSync(OUT, `${JSON.stringify({ _about: 'Fitted by `npm run train:story` (scripts/train-story.ts) on tests/eval training posts; do not edit by hand.', ...model }, null, 2)}\n`);
console.log(`train:story: ${rows.length} posts (${pos} about a patient); training accuracy ${(correct / rows.length).toFixed(3)}, recall ${(tp / pos).toFixed(3)}, false positives ${fp}`);
console.log(names.map((n, i) => `${n}=${model.weights[i]}`).join(' '));
