import { describe, expect, it } from 'vitest';
import { analyze, rawMatches } from '../../../../lib/analyzer';
import { CLAIM_TARGETS, claimFeatures, claimProbabilities, judgeClaims, judgedCategories, threshold, type ClaimModel } from '../../../../lib/analyzer/claims/judge';
import { wordsOf } from '../../../../lib/analyzer/text/words';
import model from '../../../../lib/analyzer/claims/data/claim-weights.json';

const warnings = (text: string, surface?: 'reply' | 'post') =>
  analyze(text, { surface }).filter((f) => f.action !== 'inform' && !f.category.startsWith('phi.'));

describe('claim judgement', () => {
  it('ships weights for every category and family, with thresholds learned by cross-validation', () => {
    for (const t of CLAIM_TARGETS) expect(model.weights[t as keyof typeof model.weights], t).toHaveLength(model.features.length);
    expect(model.thresholds.misinfo).toBeGreaterThan(0);
    expect(model.thresholds.prof).toBeGreaterThan(0);
  });

  it('judges a Spanish sentence at its own learned threshold, and falls back to the family’s', () => {
    for (const family of ['misinfo', 'prof']) {
      expect(threshold(family, false)).toBe(model.thresholds[family as 'misinfo' | 'prof']);
      expect(threshold(family, true)).toBe(model.thresholds[`${family}.es` as 'misinfo.es' | 'prof.es']);
    }
    const plain = { features: [], weights: {}, bias: {}, thresholds: { misinfo: 0.7, prof: 0.3 } } satisfies ClaimModel;
    expect(threshold('misinfo', true, plain)).toBe(0.7);
    const spanishLower = { ...plain, thresholds: { ...plain.thresholds, 'misinfo.es': 0.6 } };
    const p = Object.fromEntries(CLAIM_TARGETS.map((t) => [t, t.startsWith('misinfo') ? 0.65 : 0])) as Parameters<typeof judgedCategories>[0];
    expect(judgedCategories(p, spanishLower, false).size).toBe(0);
    expect(judgedCategories(p, spanishLower, true).size).toBe(1);
  });

  it('underlines the whole claim: a likely sentence next to a warned one warns too, a harmless post gains nothing', () => {
    const text = 'Skip the chemo. My aunt did the juice cleanse and her tumor shrank in weeks. The oncologists hate this.';
    const middle = text.indexOf('My aunt');
    expect(warnings(text).some((f) => f.start <= middle && middle < f.end && f.category.startsWith('misinfo.'))).toBe(true);
    // (Before, only "Skip the chemo" and "The oncologists hate this." were underlined.)
    expect(warnings('Chemo day 3 for my aunt. She did a juice cleanse before it started. The oncology nurses were wonderful.')).toEqual([]);
  });

  it('describes each sentence with the same named features the weights use', () => {
    const text = 'Big pharma buried the cure. Ask your doctor.';
    const rows = claimFeatures(text, rawMatches(text, {}), {});
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!.x)).toEqual(model.features);
  });

  it('scores a sentence as probabilities', () => {
    const text = 'Toss the metformin, this tea reversed my diabetes in two weeks.';
    const [row] = claimFeatures(text, rawMatches(text, {}), {});
    const p = claimProbabilities(row!.x, wordsOf(text));
    for (const t of CLAIM_TARGETS) expect(p[t]).toBeGreaterThanOrEqual(0);
    expect(p.misinfo).toBeGreaterThan(p.prof);
  });

  it('adds a finding, with its category’s message, for a claim no rule was written for', () => {
    const text = 'Our founder’s GlowRoot drops melt tumors in weeks, no chemo required 🌿';
    const rule = rawMatches(text, {});
    const judged = judgeClaims(text, rule, {}, { 'misinfo.miracle-cure': 'miracle message' });
    const added = judged.filter((m) => m.ruleId.endsWith('.judged'));
    expect(warnings(text).some((f) => f.category.startsWith('misinfo.'))).toBe(true);
    for (const m of added) expect(m.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('stays quiet on harmless posts that share the words', () => {
    for (const text of [
      'Flu shots are free at our clinic this Saturday. Bring your insurance card if you have one.',
      'The claim that vaccines cause autism has been tested in millions of children and it is false.',
      'Per the CDC, about 1 in 5 adults has a mental illness in a given year (cdc.gov).',
      'Thank you for the kind review! We look forward to seeing you at your next cleaning.',
    ]) expect(warnings(text), text).toEqual([]);
  });

  it('never throws and adds nothing to an empty or tiny draft', () => {
    expect(judgeClaims('', [], {}, {})).toEqual([]);
    expect(judgeClaims('ok', [], {}, {})).toEqual([]);
  });
});
