import { defineRule, type Match } from '../rule';
import { MAX_READINGS, claimFactor, clauseStart, contextFactor, negationsIn, readClaim, readablePart } from '../text/framing';
import { lastTextMemo } from '../text/memo';
import { sentencesOf, type Span } from '../text/sentences';
import concepts from './data/concepts.json';
import conceptsEs from './data/concepts-es.json';
import { MYTH_FILES } from './myths';
import { coveringWindows, hitsIn, termRegex, type Hit, type TermList, type Window } from '../text/lexicon';
import { phraseIndex } from '../text/phrase-index';
import { mergeLists } from '../text/terms';

/**
 * Known myths from the knowledge base (myths/, one file per myth), matched by concept co-occurrence: a
 * pattern is a list of concept groups (subject, claim, object…), each a list of synonyms or
 * `@concept` references to data/concepts.json, and matches when every group occurs within one
 * sentence, close together. Paraphrases match as long as the concepts do; a post that negates,
 * questions-and-answers or quotes the claim to refute it does not (see context.ts).
 */

export interface MythSource {
  organization: string;
  title: string;
  url: string;
  checked: string;
  verified?: string;
}

export type MythPattern = string[][] | { ordered: true; groups: string[][] };

export interface Myth {
  id: string;
  claim: string;
  topic: string;
  severity: 'critical' | 'high' | 'medium';
  /** Each pattern: concept groups that must all occur in one sentence; `ordered` ones in order. */
  patterns: MythPattern[];
  correction: string;
  sources: MythSource[];
  examples: { flag: string; pass: string };
  /**
   * The myth as it is said in Spanish (issue 15): Spanish concept patterns, and where one exists
   * a Spanish correction and Spanish-language source, shown when a Spanish pattern matched.
   */
  es?: { patterns: MythPattern[]; correction?: string; sources?: MythSource[]; examples: { flag: string; pass: string } };
}

export const MYTHS: readonly Myth[] = MYTH_FILES as Myth[];

/** The shared concept lists (@vaccine, @cause…), each with its Spanish words (issue 15). */
export const CONCEPTS = mergeLists(concepts, conceptsEs) as typeof concepts & Record<string, string[]>;
const MAX_WIDTH = 160;
const SEVERITY_CONFIDENCE: Record<Myth['severity'], number> = { critical: 0.9, high: 0.85, medium: 0.75 };

function expand(group: readonly string[]): string[] {
  return group.flatMap((t) => (t.startsWith('@') ? (CONCEPTS[t.slice(1)] ?? []) : [t]));
}

// One regex per distinct group, shared between patterns that use the same word list.
const regexCache = new Map<string, TermList>();
function groupRegex(group: readonly string[]): TermList {
  const terms = expand(group);
  const key = terms.join('\u0000');
  let re = regexCache.get(key);
  if (!re) regexCache.set(key, (re = termRegex(terms)));
  return re;
}

interface CompiledPattern {
  groups: TermList[];
  ordered: boolean;
}

interface CompiledMyth {
  myth: Myth;
  patterns: CompiledPattern[];
  /** The card's correction and source: the Spanish ones for the Spanish patterns, where given. */
  correction: string;
  source: MythSource | undefined;
  lang: 'en' | 'es';
}

const compile = (patterns: readonly MythPattern[]): CompiledPattern[] =>
  patterns.map((p) => (Array.isArray(p) ? { groups: p.map(groupRegex), ordered: false } : { groups: p.groups.map(groupRegex), ordered: true }));

/** Every pattern of every myth, in all the languages it is written for. */
const allPatterns = (myth: Myth): MythPattern[] => [...myth.patterns, ...(myth.es?.patterns ?? [])];

const COMPILED: CompiledMyth[] = MYTHS.flatMap((myth) => [
  { myth, patterns: compile(myth.patterns), correction: myth.correction, source: myth.sources[0], lang: 'en' as const },
  ...(myth.es
    ? [{ myth, patterns: compile(myth.es.patterns), correction: myth.es.correction ?? myth.correction, source: myth.es.sources?.[0] ?? myth.sources[0], lang: 'es' as const }]
    : []),
]);

// Which language a sentence is mostly in, by its commonest short words: when a Spanglish sentence
// matches a myth's English and Spanish patterns both, the card speaks the sentence's language.
const ES_WORDS = /(?<![\p{L}\p{M}])(?:el|la|los|las|que|de|del|y|en|es|un|una|por|para|con|no|se|su|al|lo|le|te|mi)(?![\p{L}\p{M}])/giu;
const EN_WORDS = /(?<![\p{L}\p{M}])(?:the|and|is|are|to|of|in|it|that|you|for|with|on|this|my|your|a|an|be|was|not)(?![\p{L}\p{M}])/giu;
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;
const mostlySpanish = (s: string) => count(ES_WORDS, s) > count(EN_WORDS, s);

/** "Pets spread COVID" is the myth; "people can spread COVID to pets" is not. */
const inOrder = (w: Window) => w.parts.every((p, i) => p.group === i);

// Between a subject and its claim: a relative clause ("sunscreen blocks UV rays that cause skin
// cancer") or a hard clause break ("fluoride strengthens enamel; … nowhere near toxic") means
// the claim is about something else.
const RELATIVE = /\b(?:that|which|who|whose)\b/iu;
const HARD_BREAK = /[;:]|\s[—–]\s/u;
function linked(text: string, w: Window, subjects: readonly Hit[]): boolean {
  for (let k = 1; k < w.parts.length; k++) {
    const from = w.parts[k - 1]!.end;
    const gap = text.slice(from, w.parts[k]!.start);
    if (HARD_BREAK.test(gap)) return false;
    const rel = k === 1 && w.parts[0]!.group === 0 ? RELATIVE.exec(gap) : null;
    // …unless the relative clause hangs on a subject word itself ("a base tan that protects").
    if (rel && !subjects.some((h) => h.end <= from + rel.index && from + rel.index - h.end <= 2)) return false;
  }
  return true;
}

// A short topic heading asked as a question and answered by the next sentence: "Heart attack?
// Chew cayenne and stay home." The claim spans both, so the heading's words join the answer's
// sentence. A real question ("Does sugar feed cancer? No.") opens with an interrogative and is
// left alone (context.ts reads its answer).
const TOPIC_HEADING = /^[\s"'“‘(¿¡]*[\p{L}\p{N}'’ -]{2,40}\?+[\s"'”’)]*$/u;
const ASKS = /^[\s"'“‘(]*(?:does|do|did|is|are|was|were|can|could|will|would|should|has|have|had|why|what|how|who|when|where|which|isn't|aren't|doesn't|don't|any|anyone|really|so|true or false|myth|fact)\b/iu;
function isTopicHeading(text: string, s: Span | undefined): boolean {
  if (!s || s.end - s.start > 48) return false;
  const t = text.slice(s.start, s.end);
  return TOPIC_HEADING.test(t) && !ASKS.test(t) && t.trim().split(/\s+/u).length <= 4;
}

// A claim finished by a pronoun that points back at the sentence before: "Autism rates climbed
// as the schedule grew. The MMR jab triggers it." The earlier sentence may supply the missing
// concept, but only when it is a plain statement (not a question, not negated or debunked).
const ANAPHOR = /\b(?:it|this|that|them|they)\b/iu;

/**
 * Hits of each concept regex in `text`, scanned once per text (and shared by `findMyths` and
 * `mythCoverage`), bucketed by sentence.
 */
const conceptBuckets = lastTextMemo((text: string) => {
  const sentences = sentencesOf(text);
  const cache = new Map<TermList, Hit[][]>();
  return (re: TermList): Hit[][] => {
    let b = cache.get(re);
    if (!b) {
      b = sentences.map(() => []);
      let si = 0;
      for (const h of hitsIn(re, text)) {
        while (si < sentences.length && h.start >= sentences[si]!.end) si++;
        if (si < sentences.length && h.end <= sentences[si]!.end) b[si]!.push(h);
      }
      cache.set(re, b);
    }
    return b;
  };
});

// Every distinct concept group of every pattern in one phrase index, for `mythCoverage`: one
// linear pass over the words instead of a regex scan per group.
const COVERAGE = (() => {
  const ids = new Map<string, number>();
  const lists: Record<string, string[]> = {};
  const idOf = (group: readonly string[]) => {
    const terms = expand(group);
    const key = terms.join('\u0000');
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = ids.size));
      lists[String(id)] = terms;
    }
    return id;
  };
  // Patterns of two or more groups, by the group of their subject (the first).
  const bySubject = new Map<number, number[][]>();
  for (const myth of MYTHS) {
    for (const p of allPatterns(myth)) {
      const groups = (Array.isArray(p) ? p : p.groups).map(idOf);
      if (groups.length < 2) continue;
      const list = bySubject.get(groups[0]!) ?? (bySubject.set(groups[0]!, []), bySubject.get(groups[0]!)!);
      list.push(groups);
    }
  }
  return { index: phraseIndex(lists), bySubject };
})();

/**
 * For each sentence of `draft`, how much of the closest myth it holds: the largest share of one
 * pattern's concept groups present in the sentence, counting only patterns whose subject (first
 * group) is in it. Evidence for the claim judgement, which sees paraphrases the patterns miss.
 */
export function mythCoverage(draft: string): number[] {
  const text = readablePart(draft);
  const sentences = sentencesOf(text);
  const present = sentences.map(() => new Set<number>());
  let si = 0;
  for (const h of COVERAGE.index.find(text)) {
    while (si < sentences.length && h.start >= sentences[si]!.end) si++;
    if (si < sentences.length && h.end <= sentences[si]!.end) for (const g of h.groups) present[si]!.add(g);
  }
  return present.map((groups) => {
    let best = 0;
    for (const g of groups) {
      for (const pattern of COVERAGE.bySubject.get(g) ?? []) {
        let n = 0;
        for (const x of pattern) if (groups.has(x)) n++;
        best = Math.max(best, n / pattern.length);
      }
    }
    return best;
  });
}

/** Every myth claim asserted in `text`, with the context factor already applied. */
export function findMyths(draft: string): (Match & { mythId: string })[] {
  return readMyths(readablePart(draft)).asserted;
}

/**
 * The myth claims a sentence states only to deny them: in their own words ("Vaccines don't cause
 * autism.", the claim's concepts in order with a negation between them), or as a question
 * answered no ("Do vaccines cause autism? No."). The claim judgement adds no misinformation
 * finding over them (claims/judge.ts).
 */
export function deniedMyths(draft: string): readonly Span[] {
  return readMyths(readablePart(draft)).denied;
}

/**
 * Whether the reading is in its pattern's order with a negation (framing.ts's cues, the claim's
 * own words aside) between two neighbouring concepts of `sentence`, in one clause.
 */
function deniesItself(text: string, w: Window, sentence: Span): boolean {
  if (!inOrder(w)) return false;
  for (let k = 1; k < w.parts.length; k++) {
    const from = w.parts[k - 1]!.end;
    const to = w.parts[k]!.start;
    // A cue may run into the next concept ("no causan"): it counts when it starts in the gap.
    if (clauseStart(text, sentence, to) <= from && negationsIn(text, from, w.parts[k]!.end, w.parts).some((n) => n.start < to)) return true;
  }
  return false;
}

/** The myths the (readable part of the) text asserts, and those it denies; memoized for the last text. */
const readMyths = lastTextMemo((text: string) => {
  const sentences = sentencesOf(text);
  const denied: Span[] = [];
  const buckets = conceptBuckets(text);
  const any = (re: TermList) => buckets(re).some((x) => x.length > 0);
  const out: (Match & { mythId: string; lang: 'en' | 'es' })[] = [];
  for (const { myth, patterns, correction, source, lang } of COMPILED) {
    // Most myths have some concept absent from the whole text: skip them before any per-sentence work.
    const live = patterns.filter((p) => p.groups.every(any));
    if (live.length === 0) continue;
    sentences.forEach((s, si) => {
      const windows: Window[] = [];
      for (const { groups, ordered } of live) {
        const inSentence = groups.map((re) => buckets(re)[si]!);
        if (inSentence.some((g) => g.length === 0)) continue;
        windows.push(...coveringWindows(inSentence, MAX_WIDTH).filter((w) => (!ordered || inOrder(w)) && linked(text, w, inSentence[0]!)));
      }
      // Only when no reading lies within this sentence: a topic heading or a pronoun may supply
      // the missing concept from the sentence before, as long as this sentence holds part of it.
      const prev = sentences[si - 1];
      const heading = isTopicHeading(text, prev);
      const pointsBack = prev !== undefined && !heading && !/\?\s*$/u.test(text.slice(prev.start, prev.end)) &&
        ANAPHOR.test(text.slice(s.start, s.end));
      if (windows.length === 0 && (heading || pointsBack)) {
        for (const { groups, ordered } of live) {
          const own = groups.map((re) => buckets(re)[si]!);
          if (own.every((g) => g.length === 0)) continue;
          const joined = groups.map((re, gi) => [...buckets(re)[si - 1]!, ...own[gi]!]);
          if (joined.some((g) => g.length === 0)) continue;
          windows.push(...coveringWindows(joined, MAX_WIDTH).filter((w) => (!ordered || inOrder(w)) && w.parts.some((p) => p.start >= s.start)));
        }
      }
      if (windows.length === 0) return;
      // Every reading of the claim in this sentence must be an assertion: "mRNA vaccines can't
      // alter your DNA; the mRNA…" holds one negated reading and one spurious one. A reading that
      // starts in a topic heading is judged on its part in this sentence.
      let factor = 1;
      let denial = true;
      let answered = false;
      for (const w of windows.slice(0, MAX_READINGS)) {
        const own = w.parts.filter((p) => p.start >= s.start);
        const from = Math.min(...own.map((p) => p.start));
        const reading = readClaim(text, from, w.end, own);
        factor = Math.min(factor, claimFactor(reading, 0.9));
        answered ||= reading.question === 'answered';
        denial &&= reading.question === 'answered' || deniesItself(text, w, s);
        // The part in an earlier sentence must be asserted there too ("X doesn't cause autism. It…").
        const before = w.parts.filter((p) => p.start < s.start);
        if (before.length) factor = Math.min(factor, contextFactor(text, w.start, Math.max(...before.map((p) => p.end)), 0.9, before));
      }
      // One finding per myth per sentence, spanning every reading ("measles is mild … and natural
      // immunity is better" are two readings of one entry).
      const best = { start: Math.min(...windows.map((w) => w.start)), end: Math.max(...windows.map((w) => w.end)) };
      const confidence = SEVERITY_CONFIDENCE[myth.severity] * factor;
      if (confidence <= 0) {
        // Denied only when every reading is the claim in its own order with a negation inside
        // it ("vaccines don't cause autism", "las vacunas no causan autismo"), or a question
        // answered no ("Does sugar feed cancer? No."). A frame outside it ("Not many people know
        // that…"), a negation in another clause ("…, and I'm not willing to gamble") or a claim
        // told back to front ("…rewrites your genetic code is not a 'vaccine'") is left to the
        // judgement, which reads those better. An answered question's answer ("No. Cancer cells
        // use glucose…") is part of the denial.
        if (denial) denied.push(answered ? { start: best.start, end: sentences[si + 1]?.end ?? best.end } : best);
        return;
      }
      // A Spanglish sentence may match a myth in both languages: one finding is enough, in the
      // sentence's language.
      const twin = out.findIndex((o) => o.mythId === myth.id && o.start < best.end && best.start < o.end);
      if (twin >= 0) {
        if (mostlySpanish(text.slice(s.start, s.end)) !== (lang === 'es')) return;
        out.splice(twin, 1);
      }
      out.push({
        lang,
        start: best.start,
        end: best.end,
        confidence,
        mythId: myth.id,
        ruleId: `misinfo.myth.${myth.id}`,
        message: correction,
        ...(source ? { fix: { kind: 'add-source' as const, link: source.url } } : {}),
      });
    });
  }
  return { asserted: out.map(({ lang: _lang, ...m }) => m), denied };
});

export default defineRule({
  id: 'misinfo.known-myth',
  category: 'misinfo.known-myth',
  message: 'This repeats a health claim that has been debunked. Check the correction and source before posting.',
  find({ text }) {
    return findMyths(text).map(({ mythId: _mythId, ...m }) => m);
  },
  examples: {
    flag: [
      '[[The MMR shot causes autism]], do your research before your baby’s 12-month visit.',
      'Honestly? [[Sugar feeds cancer]]. Cut it all out.',
      'Funny how [[autism rates exploded at the same time the vaccine schedule grew]] 🤔',
      'Fluoride doesn’t stop cavities, it just [[poisons your brain]].',
      'It’s a lie that [[vaccines don’t cause autism]].',
      '[[Chest pain? Rub garlic oil on it and sleep it off at home]], no need for a hospital.',
      'I had my flu shot on Friday. [[By Sunday it gave me the flu]], like always.',
    ],
    pass: [
      'No, the MMR shot does not cause autism; huge population studies settled that.',
      'Myth: "Sugar feeds cancer." Fact: every cell uses glucose, and cutting sugar does not starve tumours.',
      'Patients keep asking whether the flu shot gives you the flu. It can’t: there is no live virus in it.',
      'Can an mRNA shot alter your DNA? No. It never gets into the cell nucleus.',
      'The claim that 5G spreads COVID is false.',
      'Thanks for the question on deodorant and breast cancer — there is no evidence of a link.',
      'Stroke? Don’t wait it out at home: call 911, every minute counts.',
      'The flu shot has no live virus. If you feel achy afterwards, that is your immune system, not the flu.',
    ],
  },
});
