/**
 * Word lists as regexes, for the misinformation and professionalism rules.
 *
 * A term is a lowercase phrase; a space matches any run of spaces or hyphens ("anti vax" matches
 * "anti-vax"), and a trailing `*` matches any further letters ("vaccin*" matches "vaccines",
 * "vaccinated"). The built regex is an alternation of escaped literals, each optionally followed
 * by `\p{L}*`, between word boundaries: no nested quantifiers, so matching stays linear.
 *
 * The regexes define what matches; each list is run as a trie with the same matches
 * (phrase-trie.ts lexiconTrie), so no regex of a few hundred alternatives is compiled or tried at
 * every word start (issue 11). A term the trie cannot mirror keeps its bucket on the regex.
 */
import { compileRegex, countBuild, warmer } from './memo';
import { foldAccents, termSource, type TermStyle } from './terms';
import { lexiconTrie, type LexiconTrie } from './phrase-trie';

const style = (caseSensitive: boolean): TermStyle => ({ lowercase: !caseSensitive, wildcard: true, apostrophes: true, accents: true, space: '[\\s\\-]+' });

/**
 * A list's terms split by their first letter, so a scan tries at each word start only the terms
 * that can begin there. V8 tries every alternative of an alternation at every character; with
 * ~3,000 terms that cost ~0.4 ms per 100 characters per list.
 */
interface Buckets {
  /** Lowercase (unless case-sensitive) first two code units of each term whose first two are letters or digits. */
  pairs: Set<string>;
  /** First code units of the other terms (one letter long, apostrophe or space second, punctuation). */
  singles: Set<string>;
  /** The terms by first code unit, in the list's order: each unit's trie, or sticky regex (see `sticky`). */
  raw: Map<string, string[]>;
  tries: Map<string, LexiconTrie | null>;
  compiled: Map<string, RegExp>;
  caseSensitive: boolean;
  /**
   * The first words of the terms, folded (lowercase, no accents), for a cheap test before a sticky
   * regex runs: a term can match at a word start only if the text's first word there equals its
   * first word, or begins with it when the term is one word with a trailing `*`. Absent for
   * case-sensitive lists; first units whose terms start with punctuation are always tried.
   */
  heads?: Heads;
}

interface Heads {
  exact: Set<string>;
  prefixes: Set<string>;
  /** The distinct lengths of `prefixes`. */
  prefixLengths: number[];
  /** First code units (lowercase, and folded) some term starting with no letter or digit has. */
  open: Set<string>;
}

/** The letters, digits and combining marks a word starts with: what `Heads` compare. */
const LEAD = /[\p{L}\p{N}\p{M}]*/uy;

function leadOf(text: string, at: number): string {
  LEAD.lastIndex = at;
  const m = LEAD.exec(text);
  return m ? m[0] : '';
}

function headsOf(bodies: readonly string[]): Heads {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const open = new Set<string>();
  for (const body of bodies) {
    const lead = leadOf(body, 0);
    if (!lead) {
      open.add(body[0]!);
      open.add(foldAccents(body[0]!));
      if (body[0] === "'" || body[0] === '’') open.add("'").add('’');
      continue;
    }
    const folded = foldAccents(lead);
    if (body === `${lead}*`) prefixes.add(folded);
    else exact.add(folded);
  }
  return { exact, prefixes, prefixLengths: [...new Set([...prefixes].map((p) => p.length))], open };
}

const PAIR = /^[\p{L}\p{N}]{2}$/u;

function buckets(terms: readonly string[], caseSensitive: boolean): Buckets {
  const raw = new Map<string, string[]>();
  const pairs = new Set<string>();
  const singles = new Set<string>();
  for (const t of terms) {
    const body = caseSensitive ? t.trim() : t.trim().toLowerCase();
    if (!body || body === '*') continue;
    // A term with accents is also found where the text has none or decomposed ones ("cáncer" in
    // "cancer", "ca\u0301ncer"): its bucket keys include the bare letters.
    const firsts = body[0] === "'" || body[0] === '’' ? ["'", '’'] : [...new Set([body[0]!, foldAccents(body[0]!)])];
    const two = body.slice(0, 2);
    for (const f of firsts) {
      if (PAIR.test(two) && !(body.endsWith('*') && body.length === 2)) {
        pairs.add(two);
        pairs.add(foldAccents(two));
      } else singles.add(f);
      const list = raw.get(f) ?? (raw.set(f, []), raw.get(f)!);
      list.push(t);
    }
  }
  const bodies = terms.map((t) => t.trim().toLowerCase()).filter((b) => b && b !== '*');
  return { pairs, singles, raw, tries: new Map(), compiled: new Map(), caseSensitive, ...(caseSensitive ? {} : { heads: headsOf(bodies) }) };
}

/** True when some term of the list may start at word start `i` (see `Buckets.heads`). */
function headAllows(h: Heads, s: Starts, i: number): boolean {
  if (h.open.has(s.lower[i]![0]!)) return true;
  const heads = (s.heads ??= []);
  const head = (heads[i] ??= foldAccents(leadOf(s.text, s.at[i]!).toLowerCase()));
  if (h.exact.has(head)) return true;
  for (const n of h.prefixLengths) if (n <= head.length && h.prefixes.has(head.slice(0, n))) return true;
  return false;
}

/**
 * The trie of the terms starting with `first` (phrase-trie.ts lexiconTrie: the sticky regex's
 * matches without compiling it), built when a text first needs it; null when the regex must run.
 */
function trieOf(b: Buckets, first: string): LexiconTrie | null | undefined {
  let trie = b.tries.get(first);
  if (trie === undefined) {
    const list = b.raw.get(first);
    if (!list) return undefined;
    countBuild();
    trie = lexiconTrie(list, b.caseSensitive) ?? null;
    b.tries.set(first, trie);
  }
  return trie;
}

/** The sticky regex of the terms starting with `first`, compiled when a text first needs it. */
function sticky(b: Buckets, first: string): RegExp | undefined {
  let re = b.compiled.get(first);
  if (re === undefined) {
    const list = b.raw.get(first);
    if (!list) return undefined;
    countBuild();
    re = new RegExp(`(?:${list.map((t) => termSource(t, style(b.caseSensitive))).join('|')})(?![\\p{L}\\p{N}_])`, b.caseSensitive ? 'uy' : 'iuy');
    b.compiled.set(first, re);
  }
  return re;
}

/**
 * A word list ready for hitsIn: terms as whole words, case-insensitive unless asked, the same
 * leftmost, longest-listed-first matches as one alternation regex of the terms would give.
 *
 * Nothing is compiled until a draft is scanned (then only the terms that start with letters the
 * draft's words start with): the myth patterns alone hold several hundred lists, and compiling
 * them all when the worker starts delayed its first result (issue 11).
 */
export class TermList {
  private readonly terms: readonly string[];
  private b: Buckets | undefined;
  constructor(terms: readonly string[], readonly caseSensitive = false) {
    this.terms = [...new Set(terms)].sort((a, b) => b.length - a.length);
    warmer(() => {
      const b = this.buckets;
      for (const first of b.raw.keys()) if (trieOf(b, first) === null) compileRegex(sticky(b, first)!);
    });
  }
  /** @internal */
  get buckets(): Buckets {
    if (!this.b) countBuild();
    return (this.b ??= buckets(this.terms, this.caseSensitive));
  }
}

/** What hitsIn scans for: a word list, or a global regex (whose match must start a word). */
export type Terms = TermList | RegExp;

/** A word list matching any of `terms` as whole words (case-insensitive unless asked). */
export function termRegex(terms: readonly string[], caseSensitive = false): TermList {
  return new TermList(terms, caseSensitive);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export interface Hit {
  start: number;
  end: number;
}

/** Where a word may start: the text's non-space characters that follow no letter, digit or _. */
const START = /(?<![\p{L}\p{N}_])\S/gu;

interface Starts {
  text: string;
  at: number[];
  /** The two code units at each start, lowercase and as written. */
  lower: string[];
  exact: string[];
  /** The folded first word at each start (`Buckets.heads`), filled in as scans ask. */
  heads?: string[];
  /** Where each two-unit key and each first unit starts words, built when a scan first needs it. */
  lowerIndex?: KeyIndex;
  exactIndex?: KeyIndex;
}
/** Indexes into `Starts.at`, in order, by the key at that start and by the key's first unit. */
interface KeyIndex {
  pairs: Map<string, number[]>;
  firsts: Map<string, number[]>;
}
let starts: Starts | undefined;

function startsOf(text: string): Starts {
  if (starts?.text === text) return starts;
  const at: number[] = [];
  const lower: string[] = [];
  const exact: string[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text)) !== null) {
    const two = text.slice(m.index, m.index + 2);
    at.push(m.index);
    exact.push(two);
    lower.push(two.toLowerCase());
  }
  return (starts = { text, at, lower, exact });
}

function keyIndex(s: Starts, caseSensitive: boolean): KeyIndex {
  const have = caseSensitive ? s.exactIndex : s.lowerIndex;
  if (have) return have;
  const keys = caseSensitive ? s.exact : s.lower;
  const pairs = new Map<string, number[]>();
  const firsts = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, k: string, i: number) => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  keys.forEach((k, i) => {
    add(pairs, k, i);
    add(firsts, k[0]!, i);
  });
  const index = { pairs, firsts };
  if (caseSensitive) s.exactIndex = index;
  else s.lowerIndex = index;
  return index;
}

/**
 * The word starts (indexes into `s.at`, in order) whose key begins some term of the list: looked
 * up by key rather than by testing every start, so a list none of whose first letters the text
 * holds costs a few Set lookups (the myth patterns alone hold hundreds of lists).
 */
function candidateStarts(b: Buckets, s: Starts): readonly number[] {
  const index = keyIndex(s, b.caseSensitive);
  const lists: number[][] = [];
  const collect = (wanted: Set<string>, have: Map<string, number[]>) => {
    if (wanted.size <= have.size) {
      for (const k of wanted) {
        const l = have.get(k);
        if (l) lists.push(l);
      }
    } else for (const [k, l] of have) if (wanted.has(k)) lists.push(l);
  };
  collect(b.pairs, index.pairs);
  collect(b.singles, index.firsts);
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  const all = lists.flat().sort((x, y) => x - y);
  return all.filter((x, i) => i === 0 || all[i - 1] !== x);
}

/** Below this many word starts in the scanned range, testing each start beats looking keys up. */
const SCAN_EACH_BELOW = 48;

/** The first of `count` items, in order of start (`startAt(i)`), that starts at or after `from`. */
function firstAtOrAfter(count: number, startAt: (i: number) => number, from: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startAt(mid) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every match of `re` in `text` between `from` and `to`. */
export function hitsIn(re: Terms, text: string, from = 0, to = text.length): Hit[] {
  const out: Hit[] = [];
  // Search only up to `to` (extended to the end of a word, so boundaries stay right); V8 slices
  // share the original string, so this costs nothing and stops the scan running to the end.
  let end = to;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  const hay = end >= text.length ? text : text.slice(0, end);
  if (re instanceof TermList) {
    const b = re.buckets;
    // Only at word starts whose first letters begin some term; the same leftmost, first-listed,
    // non-overlapping matches as scanning with the whole regex.
    const s = startsOf(text);
    const keys = b.caseSensitive ? s.exact : s.lower;
    const lo = firstAtOrAfter(s.at.length, (k) => s.at[k]!, from);
    const hi = firstAtOrAfter(s.at.length, (k) => s.at[k]!, to);
    let next = from;
    const tryAt = (i: number) => {
      const p = s.at[i]!;
      if (p < next) return;
      const key = keys[i]!;
      if (!b.pairs.has(key) && !b.singles.has(key[0]!)) return;
      if (b.heads && !headAllows(b.heads, s, i)) return;
      let length: number;
      const trie = trieOf(b, key[0]!);
      if (trie) length = Math.max(0, trie.matchAt(hay, p) - p);
      else {
        const first = sticky(b, key[0]!);
        if (!first) return;
        first.lastIndex = p;
        const m = first.exec(hay);
        length = m ? m[0].length : 0;
      }
      if (length === 0) return;
      if (p + length <= to) out.push({ start: p, end: p + length });
      next = p + length;
    };
    if (hi - lo < SCAN_EACH_BELOW) {
      for (let i = lo; i < hi; i++) tryAt(i);
    } else {
      const candidates = candidateStarts(b, s);
      for (let c = firstAtOrAfter(candidates.length, (k) => candidates[k]!, lo); c < candidates.length && candidates[c]! < hi; c++) tryAt(candidates[c]!);
    }
    return out;
  }
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null && m.index < to) {
    if (m.index > 0 && WORD_CHAR.test(hay[m.index - 1]!)) {
      re.lastIndex = m.index + 1; // started inside a word ("screenshot"): not a match, look further
      continue;
    }
    if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

let memo: { text: string; hits: Map<Terms, Hit[]> } | undefined;

/**
 * Like hitsIn, but scans the whole text once per regex and remembers the hits for the last text
 * analysed: context cues are looked up around every claim, and rescanning made that quadratic.
 */
export function cachedHitsIn(re: Terms, text: string, from = 0, to = text.length): Hit[] {
  if (memo?.text !== text) memo = { text, hits: new Map() };
  let all = memo.hits.get(re);
  if (!all) memo.hits.set(re, (all = hitsIn(re, text)));
  if (from <= 0 && to >= text.length) return all;
  // Hits are in text order: start from the first one at or after `from`.
  const out: Hit[] = [];
  for (let i = firstAtOrAfter(all.length, (k) => all[k]!.start, from); i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) out.push(all[i]!);
  return out;
}

/** Hits grouped by the sentence (or any sorted, disjoint spans) they fall in. */
export function bucketBy(hits: readonly Hit[], spans: readonly { start: number; end: number }[]): Hit[][] {
  const out: Hit[][] = spans.map(() => []);
  let si = 0;
  for (const h of hits) {
    while (si < spans.length && h.start >= spans[si]!.end) si++;
    if (si < spans.length && h.start >= spans[si]!.start && h.end <= spans[si]!.end) out[si]!.push(h);
  }
  return out;
}

/** True when `re` matches anywhere in text[from, to). */
export function hasIn(re: Terms, text: string, from = 0, to = text.length): boolean {
  return hitsIn(re, text, from, to).length > 0;
}

/** Builds named term regexes from a JSON object of word lists, once, at module load. */
export function compileLists<K extends string>(lists: Record<K, readonly string[]>): Record<K, TermList> {
  const out = {} as Record<K, TermList>;
  for (const k of Object.keys(lists) as K[]) out[k] = termRegex(lists[k]);
  return out;
}

export interface Window extends Hit {
  /** The hit chosen from each group, with the group's index, in text order. */
  parts: (Hit & { group: number })[];
}

/**
 * Every minimal window of `text` that holds one hit from each group (no narrower window inside
 * it does), no wider than `maxWidth`; empty when some group has no hit.
 */
export function coveringWindows(groups: readonly Hit[][], maxWidth: number): Window[] {
  if (groups.length === 0 || groups.some((g) => g.length === 0)) return [];
  const events = groups
    .flatMap((g, gi) => g.map((h) => ({ ...h, gi })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const count = new Array<number>(groups.length).fill(0);
  let covered = 0;
  const out: Window[] = [];
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    const e = events[hi]!;
    if (count[e.gi]!++ === 0) covered++;
    if (covered < groups.length) continue;
    // Shrink from the left while every group stays covered; the window [lo, hi] is minimal.
    while (count[events[lo]!.gi]! > 1) count[events[lo++]!.gi]!--;
    const parts: (Hit & { group: number })[] = [];
    const seen = new Set<number>();
    for (let k = hi; k >= lo; k--) {
      const ev = events[k]!;
      if (!seen.has(ev.gi)) {
        seen.add(ev.gi);
        parts.push({ start: ev.start, end: ev.end, group: ev.gi });
      }
    }
    let end = 0;
    for (const p of parts) end = Math.max(end, p.end);
    const start = events[lo]!.start;
    parts.sort((a, b) => a.start - b.start);
    // Each concept needs its own words: "drinking alcohol" is not both the substance and "drink".
    const disjoint = parts.every((p, k) => k === 0 || parts[k - 1]!.end <= p.start);
    if (end - start <= maxWidth && disjoint) out.push({ start, end, parts });
  }
  return out;
}
