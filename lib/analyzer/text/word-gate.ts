/**
 * Which long word-list regexes a draft can match at all, from the words it holds, so that such a
 * regex is compiled and run only for drafts holding one of its listed words.
 *
 * V8 compiles a regex the first time it runs, and a large alternation of words, case-insensitive
 * and Unicode, takes 20–150 ms to compile (more on a busy machine): a woken worker paid that for
 * every list before its first result, whether or not the draft held any of the words (issue 11).
 *
 * A gate never changes a result, only skips work: a regex is skipped only when no match is
 * possible. Every match of a gated regex holds one listed phrase, and each word of that phrase
 * (a maximal run of letters, or of letters, digits and `_`, as the gate is told) is bounded in the
 * match, by the phrase's own spaces and punctuation or by the regex around it, so it is a whole
 * word of the draft. The gate looks up each phrase's words among the draft's words, compared the
 * way a case-insensitive Unicode regex compares letters (tests/unit/analyzer/text/word-gate.test.ts
 * checks that against V8 for every character the lists use, and compares gated and plain scans).
 */
import { countBuild, lastTextMemo, warmer } from './memo';

/** What a word is: runs of letters (`\p{L}+`), or of letters, digits and `_` (`[\p{L}\p{N}_]+`). */
export type WordKind = 'letters' | 'word';

const RUNS: Record<WordKind, RegExp> = { letters: /\p{L}+/gu, word: /[\p{L}\p{N}_]+/gu };

// Letters a case-insensitive Unicode regex takes as equal but toLowerCase() does not make equal
// (simple case folding): long s, the micro sign, final sigma, and Greek and Cyrillic variant forms.
const FOLD: Readonly<Record<string, string>> = {
  'ſ': 's', 'µ': 'μ', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε', 'ẛ': 'ṡ', 'ι': 'ι', 'ͅ': 'ι',
  'ᲀ': 'в', 'ᲁ': 'д', 'ᲂ': 'о', 'ᲃ': 'с', 'ᲄ': 'т', 'ᲅ': 'т', 'ᲆ': 'ъ', 'ᲇ': 'ѣ', 'ᲈ': 'ꙋ', 'ϴ': 'θ', 'ẞ': 'ß', 'Ω': 'ω', 'K': 'k', 'Å': 'å',
};

/** One word case-folded, letter by letter (no context rules: Σ at a word's end folds like σ). */
export function foldWord(w: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII is the common case, folded in one call
  if (/^[\u0000-\u007f]*$/u.test(w)) return w.toLowerCase();
  let out = '';
  for (const ch of w) {
    const f = FOLD[ch] ?? ch.toLowerCase();
    out += [...f].length === 1 ? f : ch; // "İ" lowercases to two letters; the regex folds it to itself
  }
  return out;
}

const wordsOf = (kind: WordKind) =>
  lastTextMemo((text: string): ReadonlySet<string> => {
    const out = new Set<string>();
    for (const m of text.matchAll(RUNS[kind])) out.add(foldWord(m[0]));
    return out;
  });
const DRAFT_WORDS: Record<WordKind, (text: string) => ReadonlySet<string>> = { letters: wordsOf('letters'), word: wordsOf('word') };

/** A gate over a word list: `admits(text)` is false only when no phrase of the list can occur in `text`. */
export interface WordGate {
  admits(text: string): boolean;
}

/**
 * A gate for regexes whose every match holds one of `phrases` with its words whole (see above).
 * A phrase with no word at all (an emoji, "&") opens the gate for every draft.
 */
export function wordGate(phrases: readonly string[], kind: WordKind): WordGate {
  // Each phrase by its longest word (the rarest, most often), with the rest of its words; built
  // when a draft first asks, so a gate costs nothing at load.
  let byKey: Map<string, string[][]> | undefined;
  let open = false;
  const build = () => {
    countBuild();
    const map = new Map<string, string[][]>();
    for (const p of phrases) {
      const words = [...new Set((p.match(RUNS[kind]) ?? []).map(foldWord))];
      if (words.length === 0) {
        open = true;
        continue;
      }
      const key = words.reduce((a, b) => (b.length > a.length ? b : a));
      const rest = words.filter((w) => w !== key);
      const list = map.get(key);
      if (list) list.push(rest);
      else map.set(key, [rest]);
    }
    return map;
  };
  warmer(() => void (byKey ??= build()));
  return {
    admits(text) {
      const keys = (byKey ??= build());
      if (open) return true;
      const have = DRAFT_WORDS[kind](text);
      const phraseIn = (key: string) => keys.get(key)?.some((rest) => rest.every((w) => have.has(w))) ?? false;
      if (have.size < keys.size) {
        for (const w of have) if (phraseIn(w)) return true;
      } else for (const key of keys.keys()) if (have.has(key) && phraseIn(key)) return true;
      return false;
    },
  };
}
