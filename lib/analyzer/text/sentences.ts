/**
 * The one sentence splitter, shared by every rule family and the NLP layer, so "Dr. Lee said…"
 * is one sentence everywhere. Spans are trimmed of surrounding white space and keep their
 * terminal punctuation ("?" matters to claim framing). No NLP, linear in the length of the text.
 */

import { lastTextMemo } from './memo';

/** A span of the analysed text, as UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// Words that end with "." without ending a sentence. Compared lowercase, without the dot.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'sr', 'jr', 'vs', 'approx', 'no', 'nos', 'dept', 'e.g', 'i.e', 'etc',
  'prof', 'rev', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'ave', 'blvd', 'rd', 'ln', 'apt',
  'fig', 'hr', 'hrs', 'min', 'mins', 'wk', 'wks', 'yr', 'yrs', 'mo', 'mos', 'pt', 'pts', 'inc', 'co',
]);

// Sentence ends: a run of terminal punctuation, optional closing quotes/brackets, then a space, a
// line break or the end; a run of line breaks; or a list mark ("❌ Sugar feeds cancer", "• item"),
// which ends the item before it. Single character classes, no nesting: linear time.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s|$)|(?<!\n)\n+|[❌✅🚫⛔✖•]/gu;

/** Splits `text` into sentence spans (trimmed), without NLP. Linear in the length of `text`. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    if (m[0][0] === '.' && m[0].length === 1) {
      // "Mr. Lee", "H. Adler", "approx. 60": the word before the dot is an abbreviation or initial.
      let w = m.index;
      // At most a few characters back, so a run like "a.a.a.a." stays linear.
      while (w > start && m.index - w < 8 && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
      const word = text.slice(w, m.index).toLowerCase();
      if (word.length === 1 || ABBREVIATIONS.has(word)) continue;
    }
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}


/** `splitSentences`, remembering the last text (several rules ask about the same draft in turn). */
export const sentencesOf: (text: string) => Span[] = lastTextMemo(splitSentences);

/** The index of the sentence holding `index` (binary search; the last one past the end). */
export function sentenceIndexAt(sentences: readonly Span[], index: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sentences[mid]?.end ?? 0) <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
