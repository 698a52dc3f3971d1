/**
 * The word gates (lib/analyzer/text/word-gate.ts) only skip work: a gated regex is skipped only on
 * drafts where it cannot match. Checked two ways: the gate's letter folding agrees with V8's
 * case-insensitive Unicode matching for every character the gated lists use, and on random drafts
 * built from the lists' own phrases (mixed case, long s, hyphens, digits, marks glued to words)
 * a closed gate always means the regex finds nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, wordGate } from '../../../../lib/analyzer/text/word-gate';
import { GATED } from '../../../../lib/analyzer/phi/quasi';
import { GATED_TERMS } from '../../../../lib/analyzer/phi/context';
import { matchesOf } from '../../../../lib/analyzer/text/terms';

const ALL = [...GATED, GATED_TERMS];

describe('word gate', () => {
  it('folds letters the way a case-insensitive Unicode regex compares them, for every character the lists use', () => {
    const used = [...new Set(ALL.flatMap((g) => g.phrases.flatMap((p) => [...p])))].filter((c) => /[\p{L}\p{N}_]/u.test(c));
    const any = new RegExp(`^[${used.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]$`, 'iu');
    const bad: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const t = String.fromCodePoint(cp);
      if (!any.test(t)) continue;
      for (const c of used) {
        if (!new RegExp(`^${c}$`, 'iu').test(t)) continue;
        // Equal to the regex: the same folded letter, and a word character like the listed one.
        if (foldWord(t) !== foldWord(c) || /[\p{L}\p{N}_]/u.test(t) !== true) bad.push(`${c} ~ U+${cp.toString(16)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('admits a draft holding a listed word, whole, in any case', () => {
    const gate = wordGate(['fire chief', 'sheriff'], 'letters');
    expect(gate.admits('ask the SHERIFF.')).toBe(true);
    expect(gate.admits('our Fire-Chief')).toBe(true);
    expect(gate.admits('the ſheriff')).toBe(true);
    expect(gate.admits('the sheriffs and chiefs')).toBe(false);
    expect(gate.admits('a fire in the chief’s office')).toBe(true);
    expect(gate.admits('a fire, then the chiefs')).toBe(false);
    expect(wordGate(['🙄'], 'letters').admits('nothing listed')).toBe(true);
  });

  it('a closed gate means the regex finds nothing (random drafts from the lists)', () => {
    const phrases = ALL.flatMap((g) => g.phrases);
    const mutate = (s: string, flips: number[]) =>
      [...s].map((ch, i) => {
        const f = flips[i % flips.length]!;
        if (f === 1) return ch.toUpperCase();
        if (f === 2 && ch === 's') return 'ſ';
        if (f === 3 && ch === ' ') return '-';
        if (f === 4 && ch === ' ') return '\n ';
        return ch;
      }).join('');
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...phrases), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 })).map(([p, f]) => mutate(p, f)),
      fc.tuple(fc.constantFrom(...phrases), fc.constantFrom('s', '2', '_', 'x', 'é', '\u0301', "'s", '’', '-')).map(([p, tail]) => p + tail),
      fc.tuple(fc.constantFrom(...phrases), fc.constantFrom('a', '1', '_', 'ſ')).map(([p, head]) => head + p),
      fc.constantFrom('the', 'our', 'at the', 'from the', 'a former', 'my', 'on', 'to', 'in', 'the whole town', 'after the', 'girl from the', 'kid in the', 'with'),
      fc.constantFrom(' ', '  ', '\n', ', ', '. ', '; ', '!', '(', ')', '-', '’'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join(' ');
        for (const { re, gate } of ALL) if (!gate.admits(text)) expect([...matchesOf(re, text)].map((m) => m[0])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
