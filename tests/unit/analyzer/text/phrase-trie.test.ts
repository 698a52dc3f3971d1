/**
 * A word list's trie (lib/analyzer/text/phrase-trie.ts) finds exactly what the regex alternation
 * phraseRegex builds finds: the same starts and ends, on every one of our labelled posts for every
 * word list in lib/analyzer's data, and on generated drafts that mix the lists' phrases with
 * case changes, long s, every kind of whitespace, digits, `_`, combining marks, emoji and letters
 * outside the Basic Multilingual Plane right before or after a phrase.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternation, termSource } from '../../../../lib/analyzer/text/terms';
import { lexiconTrie, phraseTrie, yourThen, type TrieOptions } from '../../../../lib/analyzer/text/phrase-trie';
import clinical from '../../../../lib/analyzer/phi/data/clinical-terms.json';
import spanishCues from '../../../../lib/analyzer/phi/data/spanish-cues.json';
import { spanishPhraseRegex } from '../../../../lib/analyzer/text/language';

const ROOT = path.resolve(__dirname, '../../../..');

/** Every list of strings (arrays of at least two strings) in the analyzer's data files that `include` names. */
function dataLists(include = (name: string) => !name.includes('weights')): string[][] {
  const out: string[][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.length >= 2 && v.every((x) => typeof x === 'string')) out.push(v as string[]);
      else v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const visit = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.json') && include(e.name)) walk(JSON.parse(fs.readFileSync(p, 'utf8')));
    }
  };
  visit(path.join(ROOT, 'lib/analyzer'));
  return out;
}

/** The texts of our labelled posts, from the tests/eval files that `include` names. */
function postsOf(include: (file: string) => boolean): string[] {
  return fs.readdirSync(path.join(ROOT, 'tests/eval')).filter((f) => f.endsWith('.jsonl') && include(f)).flatMap((f) =>
    fs.readFileSync(path.join(ROOT, 'tests/eval', f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
}

/** The regex phraseRegex would build (space `\s+`, word boundaries), or its `\s` / alnum variant. */
function regexFor(list: readonly string[], o: TrieOptions): RegExp {
  const b = o.boundary === 'word' ? '[\\p{L}\\p{N}_]' : '[\\p{L}\\p{N}]';
  return new RegExp(`(?<!${b})(?:${alternation(list, { space: o.space === 'run' ? '\\s+' : '\\s' })})(?!${b})`, o.caseInsensitive ? 'giu' : 'gu');
}

const viaRegex = (re: RegExp, text: string) => [...text.matchAll(re)].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length]);
const viaTrie = (trie: NonNullable<ReturnType<typeof phraseTrie>>, text: string) => [...trie.matches(text)];

const LISTS = dataLists();
const OPTIONS: TrieOptions[] = [
  { caseInsensitive: true, space: 'run', boundary: 'word' },
  { caseInsensitive: false, space: 'run', boundary: 'word' },
  { caseInsensitive: true, space: 'one', boundary: 'alnum' },
];

describe('phrase trie', () => {
  it('mirrors the alternation on our labelled posts, for every word list in the data', () => {
    const texts = postsOf(() => true);
    // Every list over every post is a minute of regex matching; each list gets its own twentieth
    // of the posts, so together the lists see them all.
    let compared = 0;
    for (const list of LISTS) {
      const corpus = texts.filter((_, i) => i % 20 === compared % 20).join('\n');
      const o = OPTIONS[compared % OPTIONS.length]!;
      const trie = phraseTrie(list, o);
      if (!trie) continue;
      expect(viaTrie(trie, corpus)).toEqual(viaRegex(regexFor(list, o), corpus));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it('mirrors the alternation on generated drafts', () => {
    const phrases = [...new Set(LISTS.flat())].filter((p) => p.length < 40);
    const mutate = (s: string, flips: number[]) =>
      [...s].map((ch, i) => {
        const f = flips[i % flips.length]!;
        if (f === 1) return ch.toUpperCase();
        if (f === 2 && ch === 's') return 'ſ';
        if (f === 3 && ch === ' ') return '\u00a0';
        if (f === 4 && ch === ' ') return ' \n\t';
        if (f === 5 && ch === 'k') return 'K';
        return ch;
      }).join('');
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...phrases), fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 8 })).map(([p, f]) => mutate(p, f)),
      fc.tuple(fc.constantFrom(...phrases), fc.constantFrom('s', '2', '_', 'é', '\u0301', "'s", '’', '-', '𝐀', '🙂', '\u2028')).map(([p, tail]) => p + tail),
      fc.tuple(fc.constantFrom(...phrases), fc.constantFrom('a', '1', '_', 'ſ', '𝐀', '🙂', '\u200b')).map(([p, head]) => head + p),
      fc.constantFrom('the', 'our', 'at the', 'your', 'my', 'on', 'to', 'in', 'İ', 'ß', 'ẞ'),
      fc.constantFrom(' ', '  ', '\n', ', ', '. ', '!', '(', '-', '’', '\u00a0', '\u3000'),
    );
    const tries = LISTS.slice(0, 60).flatMap((list, i) => {
      const o = OPTIONS[i % OPTIONS.length]!;
      const trie = phraseTrie(list, o);
      return trie ? [{ trie, re: regexFor(list, o) }] : [];
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        for (const { trie, re } of tries) expect(viaTrie(trie, text)).toEqual(viaRegex(re, text));
      }),
      { numRuns: 400 },
    );
  });

  it('"your" then a listed term a few words on: the lazy regex\'s matches', () => {
    const cases: [readonly string[], number, TrieOptions['space'], string][] = [
      [clinical.strong, 2, 'one', '\\s'],
      [clinical.bodyParts, 1, 'literal', ' '],
    ];
    const words = fc.constantFrom('your', 'Your', 'YOUR', 'yours', 'our', 'your\n', 'ſo', 'new', "mom's", 'right', 'left/right', 'a-fib', '2nd', '—', '.', 'x', ...clinical.bodyParts.slice(0, 30), ...clinical.strong.slice(0, 60));
    const seps = fc.constantFrom(' ', '  ', '\n', '\u00a0', ', ', '');
    for (const [terms, gap, space, src] of cases) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])your\\s(?:(?:[\\p{L}\\p{N}/'’-]+\\s){0,${gap}}?)(?:${alternation(terms, space === 'literal' ? {} : { space: src })})(?![\\p{L}\\p{N}])`, 'giu');
      const matcher = yourThen(terms, gap, space)!;
      fc.assert(
        fc.property(fc.array(fc.tuple(words, seps), { maxLength: 10 }), (parts) => {
          const text = parts.map(([w, s]) => w + s).join('');
          expect([...matcher(text)]).toEqual(viaRegex(re, text));
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('Spanish lists, accents optional, composed or decomposed: the same matches as spanishPhraseRegex', () => {
    const lists = dataLists((name) => name.endsWith('-es.json') || name === 'spanish-cues.json');
    expect(lists.length).toBeGreaterThan(20);
    const texts = postsOf((f) => f.includes('-es-'));
    // The posts as typed, and with every accent decomposed, dropped, or capitalized.
    const corpus = texts.join('\n');
    const variants = [corpus, corpus.normalize('NFD'), corpus.normalize('NFD').replace(/\p{M}/gu, ''), corpus.toUpperCase()];
    const phrases = [...new Set(lists.flat())].filter((p) => p.length < 40);
    const piece = fc.oneof(
      fc.constantFrom(...phrases).chain((p) => fc.constantFrom(p, p.normalize('NFD'), p.toUpperCase(), p.replace(/[aeiou]/g, (v) => `${v}\u0301`), p.replace(/ /g, '\n '))),
      fc.tuple(fc.constantFrom(...phrases), fc.constantFrom('\u0301', '\u0301s', '\u0303\u0301', 's', '_', '2', '\u{1d167}')).map(([p, tail]) => p + tail),
      fc.constantFrom(' ', '. ', ', ', '¿', '¡', 'ç', 'Ñ', 'n\u0303', 'İ', '\u00a0'),
    );
    for (const [i, list] of lists.entries()) {
      const flags = i % 5 === 0 ? 'iu' : 'giu';
      const re = spanishPhraseRegex(list, flags);
      const plain = new RegExp(re.source, 'giu');
      const trie = phraseTrie(list, { caseInsensitive: true, space: 'run', boundary: 'word', accents: true });
      if (!trie) continue;
      for (const text of variants.map((v, k) => (k === (i % 4) ? v : '')).filter(Boolean)) expect(viaTrie(trie, text)).toEqual(viaRegex(plain, text));
      if (i % 4 === 0) {
        fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
          const text = parts.join(' ');
          expect(viaTrie(trie, text)).toEqual(viaRegex(plain, text));
        }), { numRuns: 150 });
      }
    }
    expect(phraseTrie(spanishCues.clinicalStrong, { caseInsensitive: true, space: 'run', boundary: 'word', accents: true })).toBeDefined();
  }, 60_000);

  it('misinformation and professionalism lists (lexicon.ts): the sticky alternation\'s match at every word start', () => {
    const style = (caseSensitive: boolean) => ({ lowercase: !caseSensitive, wildcard: true, apostrophes: true, accents: true, space: '[\\s\\-]+' });
    // Lists with wildcards, accents, apostrophes or hyphens first, each over its own share of the posts.
    const lists = [...LISTS.filter((l) => l.some((t) => t.endsWith('*') || /[áéíóúñ'’-]/u.test(t))).slice(0, 80), ...LISTS.slice(0, 20)];
    const texts = postsOf((f) => f.startsWith('misinfo'));
    const starts = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}_])\S/gu)].map((m) => m.index);
    const compare = (list: readonly string[], caseSensitive: boolean, text: string) => {
      const sorted = [...new Set(list)].sort((a, b) => b.length - a.length).filter((t) => t.trim() && t.trim() !== '*');
      const trie = lexiconTrie(sorted, caseSensitive);
      if (!trie || sorted.length === 0) return 0;
      const re = new RegExp(`(?:${sorted.map((t) => termSource(t, style(caseSensitive))).join('|')})(?![\\p{L}\\p{N}_])`, caseSensitive ? 'uy' : 'iuy');
      for (const p of starts(text)) {
        re.lastIndex = p;
        const m = re.exec(text);
        expect([p, trie.matchAt(text, p)]).toEqual([p, m && m[0].length > 0 ? p + m[0].length : -1]);
      }
      return 1;
    };
    let compared = 0;
    lists.forEach((list, i) => {
      const sample = texts.filter((_, k) => k % 60 === i % 60).join('\n');
      compared += compare(list, i % 7 === 3, i % 3 === 0 ? sample.normalize('NFD') : i % 3 === 1 ? sample.toUpperCase() : sample);
    });
    expect(compared).toBeGreaterThan(40);
    const phrases = [...new Set(lists.flat())].filter((p) => p.length < 30);
    const piece = fc.oneof(
      fc.constantFrom(...phrases).chain((p) => fc.constantFrom(p.replace(/\*$/u, ''), p.replace(/\*$/u, 'es'), p.replace(/\*$/u, 'a\u0301s5'), p.normalize('NFD'), p.toUpperCase(), p.replace(/ /g, ' - '), p.replace(/'/g, '’'), p.replace(/[áéíóú]/gu, (c) => c.normalize('NFD')[0]!))),
      fc.constantFrom(' ', '-', '--', ', ', '_', '5', '\u0301', 'ſ', '𝐀'),
    );
    const small = lists.slice(0, 12);
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const text = parts.join(' ');
      for (const [i, list] of small.entries()) compare(list, i % 4 === 3, text);
    }), { numRuns: 150 });
  }, 120_000);

  it('takes the term the alternation tries first, and declines shapes it cannot mirror', () => {
    const trie = phraseTrie(['heart', 'heart attack', 'heart attack survivor'], OPTIONS[0]!)!;
    expect([...trie.matches('a Heart   attack, a heart attacks, heart attack survivors')]).toEqual([[2, 16], [20, 25], [35, 47]]);
    expect(phraseTrie(['a  b'], OPTIONS[0]!)).toBeUndefined();
    expect(phraseTrie(['', 'b'], OPTIONS[0]!)).toBeUndefined();
    expect(phraseTrie(['a\tb'], OPTIONS[0]!)).toBeUndefined();
  });
});
