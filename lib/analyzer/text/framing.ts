/**
 * How a claim is being used, shared by every misinformation rule (not a rule itself).
 *
 * A keyword list flags more debunking posts than myth posts (issue 4), so a matched claim is
 * read in its sentence before it is reported: negated in its own clause ("statins do NOT cause
 * dementia"), reported in order to refute it ("Myth: … Fact: …", "people keep asking whether…",
 * "the claim that … is false", quoted), asked and answered ("Does it change your DNA? No."),
 * or hedged. A just-asking question ("how come so many kids…? 🤔") still counts as an assertion.
 * Only word lists (data/context-cues.json) and literal regexes; no parser.
 */
import cuesEn from './data/framing-cues.json';
import cuesEs from './data/framing-cues-es.json';
import { mergeLists } from './terms';
import { cachedHitsIn, compileLists, type Hit } from './lexicon';
import { lastTextMemo } from './memo';
import { sentenceIndexAt, sentencesOf, type Span } from './sentences';

/** The framing word lists: English, with the Spanish ones (issue 15) added to the lists of the same name. */
export const FRAMING_CUES = mergeLists(cuesEn, cuesEs);
const cues = FRAMING_CUES;

const CUE = compileLists({
  negation: cues.negation,
  notNegation: cues.notNegation,
  debunkBefore: cues.debunkBefore,
  reportFrame: cues.reportFrame,
  beliefFrame: cues.beliefFrame,
  refuteAfter: cues.refuteAfter,
  rhetorical: cues.rhetorical,
  hedge: cues.hedge,
});
const INTERROGATIVE = /^[\s"'“‘(]*(?:does|do|did|is|are|was|were|can|could|will|would|should|shall|has|have|had|why|what|how|who|when|where|which|isn't|aren't|doesn't|don't|ever|any|anyone|anybody|true or false|really|so|wait|but|think|thinking|wondering|worried|curious|heard)\b/iu;
const ANSWER_STARTS = cues.answerStarts.map((s) => s.replace(/’/g, "'"));

// A list item marked as wrong: "❌ Sugar feeds cancer".
const WRONG_MARK = /[❌🚫⛔✖]\s*$/u;
const CONTRAST = /^[\s,;:—–-]*(?:but|however|yet|although|though|except)\b/iu;
// Where a new clause begins inside a sentence: commas, semicolons, colons, dashes, and "but".
const CLAUSE_BREAK = /[,;:(—–]|\s-\s|\b(?:but|yet|although|though|whereas|while|because)\b/giu;

/**
 * How many readings of one sentence a rule checks in context: a sentence that repeats a claim
 * fifty times is judged on its first few, which keeps analysis linear in the text.
 */
export const MAX_READINGS = 6;

/** The sentence holding `index`. */
export function sentenceAt(sentences: readonly Span[], index: number): Span {
  return sentences[sentenceIndexAt(sentences, index)] ?? { start: 0, end: 0 };
}

/**
 * Rules read at most this much of a draft. The longest post any supported site accepts is
 * Facebook's 63,206 characters; beyond that, analysis time is better spent elsewhere.
 */
export const MAX_TEXT = 65_536;

/** The part of a draft the misinformation and professionalism rules read. */
export function readablePart(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** Where the clause holding `index` starts, within its sentence. */
export function clauseStart(text: string, sentence: Span, index: number): number {
  let start = sentence.start;
  for (const m of text.slice(sentence.start, index).matchAll(CLAUSE_BREAK)) start = sentence.start + m.index + m[0].length;
  return start;
}

/** Negation cues in text[from, to), minus phrases that only look negative ("no doubt"). */
export function negationsIn(text: string, from: number, to: number, ignore: readonly Hit[] = []): Hit[] {
  // "not just" is no negation in "not just X but Y", but is one when the claim is "just the flu".
  const overlapsOwn = (f: Hit) => ignore.some((o) => f.start < o.end && o.start < f.end);
  const fake = [...cachedHitsIn(CUE.notNegation, text, from, to).filter((f) => !overlapsOwn(f)), ...ignore];
  return cachedHitsIn(CUE.negation, text, from, to).filter((n) => !fake.some((f) => n.start >= f.start && n.start < f.end));
}

/** Quoted stretches: '…', "…", ‘…’, “…”, with apostrophes inside words ignored (memoized). */
export const quotedSpans: (text: string) => Span[] = lastTextMemo(findQuotes);

function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  let open: { ch: string; at: number } | undefined;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!`'"‘’“”`.includes(c)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWord(before) && isWord(after)) continue; // an apostrophe: don't, it's
    const opening = !isWord(before) && (isWord(after) || after === '…');
    if (open && !opening) {
      const pair = (open.ch === '“' && c === '”') || (open.ch === '‘' && c === '’') || open.ch === c || (`'"`.includes(open.ch) && `'"’”`.includes(c));
      if (pair) {
        out.push({ start: open.at, end: i + 1 });
        open = undefined;
      }
    } else if (opening && !open) {
      open = { ch: c, at: i };
    }
  }
  return out;
}

export type QuestionKind = 'none' | 'open' | 'rhetorical' | 'answered';

export interface ClaimReading {
  /** A negation in the claim's own clause: "statins do not cause dementia". */
  negated: boolean;
  /** Framed as a myth, a report or a quote in order to refute it. */
  debunked: boolean;
  quoted: boolean;
  /** Reported or quoted with no refutation in sight: still a claim, held less firmly. */
  reported: boolean;
  /** Described as someone's belief or question, with no refutation in sight. */
  believed: boolean;
  question: QuestionKind;
  hedged: boolean;
  /** Endorsing frame with a negated claim: "it's a lie that vaccines don't cause autism". */
  doubleNegative: boolean;
}

function startsWithAnswer(s: string): boolean {
  const t = s.trim().replace(/^["'“”‘’]+/u, '').trim().toLowerCase().replace(/’/g, "'");
  return ANSWER_STARTS.some((a) => t.startsWith(a));
}

/**
 * Reads the claim at text[start, end): negation in its clause, debunking frames in its sentence
 * (or a "Myth:" label just before), refutation after it, quotes, questions and hedges.
 */
export function readClaim(text: string, start: number, end: number, ownWords: readonly Hit[] = []): ClaimReading {
  const sentences = sentencesOf(text);
  const idx = sentenceIndexAt(sentences, start);
  const sentence = sentences[idx] ?? { start: 0, end: text.length };
  const prev = idx > 0 ? sentences[idx - 1] : undefined;
  const next = idx >= 0 && idx + 1 < sentences.length ? sentences[idx + 1] : undefined;
  const sentenceEnd = Math.max(sentence.end, end);

  // Negation scope: the clause of the claim's last word, up to the end of the claim. Negative
  // words that are part of the claim itself ("cancer can't survive in…") don't count.
  const lastClause = clauseStart(text, sentence, Math.max(start, end - 1));
  const negated = negationsIn(text, lastClause, end, ownWords).length > 0;

  const prevText = prev ? text.slice(prev.start, prev.end).trim() : '';
  const labelBefore = prev !== undefined && (/:\s*$/u.test(prevText) && cachedHitsIn(CUE.debunkBefore, text, prev.start, prev.end).length > 0);
  const debunkBefore = cachedHitsIn(CUE.debunkBefore, text, sentence.start, start).length > 0 || labelBefore;
  const afterText = text.slice(end, sentenceEnd);
  const refutedAfter = cachedHitsIn(CUE.refuteAfter, text, end, sentenceEnd).length > 0 ||
    (next !== undefined && startsWithAnswer(text.slice(next.start, next.end)));
  const quoted = quotedSpans(text).some((q) => q.start <= start && end <= q.end + 1);
  // Reporting or quoting a claim ("a video claims that…", "people ask if…", 'X') is a debunk only
  // when a refutation follows: in the rest of the sentence or the next two sentences. Someone
  // else's belief ("parents worry that…") is held more loosely than a relayed report.
  const believed = cachedHitsIn(CUE.beliefFrame, text, sentence.start, start).length > 0;
  const reported = quoted || believed || cachedHitsIn(CUE.reportFrame, text, sentence.start, start).length > 0;
  const laterEnd = sentences[idx + 2]?.end ?? next?.end ?? sentenceEnd;
  const markedWrong = WRONG_MARK.test(text.slice(Math.max(0, sentence.start - 3), sentence.start)) ||
    WRONG_MARK.test(text.slice(sentence.start, start));
  const contrastAfter = /\b(?:but|however|yet|although|though)\b/iu.test(afterText) ||
    (next !== undefined && CONTRAST.test(text.slice(next.start, next.end)));
  const refutedLater = refutedAfter || contrastAfter || cachedHitsIn(CUE.refuteAfter, text, end, laterEnd).length > 0 ||
    cachedHitsIn(CUE.debunkBefore, text, end, laterEnd).length > 0 || negationsIn(text, end, laterEnd).length > 0;

  const sentenceText = text.slice(sentence.start, sentenceEnd);
  let question: QuestionKind = 'none';
  // A question mark alone is not a question in tweets ("…5G Syndrome.??"); an interrogative
  // opening in the sentence or the claim's clause is.
  const claimClause = text.slice(clauseStart(text, sentence, start), end);
  const interrogative = INTERROGATIVE.test(sentenceText) || INTERROGATIVE.test(claimClause);
  if (interrogative && (/\?/u.test(text.slice(end, sentenceEnd)) || /\?\s*$/u.test(sentenceText))) {
    if (next !== undefined && startsWithAnswer(text.slice(next.start, next.end))) question = 'answered';
    else if (cachedHitsIn(CUE.rhetorical, text, Math.max(0, sentence.start - 40), Math.min(text.length, sentenceEnd + 40)).length > 0) question = 'rhetorical';
    else question = 'open';
  }
  const hedged = cachedHitsIn(CUE.hedge, text, clauseStart(text, sentence, start), end).length > 0;
  const doubleNegative = negated && /\b(?:it'?s a lie that|lie that|false that|myth that)\b/iu.test(text.slice(sentence.start, start));
  return {
    negated: negated && !doubleNegative,
    debunked: (debunkBefore && !doubleNegative) || refutedAfter || markedWrong || (reported && refutedLater && question !== 'rhetorical'),
    reported: reported && !refutedLater,
    believed: believed && !refutedLater,
    quoted,
    question,
    hedged,
    doubleNegative,
  };
}

/**
 * How much of a rule's confidence survives the claim's context: 0 when refuted or negated,
 * lower for open questions and hedges, full for plain or just-asking assertions.
 */
export function claimFactor(r: ClaimReading, hedgeFactor = 0.85): number {
  if (r.question === 'answered' || r.debunked || r.negated) return 0;
  let f = 1;
  if (r.question === 'open') f *= 0.45;
  if (r.reported) f *= r.believed ? 0.45 : 0.65;
  if (r.hedged) f *= hedgeFactor;
  return f;
}

/** Convenience: the factor for a claim span. */
export function contextFactor(text: string, start: number, end: number, hedgeFactor?: number, ownWords?: readonly Hit[]): number {
  return claimFactor(readClaim(text, start, end, ownWords), hedgeFactor);
}

/**
 * Joins findings of one rule in the same or neighbouring sentences into one, so a two-sentence
 * argument ("…and that's how they profit. Open your eyes.") gets one underline and one card.
 * Keeps the stronger one's other fields.
 */
export function mergeAdjacent<T extends Span & { confidence: number }>(text: string, matches: readonly T[]): T[] {
  const sentences = sentencesOf(text);
  const indexOf = (i: number) => sentenceIndexAt(sentences, i);
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start >= last.end && indexOf(m.start) - indexOf(Math.max(last.start, last.end - 1)) <= 1) {
      const keep = m.confidence > last.confidence ? m : last;
      out[out.length - 1] = { ...keep, start: last.start, end: Math.max(last.end, m.end) };
    } else out.push(m);
  }
  return out;
}
