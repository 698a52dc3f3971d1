import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../lib/analyzer/text/sentences';
import { seededRandom, TextGenerator } from '../../../../scripts/bench/text';

describe('bench text generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(new TextGenerator(7).post(3000)).toBe(new TextGenerator(7).post(3000));
    expect(new TextGenerator(7).post(3000)).not.toBe(new TextGenerator(8).post(3000));
    const r = seededRandom(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('makes drafts of exactly the asked length', () => {
    const gen = new TextGenerator(1);
    for (const n of [1, 280, 3000, 63206]) expect(gen.post(n)).toHaveLength(n);
  });

  it('never repeats a sentence the analyzer sees, within or across drafts', () => {
    const gen = new TextGenerator(2);
    const seen = new Map<string, number>();
    let total = 0;
    // What one bench run asks for at 63,206 characters and more.
    for (let i = 0; i < 12; i++) {
      const text = gen.post(63206);
      expect(text).not.toContain('[#'); // unique by variety, not by the serial-number fallback
      const spans = splitSentences(text);
      // The last span may be a sentence cut at the length limit; every full one counts.
      for (const s of spans.slice(0, -1)) {
        const sentence = text.slice(s.start, s.end);
        seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
        total++;
      }
    }
    const repeated = [...seen].filter(([, n]) => n > 1).map(([s]) => s);
    expect(total).toBeGreaterThan(5000);
    expect(repeated).toEqual([]);
  });

  it('writes varied text: many distinct words, paragraphs, and findings-worthy content', () => {
    const text = new TextGenerator(3).post(63206);
    expect(new Set(text.toLowerCase().match(/[a-z]+/g)).size).toBeGreaterThan(500);
    expect(text).toContain('\n\n');
    expect(text).toMatch(/MRN \d+/);
  });
});
