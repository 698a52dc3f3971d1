/** Small text helpers shared by rules. All regexes built here are alternations of literals. */
import { compileRegex, countBuild, warmer } from './memo';
import { phraseTrie, type TrieOptions } from './phrase-trie';
import { wordGate, type WordGate } from './word-gate';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How a term's text becomes regex source: see termSource. */
export interface TermStyle {
  /** What a space inside a term matches (default: one literal space). */
  space?: string;
  /** Lowercase the term (for case-insensitive lists written in any case). */
  lowercase?: boolean;
  /** A trailing `*` matches any further letters ("vaccin*" matches "vaccines"). */
  wildcard?: boolean;
  /** An apostrophe matches a straight or curly one ("don't", "don’t"). */
  apostrophes?: boolean;
  /**
   * An accented letter matches itself, its decomposed form or its bare letter ("vacunación"
   * matches "vacunacion" and "vacunacio\u0301n"; "niño" matches "nino"): Spanish is typed with and
   * without accents, and some keyboards send decomposed ones (issue 15).
   */
  accents?: boolean;
}

/** Accented letters Spanish (and a few borrowed English words) use, by their bare letter. */
const ACCENTED = /[áéíóúüñàèìòùâêîôûäëïö]/gu;

/** Each accented letter of `s` (already escaped) as a group of its three spellings: literals only. */
function accentInsensitive(s: string): string {
  return s.replace(ACCENTED, (c) => {
    const parts = c.normalize('NFD');
    return `(?:${c}|${parts}|${parts[0]})`;
  });
}

/** A string without accents or other combining marks, composed or decomposed: "Vacunación" → "Vacunacion". */
export function foldAccents(s: string): string {
  return /[\u0080-\uffff]/u.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s;
}

/** One term as regex source: an escaped literal, shaped by `style`. */
export function termSource(term: string, style: TermStyle = {}): string {
  const prefix = style.wildcard === true && term.endsWith('*');
  let body = (prefix ? term.slice(0, -1) : term).trim();
  if (style.lowercase) body = body.toLowerCase();
  let src = escapeRegex(body);
  if (style.apostrophes) src = src.replace(/'/g, "['’]");
  if (style.space !== undefined) src = src.replace(/ /g, style.space);
  if (style.accents) src = accentInsensitive(src);
  // With accents, a run-on may hold decomposed accents ("vacun*" over "vacunacio\u0301n").
  return prefix ? `${src}${style.accents ? '[\\p{L}\\p{M}]*' : '\\p{L}*'}` : src;
}

/**
 * The one term-to-regex builder: an alternation of `terms` as literals, without duplicates and
 * longest first, so "medical record number" wins over "medical record". Only literals (and a
 * letter run after a wildcard) go in, with nothing nested: the result is linear-time.
 */
export function alternation(terms: readonly string[], style: TermStyle = {}): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((t) => termSource(t, style))
    .join('|');
}

/**
 * The word gates of the regexes phraseRegex built (see word-gate.ts): matchesOf skips one on a text
 * that holds none of its phrases, so its regex is compiled only when a draft first may match it.
 * A phrase's words are whole words wherever it matches: the regex puts no letter, digit or `_`
 * before or after a phrase, and a phrase's own words are parted by spaces or punctuation.
 */
const PHRASE_GATES = new WeakMap<RegExp, WordGate>();

/** A function finding exactly what a regex finds, as [start, end] pairs (see phrase-trie.ts). */
export type Matcher = (text: string) => Iterable<[number, number]>;

/**
 * Regexes that matchesOf, hasMatch and cueBefore run as a matcher instead: a word list's trie
 * finds the same matches without compiling a regex of thousands of alternatives (issue 11). Each
 * is built when a draft first needs it (or by the warm-up); undefined means the regex runs.
 */
const MATCHERS = new WeakMap<RegExp, () => Matcher | undefined>();

/** Runs `re` through the matcher `build` makes (built once, on first use) wherever terms.ts runs it. */
export function matchWith(re: RegExp, build: () => Matcher | undefined): void {
  let built: { matcher: Matcher | undefined } | undefined;
  const get = () => {
    if (!built) {
      countBuild();
      built = { matcher: build() };
    }
    return built.matcher;
  };
  MATCHERS.set(re, get);
  warmer(() => void get());
}

/** A regex matching any of `phrases` as whole words. Spaces in a phrase match any run of spaces. */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const body = alternation(phrases, { space: '\\s+' });
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags.includes('u') ? flags : `${flags}u`);
  PHRASE_GATES.set(re, wordGate(phrases, 'word'));
  matchWithTrie(re, phrases, { caseInsensitive: re.flags.includes('i'), space: 'run', boundary: 'word' });
  return re;
}

/** Runs `re`, the alternation of `phrases`, as their trie (phrase-trie.ts) wherever terms.ts runs it. */
export function matchWithTrie(re: RegExp, phrases: readonly string[], options: TrieOptions): void {
  matchWith(re, () => {
    const trie = phraseTrie(phrases, options);
    // A list the trie does not mirror runs as a regex: compile it ahead, as before.
    if (!trie) compileRegex(re);
    return trie && ((text) => trie.matches(text));
  });
}

/** Whether `re` matches anywhere in `s` (its matcher when it has one). */
export function hasMatch(re: RegExp, s: string): boolean {
  if (PHRASE_GATES.get(re)?.admits(s) === false) return false;
  const matcher = MATCHERS.get(re)?.();
  if (matcher) {
    for (const _ of matcher(s)) return true;
    return false;
  }
  return stateless(re).test(s);
}

// Global copies of the regexes matchesOf walks, kept for reuse: compiling a copy on every call
// cost more than matching (13 % of an analysis). A copy in use is out of the pool, so nested or
// interleaved walks of one regex each get their own.
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp[]>();

/** Every match of a global regex, without the lastIndex pitfalls of a shared RegExp. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (PHRASE_GATES.get(re)?.admits(text) === false) return;
  const matcher = MATCHERS.get(re)?.();
  if (matcher) {
    for (const [start, end] of matcher(text)) yield execArray(text, start, end);
    return;
  }
  let pool = GLOBAL_COPIES.get(re);
  if (!pool) GLOBAL_COPIES.set(re, (pool = []));
  const g = pool.pop() ?? new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  g.lastIndex = 0;
  try {
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)) !== null) {
      if (m[0].length === 0) g.lastIndex++;
      yield m;
    }
  } finally {
    g.lastIndex = 0;
    pool.push(g);
  }
}

/** What `exec` returns for a match without groups at [start, end). */
function execArray(text: string, start: number, end: number): RegExpExecArray {
  return Object.assign([text.slice(start, end)], { index: start, input: text, groups: undefined }) as RegExpExecArray;
}

// Cue regexes are long alternations: compile each stateless copy once, not once per call.
const STATELESS = new WeakMap<RegExp, RegExp>();
function stateless(re: RegExp): RegExp {
  if (!re.global && !re.sticky) return re;
  let s = STATELESS.get(re);
  if (!s) STATELESS.set(re, (s = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))));
  return s;
}

/** True when `re` matches within the `window` characters before `index`. */
export function cueBefore(text: string, index: number, re: RegExp, window = 40): boolean {
  return hasMatch(re, text.slice(Math.max(0, index - window), index));
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/**
 * Runs of spelled-out digits ("four one five, five five five…"), as [start, end, digits]. Each
 * word is one bounded alternative followed by a bounded separator: linear time.
 */
export function* spelledDigits(text: string, minDigits: number): Generator<[number, number, string]> {
  const re = /(?<!\p{L})(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[\s,.-]{1,3}|$)){7,16}/giu;
  for (const m of matchesOf(re, text)) {
    const words = m[0].toLowerCase().match(/\p{L}+/gu) ?? [];
    const digits = words.map((w) => DIGIT_WORDS[w] ?? '').join('');
    if (digits.length < minDigits) continue;
    const trimmed = m[0].replace(/(?<![\s,.-])[\s,.-]+$/u, '');
    yield [m.index, m.index + trimmed.length, digits];
  }
}

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Luhn checksum, used by card and some account numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Word lists with another language's words added to the lists of the same name (issue 15: the
 * Spanish lists live in `*-es.json` files beside the English ones). Keys starting with `_` are
 * notes; a key with no English list is a mistake in the data file and throws at load.
 */
export function mergeLists<T extends object>(base: T, extra: Readonly<Record<string, unknown>>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, words] of Object.entries(extra)) {
    if (key.startsWith('_')) continue;
    const own = out[key];
    if (!Array.isArray(own) || !Array.isArray(words)) throw new Error(`mergeLists: no list named ${key}`);
    out[key] = [...(own as unknown[]), ...(words as unknown[])];
  }
  return out as T;
}
