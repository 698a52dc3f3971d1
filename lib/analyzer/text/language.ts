/**
 * Which language each sentence of a draft is in, English or Spanish (issue 15), so a family can
 * read a mixed post ("el pt de la room 4… anyway, long night") sentence by sentence.
 *
 * The detector is franc-min (trigram profiles, ~100 kB of data, no model download), restricted to
 * English and Spanish. Chosen on our own posts (tests/eval/*-es-train.jsonl against the English
 * phi-train, phi-train2 and misinfo-train posts; sentences labelled by their post's language, so
 * Spanglish posts count against every detector alike):
 *
 * | detector (en+es only)  | posts es / en | sentences es / en | sentences < 40 chars es / en | data   |
 * |------------------------|---------------|-------------------|------------------------------|--------|
 * | franc-min 6.2.0        | 0.968 / 0.999 | 0.915 / 0.909     | 0.823 / 0.794                | 100 kB |
 * | tinyld 1.3.4 (normal)  | 0.952 / 0.999 | 0.884 / 0.935     | 0.756 / 0.842                | 12 MB* |
 * | tinyld/light 1.3.4     | 0.965 / 0.999 | 0.894 / 0.909     | 0.775 / 0.784                | 70 kB  |
 * | eld/small 2.1.0        | 0.955 / 1.000 | 0.905 / 0.961     | 0.807 / 0.904                | 1.6 MB |
 * (* package; its normal profile alone is several MB.) franc-min is the most accurate on Spanish
 * posts at the smallest size and ~0.15 ms a sentence; eld is better on short English sentences
 * but sixteen times larger for a content-script bundle. Short sentences are where trigrams guess,
 * so `spanishScore` adds function words and Spanish letters, and `sentenceLanguages` lets a
 * sentence that is still unclear follow its neighbours or the post's majority. Resolved this way,
 * on the same posts: sentences es 0.958 / en 0.999, sentences < 40 chars es 0.935 / en 0.997,
 * posts es 0.968 / en 1.000 (what is left is mostly real English inside Spanglish posts).
 *
 * Pure (no DOM), linear in the text; franc runs only on drafts with some sign of Spanish, so an
 * English draft costs one regex test.
 */
import { francAll } from 'franc-min';
import { lastTextMemo } from './memo';
import { ACCENT_BASE, COMBINING_MARK } from './phrase-trie';
import { matchWithTrie } from './terms';
import { sentencesOf, type Span } from './sentences';

/** A sentence's language; `other` when it cannot be told (too short, only numbers or emoji). */
export type Language = 'en' | 'es' | 'other';

/** A sentence span of the draft with the language it is read in. */
export interface SentenceLanguage extends Span {
  readonly language: 'en' | 'es';
}

/** The post as a whole: its main language and how much of it is Spanish. */
export interface PostLanguage {
  readonly main: 'en' | 'es';
  /** Share of the post's letters in Spanish sentences, 0..1. */
  readonly spanishShare: number;
  /** Both languages carry a real part of the post (Spanglish). */
  readonly mixed: boolean;
}

// Signs of Spanish worth running the detector for: a Spanish letter or mark, or a common Spanish
// word. Checked on the accent-folded, lowercased draft. Bounded alternation: linear.
const SPANISH_HINT = /[ñ¿¡áéíóú]|(?<![\p{L}\p{N}])(?:que|los|las|del|por|para|con|una?|esta|es|el|la|en|de|mi|su|muy|pero|y|se|le|lo|ya|hoy|ayer|hay|sin|al|sus|nos)(?![\p{L}\p{N}])/u;
// Short function words that tell the two languages apart where trigrams cannot ("Vaya a
// urgencias", "Hay días buenos"). Each list holds words that are rare in the other language.
const SPANISH_WORDS = /(?<![\p{L}\p{N}])(?:que|los|las|del|por|para|con|una?|esta|este|es|el|la|en|de|mi|mis|su|sus|muy|pero|y|se|le|les|lo|ya|hoy|ayer|hay|sin|al|nos|tiene|fue|son|como|cuando|todos?|nuestr[oa]s?|usted|ustedes|gracias|señora?|años?|día|días)(?![\p{L}\p{N}])/gu;
const ENGLISH_WORDS = /(?<![\p{L}\p{N}])(?:the|and|of|to|is|are|was|were|with|for|that|this|my|our|your|his|her|she|he|they|it|you|we|i|on|at|from|have|has|had|will|be|just|not|all|so|who|what|when|out|up|about|today|can|do|did)(?![\p{L}\p{N}'’])/gu;
// Letters that appear in Spanish words and almost never in English ones (names aside).
const SPANISH_LETTERS = /[ñáéíóú¿¡]/gu;
const LETTERS = /\p{L}/gu;
/** Sentences with fewer letters than this are too short to tell: they follow their neighbours. */
const MIN_LETTERS = 6;
/** A sentence whose evidence is weaker than this either way follows its neighbours. */
const MARGIN = 0.05;

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** Folds accents written as a letter plus a combining mark ("e\u0301") into one character. */
export function foldAccents(s: string): string {
  return s.normalize('NFC');
}

/**
 * How Spanish a sentence reads, from -1 (English) to 1 (Spanish): franc's trigram margin between
 * the two languages, plus function words and Spanish letters, which carry short sentences.
 */
export function spanishScore(sentence: string): number {
  const s = foldAccents(sentence).toLowerCase();
  const letters = count(LETTERS, s);
  if (letters < MIN_LETTERS) return 0;
  // No Spanish word or letter at all: English, without running the trigram model (most
  // sentences of an English draft end here, so long English drafts stay cheap).
  const words = count(SPANISH_WORDS, s) - count(ENGLISH_WORDS, s);
  const accents = Math.min(count(SPANISH_LETTERS, s), 3);
  if (accents === 0 && words < 0 && !SPANISH_HINT.test(s)) return -1;
  let trigrams = 0;
  if (letters >= 10) {
    const scores = francAll(s, { only: ['eng', 'spa'], minLength: 1 });
    const es = scores.find(([l]) => l === 'spa')?.[1] ?? 0;
    const en = scores.find(([l]) => l === 'eng')?.[1] ?? 0;
    trigrams = es - en;
  }
  const z = trigrams * WEIGHT_TRIGRAMS + words * WEIGHT_WORDS + accents * WEIGHT_ACCENTS;
  return Math.max(-1, Math.min(1, z));
}
export const WEIGHT_TRIGRAMS = 1;
export const WEIGHT_WORDS = 0.15;
export const WEIGHT_ACCENTS = 0.1;

/** The language of one sentence by itself: `other` when it is too short or unclear to tell. */
export function languageOf(sentence: string): Language {
  const z = spanishScore(sentence);
  if (z > MARGIN) return 'es';
  if (z < -MARGIN) return 'en';
  return 'other';
}

/**
 * Every sentence of `text` with its language. A sentence that cannot be told by itself takes the
 * language of the nearest sentence before it that could (or after, at the start), and the post's
 * majority when none could. Memoized for the last text (several rules ask in turn).
 */
export const sentenceLanguages: (text: string) => SentenceLanguage[] = lastTextMemo((text) => {
  const spans = sentencesOf(text);
  if (!SPANISH_HINT.test(foldAccents(text).toLowerCase())) return spans.map((s) => ({ ...s, language: 'en' as const }));
  const own = spans.map((s) => languageOf(text.slice(s.start, s.end)));
  let es = 0;
  let en = 0;
  own.forEach((l, i) => {
    const n = (spans[i]?.end ?? 0) - (spans[i]?.start ?? 0);
    if (l === 'es') es += n;
    else if (l === 'en') en += n;
  });
  let majority: 'en' | 'es' = es > en ? 'es' : 'en';
  // No sentence could be told apart (a one-liner): read the whole draft at once.
  if (es === 0 && en === 0) majority = languageOf(text) === 'es' || count(SPANISH_LETTERS, foldAccents(text)) > 0 ? 'es' : 'en';
  // A sentence that cannot be told by itself reads like its neighbours when they agree, and like
  // the post's majority otherwise.
  const out: SentenceLanguage[] = [];
  own.forEach((l, i) => {
    let language: 'en' | 'es' = majority;
    if (l !== 'other') language = l;
    else {
      const before = out[i - 1]?.language;
      const after = own.slice(i + 1).find((x): x is 'en' | 'es' => x !== 'other');
      if (before && before === after) language = before;
      else if (!before && after) language = after;
    }
    out.push({ ...spans[i]!, language });
  });
  return out;
});

/** The post's main language and its Spanish share. */
export function postLanguage(text: string): PostLanguage {
  let es = 0;
  let total = 0;
  for (const s of sentenceLanguages(text)) {
    const n = count(LETTERS, text.slice(s.start, s.end));
    total += n;
    if (s.language === 'es') es += n;
  }
  const spanishShare = total === 0 ? 0 : es / total;
  return { main: spanishShare > 0.5 ? 'es' : 'en', spanishShare, mixed: spanishShare >= 0.2 && spanishShare <= 0.8 };
}

/** The language of the sentence holding `index` of `text`. */
export function languageAt(text: string, index: number): 'en' | 'es' {
  for (const s of sentenceLanguages(text)) if (index < s.end) return s.language;
  return postLanguage(text).main;
}

/** Whether any sentence of `text` is Spanish (a cheap gate for Spanish-only rules). */
export function hasSpanish(text: string): boolean {
  return sentenceLanguages(text).some((s) => s.language === 'es');
}

// Each vowel and "n" of a Spanish term matches with or without its accent or tilde, composed or
// written as a letter plus a combining mark: one character class and an optional mark per
// letter, nothing nested, so the regex stays linear.
const ACCENT_CLASSES: Record<string, string> = {
  a: `[aáàä]${COMBINING_MARK}?`, e: `[eéèë]${COMBINING_MARK}?`, i: `[iíìï]${COMBINING_MARK}?`, o: `[oóòö]${COMBINING_MARK}?`, u: `[uúùü]${COMBINING_MARK}?`, n: `[nñ]${COMBINING_MARK}?`,
};

/**
 * A regex matching any of the Spanish `phrases` as whole words, accent-insensitively ("mama"
 * matches "mamá" and "ma\u0301ma"), case-insensitively; spaces match any run of white space.
 */
export function spanishPhraseRegex(phrases: readonly string[], flags = 'giu'): RegExp {
  const source = (p: string) =>
    [...p.toLowerCase().normalize('NFC')]
      .map((ch) => {
        const base = ACCENT_BASE[ch] ?? ch;
        if (ACCENT_CLASSES[base]) return ACCENT_CLASSES[base];
        if (/\s/.test(ch)) return '\\s+';
        return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
  const body = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(source).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags);
  // Run as a trie of the phrases with the regex's exact matches (text/phrase-trie.ts): the
  // clinical list's regex alone took ~3 ms a check (issue 11).
  matchWithTrie(re, phrases, { caseInsensitive: flags.includes('i'), space: 'run', boundary: 'word', accents: true });
  return re;
}

/**
 * Languages Second Look cannot check, by franc's ISO 639-3 code, with the name the notice uses.
 * A language not listed here is "another language".
 */
const OTHER_LANGUAGES: Readonly<Record<string, string>> = {
  por: 'Portuguese', fra: 'French', ita: 'Italian', deu: 'German', nld: 'Dutch', pol: 'Polish', ron: 'Romanian',
  tur: 'Turkish', vie: 'Vietnamese', tgl: 'Tagalog', hat: 'Haitian Creole', rus: 'Russian', ukr: 'Ukrainian',
  cmn: 'Chinese', arb: 'Arabic', hin: 'Hindi', ben: 'Bengali', urd: 'Urdu', kor: 'Korean', jpn: 'Japanese',
  ind: 'Indonesian', zlm: 'Malay', swh: 'Swahili', amh: 'Amharic', pes: 'Persian', ell: 'Greek', hun: 'Hungarian',
  ces: 'Czech', swe: 'Swedish', som: 'Somali', yor: 'Yoruba', hau: 'Hausa', ibo: 'Igbo', tha: 'Thai',
};

/** What the draft is written in, for the "language not checked" notice (issue 15). */
export interface DraftLanguage {
  /** The languages whose words are checked that the draft's sentences are in. */
  readonly checked: readonly ('en' | 'es')[];
  /**
   * Set when most of the draft is in a language Second Look does not check: its ISO 639-3 code
   * and English name ("another language" when unnamed). Identifiers (phone, email, SSN, record
   * numbers) are still found in such a draft; words are not read.
   */
  readonly other?: { readonly code: string; readonly name: string };
}

/** Too little text to tell a language by its trigrams: no notice. */
const MIN_OTHER_LETTERS = 60;
/** English or Spanish scoring this close to the best language: a checked language, no notice. */
const OTHER_MARGIN = 0.92;
/** For a draft with Portuguese letters or words, Spanish may score this close and still lose. */
const PORTUGUESE_MARGIN = 0.985;
// Letters and words of Portuguese that Spanish does not write.
const PORTUGUESE = /[ãõç]|(?<![\p{L}\p{N}])(?:é|não|você|vocês|em|ao|aos|das|dos|com|uma|ela|ele|dela|dele|obrigad[oa])(?![\p{L}\p{N}])/gu;
/** English function words at this share of the words: an English draft. */
const ENGLISH_SHARE = 0.12;
// Spanish words that French, Portuguese and Italian do not share (unlike "de", "la", "que", "con").
const SPANISH_ONLY_WORDS = /(?<![\p{L}\p{N}])(?:el|los|del|y|muy|pero|hoy|ayer|hay|usted|ustedes|gracias|este|esta|está|están|cuando|tiene|tienen|señora?|años|también|nuestro|nuestra|ahora|porque|ella|ellos)(?![\p{L}\p{N}])/gu;
/** English and Spanish function words together at this share: a checked draft. */
const CHECKED_SHARE = 0.25;

/**
 * The draft's languages: which checked languages its sentences are in and, when most of it is
 * in another language (Portuguese, French…), which one. Pure, memoized for the last text.
 */
export const draftLanguage: (text: string) => DraftLanguage = lastTextMemo((text) => {
  const checked = [...new Set(sentenceLanguages(text).map((s) => s.language))];
  // Numbers, addresses and handles say nothing of the language and blur the trigrams.
  const s = foldAccents(text).toLowerCase().split(/\s+/u).filter((w) => !/[\d@#/]/u.test(w)).join(' ');
  // ñ, ¿ and ¡ are Spanish; a draft of a few words cannot be told.
  if (count(LETTERS, s) < MIN_OTHER_LETTERS || /[ñ¿¡]/u.test(s)) return { checked };
  const words = s.match(/\p{L}+/gu)?.length ?? 0;
  // A fair share of English function words, or of English and Spanish ones together: an English
  // draft with names or jargon, or a Spanglish one, that trigrams misread.
  const english = count(ENGLISH_WORDS, s);
  if (english >= words * ENGLISH_SHARE || english + count(SPANISH_ONLY_WORDS, s) >= words * CHECKED_SHARE) return { checked };
  const scores = francAll(s, { minLength: 10 });
  const [best] = scores[0] ?? [];
  if (!best || best === 'und' || best === 'eng' || best === 'spa' || best === 'sco') return { checked };
  const known = Math.max(scores.find(([l]) => l === 'eng')?.[1] ?? 0, scores.find(([l]) => l === 'spa')?.[1] ?? 0);
  // Portuguese and Spanish share most trigrams; Portuguese letters and words settle it.
  const margin = best === 'por' && count(PORTUGUESE, s) >= 2 ? PORTUGUESE_MARGIN : OTHER_MARGIN;
  if (known >= margin) return { checked };
  return { checked, other: { code: best, name: OTHER_LANGUAGES[best] ?? 'another language' } };
});
