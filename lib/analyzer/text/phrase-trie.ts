/**
 * A word list matched with a character trie, with exactly the matches of the regex alternation
 * phraseRegex (terms.ts) builds from it: `(?<![\p{L}\p{N}_])(?:term|term|…)(?![\p{L}\p{N}_])`,
 * terms longest first, a space in a term matching a run of whitespace, case-insensitive by Unicode
 * simple case folding.
 *
 * Why (issue 11): V8 compiles a regex the first time it runs, and an alternation of a few thousand
 * terms, case-insensitive and Unicode, took 60–140 ms to compile in a woken worker before its first
 * result, then tried every alternative at every word start of a long draft. A trie is built in a
 * few milliseconds and walks each word start once, however many terms the list holds.
 *
 * Equivalence, step by step with the regex: the scan tries each position from left to right where
 * the code point before is no letter, digit or `_`; there it walks the trie over the text, folding
 * both sides alike (word-gate.ts's foldWord, which tests compare with V8 for every letter the lists
 * use); among the terms that end where the code point after is no letter, digit or `_`, it takes
 * the one the alternation would try first (the longest term, the first of equal ones); after a
 * match it goes on from the match's end. tests/unit/analyzer/text/phrase-trie.test.ts compares the
 * two on our posts and on generated strings. A list this cannot mirror (an empty term, two spaces
 * in a row, whitespace other than a space) gets no trie, and its regex runs as before.
 */
import { foldWord } from './word-gate';

/** What may not touch a match: `word` = `[\p{L}\p{N}_]` (phraseRegex), `alnum` = `[\p{L}\p{N}]`. */
export type Boundary = 'word' | 'alnum';

export interface TrieOptions {
  caseInsensitive: boolean;
  /** What a space inside a term matches: `run` = `\s+` (phraseRegex), `one` = `\s`, `literal` = a space. */
  space: 'run' | 'one' | 'literal';
  boundary: Boundary;
  /**
   * Spanish accents (language.ts spanishPhraseRegex): each a, e, i, o, u and n of a term matches
   * itself with or without its accent or tilde (`[aáàä]`, `[nñ]`), then one optional combining
   * mark (COMBINING_MARK); terms are read lowercase and composed (NFC).
   */
  accents?: boolean;
}

interface Node {
  next: Map<string, Node>;
  /** The alternation's order of the first term ending here (lower is tried first); -1 for none. */
  rank: number;
}

/** The key of a space in a term: no text character folds to it. */
const SPACE = '\u0000 ';
const newNode = (): Node => ({ next: new Map(), rank: -1 });

// JavaScript's \s, as the regex sees it.
const WHITESPACE = /\s/u;
const BOUNDARY_CHARS: Record<Boundary, RegExp> = { word: /[\p{L}\p{N}_]/u, alnum: /[\p{L}\p{N}]/u };

/** Whether a code unit is whitespace as `\s` sees it (cached beyond ASCII as texts meet them). */
const isSpaceCache = new Map<number, boolean>();
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  let v = isSpaceCache.get(code);
  if (v === undefined) isSpaceCache.set(code, (v = WHITESPACE.test(String.fromCharCode(code))));
  return v;
}

/** The code point of `text` that ends at `end` (exclusive), or undefined at the start. */
function codePointBefore(text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1];
}

function codePointAt(text: string, at: number): string | undefined {
  if (at >= text.length) return undefined;
  const cp = text.codePointAt(at)!;
  return String.fromCodePoint(cp);
}

const ASCII_WORD = (code: number, boundary: Boundary) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (boundary === 'word' && code === 95);

/** True when the code point is a letter or digit (or `_` for `word`): one that may not touch a match. */
function touches(cp: string | undefined, boundary: Boundary): boolean {
  if (cp === undefined) return false;
  const code = cp.charCodeAt(0);
  if (code < 128) return ASCII_WORD(code, boundary);
  return BOUNDARY_CHARS[boundary].test(cp);
}

/** The letters a Spanish accent class holds, by the class's bare letter (language.ts ACCENT_CLASSES). */
export const ACCENT_BASE: Readonly<Record<string, string>> = {
  a: 'a', á: 'a', à: 'a', ä: 'a', e: 'e', é: 'e', è: 'e', ë: 'e', i: 'i', í: 'i', ì: 'i', ï: 'i',
  o: 'o', ó: 'o', ò: 'o', ö: 'o', u: 'u', ú: 'u', ù: 'u', ü: 'u', n: 'n', ñ: 'n',
};
/**
 * The combining marks an accent class takes after its letter, as regex source: the blocks Latin
 * text decomposes into (NFD writes Spanish accents and the tilde as U+0301, U+0300, U+0308,
 * U+0303). Not `\p{M}`: V8 resolves each `\p{M}` of a pattern when it parses it, and the Spanish
 * clinical list holds thousands (215 ms to construct its regex, 1.7 ms with these ranges).
 */
export const COMBINING_MARK = '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]';
const isMark = (code: number) =>
  (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);

/** The length of the combining mark at `at` (0 when there is none): what `COMBINING_MARK?` takes there. */
function markAt(text: string, at: number): number {
  return at < text.length && isMark(text.charCodeAt(at)) ? 1 : 0;
}

/** A code unit folded as the case-insensitive regex compares it (identity for surrogates). */
const foldCache = new Map<string, string>();
function foldUnit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code >= 0xd800 && code <= 0xdfff) return ch;
  let f = foldCache.get(ch);
  if (f === undefined) foldCache.set(ch, (f = foldWord(ch)));
  return f;
}

export interface PhraseTrie {
  /** The end of the match the alternation makes at `at` (no lookbehind check), or -1. */
  matchAt(text: string, at: number): number;
  /** Every match in `text`, as the global regex finds them: [start, end] pairs. */
  matches(text: string): Generator<[number, number]>;
}

/**
 * A trie mirroring the alternation of `terms` (deduplicated, longest first, as terms.ts's
 * `alternation` orders them), or undefined when a term has a shape it does not mirror.
 */
export function phraseTrie(terms: readonly string[], options: TrieOptions): PhraseTrie | undefined {
  const { caseInsensitive, space, boundary } = options;
  const accents = options.accents === true;
  const root = newNode();
  const ordered = [...new Set(terms)].sort((a, b) => b.length - a.length);
  for (let rank = 0; rank < ordered.length; rank++) {
    // spanishPhraseRegex neither trims a term nor folds a mark in it: such terms keep the regex.
    const raw = ordered[rank]!;
    const body = accents ? raw.toLowerCase().normalize('NFC') : raw.trim();
    if (!body || / {2}/u.test(body) || /[^\S ]/u.test(body) || (accents && (body !== body.trim() || /\p{M}/u.test(body)))) return undefined;
    let node = root;
    for (const ch of body.split('')) {
      const folded = caseInsensitive ? foldUnit(ch) : ch;
      const key = ch === ' ' ? SPACE : accents ? (ACCENT_BASE[ch] ?? folded) : folded;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    if (node.rank < 0) node.rank = rank;
  }

  const matchAt = (text: string, at: number): number => {
    let node: Node | undefined = root;
    let i = at;
    let bestRank = Infinity;
    let bestEnd = -1;
    // Where the last letter ended before the mark an accent class took, if it took one: the regex
    // gives the mark back when the word goes on after it (the mark is no letter, so the lookahead
    // then holds).
    let beforeMark = -1;
    for (;;) {
      if (node.rank >= 0 && node.rank < bestRank) {
        if (!touches(codePointAt(text, i), boundary)) {
          bestRank = node.rank;
          bestEnd = i;
        } else if (beforeMark >= 0) {
          bestRank = node.rank;
          bestEnd = beforeMark;
        }
      }
      beforeMark = -1;
      if (i >= text.length) break;
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        node = space === 'literal' && code !== 32 ? undefined : node.next.get(SPACE);
        if (!node) break;
        i++;
        if (space === 'run') while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        continue;
      }
      const ch = text[i]!;
      const folded = caseInsensitive ? foldUnit(ch) : ch;
      const base = accents ? ACCENT_BASE[folded] : undefined;
      node = node.next.get(base ?? folded);
      if (!node) break;
      i++;
      if (base !== undefined) {
        const mark = markAt(text, i);
        if (mark > 0) {
          beforeMark = i;
          i += mark;
        }
      }
    }
    return bestEnd;
  };

  return {
    matchAt,
    *matches(text) {
      let at = 0;
      while (at < text.length) {
        // Inside a word (the common case) no match can start: skip on without a lookup.
        const folded = caseInsensitive ? foldUnit(text[at]!) : text[at]!;
        if (!root.next.has(accents ? (ACCENT_BASE[folded] ?? folded) : folded)) {
          at++;
          continue;
        }
        if (touches(codePointBefore(text, at), boundary)) {
          at++;
          continue;
        }
        const end = matchAt(text, at);
        if (end > at) {
          yield [at, end];
          at = end;
        } else at++;
      }
    },
  };
}

// "your" not inside a word, then one whitespace; then a word of the gap, then one whitespace.
const YOUR = /(?<![\p{L}\p{N}])your\s/giu;
const GAP_WORD = /[\p{L}\p{N}/'’-]+\s/uy;

/**
 * The matches of `(?<![\p{L}\p{N}])your\s(?:(?:[\p{L}\p{N}/'’-]+\s){0,gap}?)(?:terms)(?![\p{L}\p{N}])`
 * (flags `giu`, the terms' spaces as `space` says): "your" and a listed term at most `gap` words
 * later, the fewest words first, as the lazy regex tries them. Undefined when the terms have a
 * shape the trie does not mirror.
 */
export function yourThen(terms: readonly string[], gap: number, space: TrieOptions['space']): ((text: string) => Generator<[number, number]>) | undefined {
  const trie = phraseTrie(terms, { caseInsensitive: true, space, boundary: 'alnum' });
  if (!trie) return undefined;
  return function* (text) {
    const lead = new RegExp(YOUR.source, YOUR.flags);
    let m: RegExpExecArray | null;
    while ((m = lead.exec(text)) !== null) {
      let at = m.index + m[0].length;
      let end: number;
      for (let words = 0; ; words++) {
        end = trie.matchAt(text, at);
        if (end >= 0 || words === gap) break;
        GAP_WORD.lastIndex = at;
        const w = GAP_WORD.exec(text);
        if (!w) break;
        at += w[0].length;
      }
      if (end >= 0) {
        yield [m.index, end];
        lead.lastIndex = end;
      } else lead.lastIndex = m.index + 1;
    }
  };
}

// ---- The misinformation and professionalism word lists (lexicon.ts TermList) ----

/** The key of a space in a lexicon term: it matches a run of spaces and hyphens (`[\s\-]+`). */
const GAP = '\u0000-';
/** Accented letters terms.ts's accentInsensitive expands (each: itself, decomposed, or bare). */
const ACCENTED = /[áéíóúüñàèìòùâêîôûäëïö]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const MARK_ONLY = /\p{M}/u;
const NUMBER_OR_UNDERSCORE = /[\p{N}_]/u;

interface LexNode {
  next: Map<string, LexNode>;
  /** Order of the first term ending here whole, and of the first whose trailing `*` starts here; -1 for none. */
  rank: number;
  wildRank: number;
}

/** A word list's trie for lexicon.ts: the end of the match its alternation makes at a word start. */
export interface LexiconTrie {
  matchAt(text: string, at: number): number;
}

/**
 * A trie with exactly the matches, at a given start, of the sticky regex lexicon.ts builds from
 * `terms` (in that order) with terms.ts's termSource style `{ lowercase: !caseSensitive, wildcard,
 * apostrophes, accents, space: '[\s\-]+' }` and `(?![\p{L}\p{N}_])` after it: an apostrophe matches
 * ' or ’, an accented letter matches itself, its decomposed form or its bare letter, a space matches
 * a run of spaces and hyphens, and a trailing `*` any further letters and marks. Undefined for a
 * term it does not mirror (a space next to a hyphen or another space).
 */
export function lexiconTrie(terms: readonly string[], caseSensitive: boolean): LexiconTrie | undefined {
  const root: LexNode = { next: new Map(), rank: -1, wildRank: -1 };
  const fold = (ch: string) => (caseSensitive ? ch : foldUnit(ch));
  for (let rank = 0; rank < terms.length; rank++) {
    const t = terms[rank]!;
    const wild = t.endsWith('*');
    let body = (wild ? t.slice(0, -1) : t).trim();
    if (!caseSensitive) body = body.toLowerCase();
    if (!body || /\s[\s-]|-\s/u.test(body) || /[^\S ]/u.test(body)) return undefined;
    // Each character's spellings, as the regex alternation tries them.
    const spellings = body.split('').map((ch): string[][] => {
      if (ch === ' ') return [[GAP]];
      if (ch === "'") return [["'"], ['’']];
      if (ACCENTED.test(ch)) {
        const nfd = ch.normalize('NFD');
        return [[ch], nfd.split(''), [nfd[0]!]];
      }
      return [[ch]];
    });
    let frontier: LexNode[] = [root];
    for (const options of spellings) {
      const next: LexNode[] = [];
      for (const node of frontier) {
        for (const units of options) {
          let n = node;
          for (const u of units) {
            const key = u === GAP ? GAP : fold(u);
            let child = n.next.get(key);
            if (!child) n.next.set(key, (child = { next: new Map(), rank: -1, wildRank: -1 }));
            n = child;
          }
          if (!next.includes(n)) next.push(n);
        }
      }
      frontier = next;
    }
    for (const n of frontier) {
      if (wild) { if (n.wildRank < 0) n.wildRank = rank; }
      else if (n.rank < 0) n.rank = rank;
    }
  }

  /** Where `[\p{L}\p{M}]*` then `(?![\p{L}\p{N}_])` ends from `i` (greedy, then giving back), or -1. */
  const wildEnd = (text: string, i: number): number => {
    let j = i;
    let lastMark = -1;
    while (j < text.length) {
      const cp = codePointAt(text, j)!;
      const code = cp.charCodeAt(0);
      const letter = code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER_OR_MARK.test(cp);
      if (!letter) break;
      if (code >= 128 && MARK_ONLY.test(cp)) lastMark = j;
      j += cp.length;
    }
    if (j >= text.length || !NUMBER_OR_UNDERSCORE.test(codePointAt(text, j)!)) return j;
    return lastMark;
  };

  return {
    matchAt(text, at) {
      let bestRank = Infinity;
      let bestEnd = -1;
      const consider = (rank: number, end: number) => {
        // The lowest-ranked term wins; of one term's spellings, a decomposed accent (tried before
        // the bare letter) is the longer match.
        if (rank < bestRank || (rank === bestRank && end > bestEnd)) {
          bestRank = rank;
          bestEnd = end;
        }
      };
      const stack: [LexNode, number][] = [[root, at]];
      while (stack.length > 0) {
        const [node, i] = stack.pop()!;
        if (node.rank >= 0 && node.rank <= bestRank && !touches(codePointAt(text, i), 'word')) consider(node.rank, i);
        if (node.wildRank >= 0 && node.wildRank <= bestRank) {
          const end = wildEnd(text, i);
          if (end >= 0) consider(node.wildRank, end);
        }
        if (i >= text.length) continue;
        const ch = text[i]!;
        const code = ch.charCodeAt(0);
        if (code === 45 || isSpace(code)) {
          const gap = node.next.get(GAP);
          if (gap) {
            let j = i + 1;
            while (j < text.length && (text.charCodeAt(j) === 45 || isSpace(text.charCodeAt(j)))) j++;
            stack.push([gap, j]);
          }
        }
        const child = node.next.get(fold(ch));
        if (child) stack.push([child, i + 1]);
      }
      return bestEnd;
    },
  };
}
