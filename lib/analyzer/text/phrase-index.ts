/**
 * Many word lists at once, in one linear pass over the words of a text.
 *
 * A regex alternation of thousands of phrases is tried at every character (V8 has no
 * Aho–Corasick), which made a 3,000-character draft cost ~190 ms. Here the text is split into
 * words once, and each word looks up the phrases that start with it in a Map — the way
 * Harper and LanguageTool match their phrase lists over tokens, not characters.
 *
 * Term syntax is the word lists' own (see lexicon.ts): lowercase, a space matches spaces or
 * hyphens ("anti vax" = "anti-vax"), and a trailing `*` lets the last word run on ("vaccin*" =
 * "vaccines"). Punctuation and emoji are words of their own, so "#ad", "100%" and "🙄" match too.
 * Accents are folded on both sides, composed or decomposed ("vacunación" = "vacunacion").
 */
import { foldAccents } from './terms';

/** A word of the text: letters, digits, apostrophes; or one other visible character. */
const WORD = /[\p{L}\p{N}\p{M}_'’]+|[^\s\p{L}\p{N}\p{M}_'’-]/gu;

export interface Token {
  start: number;
  end: number;
  /** Lowercase, with ’ as ', without accents. */
  word: string;
}

/** The words of `text`, in order. Linear. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, word: foldAccents(m[0].toLowerCase().replace(/’/g, "'")) });
  return out;
}

interface Phrase {
  /** The words after the first. */
  rest: readonly string[];
  /** The last word may run on. */
  prefix: boolean;
  groups: number[];
}

export interface PhraseHit {
  start: number;
  end: number;
  /** Indexes of the groups listing the phrase. */
  groups: readonly number[];
}

export interface PhraseIndex {
  readonly groups: readonly string[];
  /** Every phrase occurrence in `text`, in order of start (overlapping phrases all reported). */
  find(text: string): PhraseHit[];
}

/** Builds an index of named word lists, once (at module load). */
export function phraseIndex(lists: Record<string, readonly string[]>): PhraseIndex {
  const groups = Object.keys(lists);
  // By first word: exact first words, and one-word prefix terms by their stem.
  const byFirst = new Map<string, Phrase[]>();
  const stems = new Map<string, number[]>();
  let longestStem = 0;
  // The same phrase in several groups is one entry listing them all; found by key, not by a
  // search of the first word's list, which made building the myth index quadratic at start-up.
  const seen = new Map<string, Phrase>();
  const add = (map: Map<string, Phrase[]>, first: string, phrase: Omit<Phrase, 'groups'>, g: number) => {
    const list = map.get(first) ?? (map.set(first, []), map.get(first)!);
    const key = `${phrase.prefix ? 1 : 0}\u0000${first}\u0000${phrase.rest.join(' ')}`;
    const twin = seen.get(key);
    if (twin) { if (!twin.groups.includes(g)) twin.groups.push(g); }
    else {
      const entry = { ...phrase, groups: [g] };
      seen.set(key, entry);
      list.push(entry);
    }
  };
  groups.forEach((name, g) => {
    for (const raw of lists[name]!) {
      const prefix = raw.endsWith('*');
      const words = tokenize(prefix ? raw.slice(0, -1) : raw).map((t) => t.word);
      if (words.length === 0) continue;
      if (words.length === 1 && prefix) {
        const list = stems.get(words[0]!) ?? (stems.set(words[0]!, []), stems.get(words[0]!)!);
        if (!list.includes(g)) list.push(g);
        longestStem = Math.max(longestStem, words[0]!.length);
      } else {
        add(byFirst, words[0]!, { rest: words.slice(1), prefix }, g);
      }
    }
  });

  return {
    groups,
    find(text) {
      const tokens = tokenize(text);
      const out: PhraseHit[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        for (const p of byFirst.get(t.word) ?? []) {
          const n = p.rest.length;
          if (i + n >= tokens.length && n > 0) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) {
            const w = tokens[i + 1 + k]!;
            // Words of a phrase are separated by spaces or hyphens only ("100%" is two words, no gap).
            if (!/^[\s-]*$/u.test(text.slice(tokens[i + k]!.end, w.start))) ok = false;
            else if (k === n - 1 && p.prefix) ok = w.word.startsWith(p.rest[k]!);
            else ok = w.word === p.rest[k];
          }
          if (ok) out.push({ start: t.start, end: tokens[i + n]!.end, groups: p.groups });
        }
        // One-word prefix terms: the longest listed stem the word starts with.
        for (let len = Math.min(t.word.length, longestStem); len > 0; len--) {
          const g = stems.get(t.word.slice(0, len));
          if (g) { out.push({ start: t.start, end: t.end, groups: g }); break; }
        }
      }
      return out;
    },
  };
}
