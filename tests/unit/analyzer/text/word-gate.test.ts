/**
 * The word gates (lib/analyzer/text/word-gate.ts) only skip work: a gated regex is skipped only on
 * drafts where it cannot match. Checked two ways: the gate's letter folding agrees with V8's
 * case-insensitive Unicode matching for every character of every word list in lib/analyzer, and
 * on random drafts built from the lists' own phrases (mixed case, long s, hyphens, digits, marks
 * glued to words) a closed gate always means the regex finds nothing, and matchesOf over a
 * phraseRegex (gated) finds exactly what the same regex without its gate finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, wordGate } from '../../../../lib/analyzer/text/word-gate';
import { GATED } from '../../../../lib/analyzer/phi/quasi';
import { matchesOf, phraseRegex } from '../../../../lib/analyzer/text/terms';
import clinical from '../../../../lib/analyzer/phi/data/clinical-terms.json';
import people from '../../../../lib/analyzer/phi/data/person-references.json';
import q from '../../../../lib/analyzer/phi/data/quasi-identifiers.json';
import cues from '../../../../lib/analyzer/phi/data/name-cues.json';
import fs from 'node:fs';
import path from 'node:path';

/** Every string in every JSON file under lib/analyzer (word lists, myths, cues). */
function dataStrings(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const visit = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.json')) walk(JSON.parse(fs.readFileSync(p, 'utf8')));
    }
  };
  visit(path.resolve(__dirname, '../../../../lib/analyzer'));
  return out;
}

const PHRASE_LISTS = [
  [...clinical.strong, ...clinical.eponyms, ...clinical.weak],
  [...clinical.abbreviations, ...clinical.weakAbbreviations],
  people.patient,
  people.nouns,
  people.clinicianActions,
  q.confirmCare,
  q.staffNews,
  q.selfHealth,
  cues.honorifics.map((h) => `${h}.`).concat(cues.honorifics),
  cues.staffRoles,
];
const PHRASE_REGEXES = PHRASE_LISTS.map((list, i) => ({ re: phraseRegex(list, i === 1 ? 'g' : 'gi'), phrases: list }));
const ALL_PHRASES = [...GATED.flatMap((g) => g.phrases), ...PHRASE_LISTS.flat()];

describe('word gate', () => {
  it('folds letters the way a case-insensitive Unicode regex compares them, for every character the lists use', () => {
    const used = [...new Set(dataStrings().flatMap((p) => [...p]))].filter((c) => /[\p{L}\p{N}_]/u.test(c));
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
    const phrases = ALL_PHRASES;
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
        for (const { re, gate } of GATED) if (!gate.admits(text)) expect([...matchesOf(re, text)].map((m) => m[0])).toEqual([]);
        // A phrase regex through matchesOf (gated) and a copy of it (no gate): the same matches.
        for (const { re } of PHRASE_REGEXES) {
          const plain = new RegExp(re.source, re.flags);
          expect([...matchesOf(re, text)].map((m) => [m.index, m[0]])).toEqual([...matchesOf(plain, text)].map((m) => [m.index, m[0]]));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
