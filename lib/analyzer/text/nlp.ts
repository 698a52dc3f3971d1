/**
 * The one door to compromise (CONVENTIONS.md: "Only one file imports compromise"). Rules never see
 * a compromise document: its transform methods (`.toLowerCase()`, `.expand()`, `.tag()` …) mutate
 * the shared document, so one rule could change what the next one reads. Instead this module
 * parses a sentence once, copies what rules need into frozen plain objects — terms with their
 * tags and UTF-16 offsets, person spans — and hands those out.
 *
 * Cost control, because analysis runs on every pause in typing:
 * - the draft is split into sentences with a linear scan; only sentences that could hold a name
 *   (a capitalized word or a person cue) are parsed, and a sentence longer than MAX_SENTENCE is
 *   never parsed (a pasted wall of text gets the regex rules only);
 * - a sentence is parsed when a rule first reads its terms or people, not before: most
 *   sentences hold nothing a rule asks compromise about, and a parse costs about a millisecond
 *   per sentence. Which sentences count as parsed (and use up the budget) is decided up front
 *   exactly as if they were parsed at once, so results never depend on what a rule read;
 * - parsed sentences are cached by their text in a bounded LRU, so re-checking an edited draft
 *   re-parses only the sentences that changed;
 * - one call parses at most PARSE_BUDGET characters of uncached text; the rest of a giant paste
 *   is parsed on later checks as the cache fills (rules treat an unparsed sentence as "no NLP").
 * Everything here is total: a compromise failure leaves that sentence unparsed, never throws.
 */
// compromise's tagger ("two") without its topic, verb and noun plugins ("three"): those cost about
// 200 ms of a woken worker's start-up and 15 % of every parse, and nothing here reads them. People
// are found as "three" finds them (personSpans below): on the 4,000 capitalized sentences of our
// posts the terms, tags, offsets and people are the same as with "three".
import nlp from 'compromise/two';
import { splitSentences, type Span } from './sentences';

export type { Span } from './sentences';

/** One word as compromise sees it: its text, offsets into the analysed text, and its tags. */
export interface NlpTerm extends Span {
  readonly text: string;
  /** compromise's normalized form: lowercase, punctuation stripped. */
  readonly normal: string;
  readonly tags: readonly string[];
}

export interface NlpSentence extends Span {
  readonly text: string;
  /** False when the sentence was not parsed (no cue, too long, or over budget): terms are empty. */
  readonly parsed: boolean;
  readonly terms: readonly NlpTerm[];
  /** Person names compromise found, trimmed to the words (no trailing punctuation). */
  readonly people: readonly Span[];
}

export interface NlpView {
  readonly text: string;
  readonly sentences: readonly NlpSentence[];
}

const MAX_SENTENCE = 600;
const PARSE_BUDGET = 12_000;
const CACHE_SIZE = 512;

// A sentence is worth parsing when it has a capitalized word or a lowercase person cue.
const NEEDS_NLP = /\p{Lu}\p{Ll}|\b(?:mr|mrs|ms|miss|pt|patient|baby|named)\b/u;

interface Parsed {
  terms: NlpTerm[];
  people: Span[];
}

/** A sentence counted as parsed; compromise runs on it the first time a rule reads it. */
class LazyParse {
  private value: Parsed | undefined;
  constructor(private readonly sentence: string) {}
  get(): Parsed {
    if (this.value === undefined) {
      parses++;
      try {
        this.value = parse(this.sentence);
      } catch {
        this.value = { terms: [], people: [] };
      }
    }
    return this.value;
  }
}

const cache = new Map<string, LazyParse>();
let parses = 0;

/** How many sentences compromise has parsed in this process, and how many are cached (for tests and bench). */
export function nlpStats(): { parses: number; cached: number } {
  return { parses, cached: cache.size };
}

/** Forgets every parsed sentence (tests compare results with and without the cache). */
export function clearNlpCache(): void {
  cache.clear();
  lastText = undefined;
  lastView = undefined;
}

function remember(key: string, value: LazyParse): void {
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, value);
}

interface JsonTerm {
  text?: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface JsonSentence {
  terms?: JsonTerm[];
}
interface JsonMatch {
  offset?: { start: number; length: number };
  terms?: JsonTerm[];
}

type Doc = ReturnType<typeof nlp>;

/**
 * The people of a parsed sentence, as compromise "three"'s `.people()` finds them
 * (src/3-three/topics/people/find.js, MIT): a run of Person words, with any honorifics before it,
 * not across a comma, split after a possessive that is not "his" or "her".
 */
function personSpans(doc: Doc) {
  const runs = doc.splitAfter('@hasComma').match('#Honorific+? #Person+');
  return runs.splitAfter(runs.match('#Possessive').ifNo('(his|her)')); // ifNo is three's notIf
}

/** Parses one sentence; offsets are relative to the sentence. */
function parse(sentence: string): Parsed {
  const doc = nlp(sentence);
  const terms: NlpTerm[] = [];
  for (const s of doc.json({ offset: true }) as JsonSentence[]) {
    for (const t of s.terms ?? []) {
      if (!t.offset || !t.text) continue;
      terms.push(
        Object.freeze({
          text: t.text,
          normal: t.normal ?? t.text.toLowerCase(),
          tags: Object.freeze([...(t.tags ?? [])]),
          start: t.offset.start,
          end: t.offset.start + t.offset.length,
        }),
      );
    }
  }
  const people: Span[] = [];
  for (const p of personSpans(doc).json({ offset: true }) as JsonMatch[]) {
    const ts = (p.terms ?? []).filter((t) => t.offset && t.text);
    const first = ts[0]?.offset;
    const last = ts[ts.length - 1]?.offset;
    if (first && last) people.push(Object.freeze({ start: first.start, end: last.start + last.length }));
  }
  return { terms, people };
}

const shift = <T extends Span>(x: T, by: number): T => Object.freeze({ ...x, start: x.start + by, end: x.end + by });
const NONE: readonly never[] = Object.freeze([]);

/** A sentence of the view whose terms and people are parsed and shifted on first read. */
function sentenceOf(span: Span, text: string, lazy: LazyParse | undefined): NlpSentence {
  let terms: readonly NlpTerm[] | undefined;
  let people: readonly Span[] | undefined;
  return Object.freeze({
    start: span.start,
    end: span.end,
    text,
    parsed: lazy !== undefined,
    get terms(): readonly NlpTerm[] {
      return (terms ??= lazy ? Object.freeze(lazy.get().terms.map((t) => shift(t, span.start))) : NONE);
    },
    get people(): readonly Span[] {
      return (people ??= lazy ? Object.freeze(lazy.get().people.map((p) => shift(p, span.start))) : NONE);
    },
  });
}

let lastText: string | undefined;
let lastView: NlpView | undefined;

/**
 * The read-only NLP view of `text`: its sentences, each with terms, tags and person spans at
 * offsets into `text`. Memoized for the last text (every rule of one analysis shares it) and per
 * sentence across analyses. Never throws.
 */
export function nlpView(text: string): NlpView {
  if (text === lastText && lastView) return lastView;
  let budget = PARSE_BUDGET;
  const sentences: NlpSentence[] = [];
  for (const span of splitSentences(text)) {
    const s = text.slice(span.start, span.end);
    let parsed = cache.get(s);
    if (parsed) {
      cache.delete(s); // refresh its place in the LRU
      cache.set(s, parsed);
    } else if (s.length <= MAX_SENTENCE && budget >= s.length && NEEDS_NLP.test(s)) {
      budget -= s.length;
      parsed = new LazyParse(s);
      remember(s, parsed);
    }
    sentences.push(sentenceOf(span, s, parsed));
  }
  lastText = text;
  lastView = Object.freeze({ text, sentences: Object.freeze(sentences) });
  return lastView;
}

/** The sentence of `view` that contains `index`, if any (sentences are in order and disjoint). */
export function sentenceAt(view: NlpView, index: number): NlpSentence | undefined {
  const ss = view.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.end <= index) lo = mid + 1;
    else hi = mid;
  }
  const s = ss[lo];
  return s && s.start <= index ? s : undefined;
}

