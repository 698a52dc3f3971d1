/**
 * A finding's reason and suggested text in the language of the sentence it sits in (issue 15):
 * a finding in a Spanish sentence reads in Spanish whatever the browser's language, one in an
 * English sentence in English. One step after the rules, so no rule needs to know; the Spanish
 * words are data (messages-es.json). A myth's correction is left as the myth rule chose it: each
 * myth carries its own correction per language.
 */
import catalog from './messages-es.json';
import { ageFixEs } from './phi/age';
import { RULES } from './rules';
import { hasSpanish, languageAt, languageOf } from './text/language';
import type { Category, Finding } from './types';

const BY_CATEGORY: Readonly<Record<string, string>> = catalog.byCategory;
const BY_RULE: Readonly<Record<string, string>> = catalog.byRule;
const REPLACEMENTS: Readonly<Record<string, string>> = catalog.replacements;

/** Rule ids whose reason is their category's (a rule's own, or a judgement's `<category>.judged`). */
const CATEGORY_RULES: ReadonlySet<string> = new Set([...RULES.map((r) => r.id), ...RULES.map((r) => `${r.category}.judged`)]);
/** "in their 30s" → "de treinta y tantos". */
const DECADE = /^in their ([1-8])0s$/;

/** The Spanish reason for a finding, or undefined when it has its own words (a myth's correction). */
export function spanishMessage(ruleId: string, category: Category): string | undefined {
  return BY_RULE[`${ruleId}|${category}`] ?? (CATEGORY_RULES.has(ruleId) ? BY_CATEGORY[category] : undefined);
}

/** The Spanish of a suggested text the rule wrote (not the user's own words), or undefined. */
export function spanishReplacement(replacement: string, category: Category): string | undefined {
  if (REPLACEMENTS[replacement]) return REPLACEMENTS[replacement];
  const decade = DECADE.exec(replacement);
  if (decade) return ageFixEs(Number(decade[1]) * 10, true)?.replacement;
  // A disclosure in the post's language (the user's words stay as they are).
  if (category === 'prof.coi' && replacement.endsWith(' #ad')) return `${replacement.slice(0, -3)}#publicidad`;
  return undefined;
}

/**
 * Whether a rule wrote its reason in Spanish itself (a myth's correction, chosen by the pattern
 * that matched). `languageOf`, not `languageAt`: that one remembers only the last text (the draft's).
 */
const ownWordsInSpanish = (f: Finding): boolean => !CATEGORY_RULES.has(f.ruleId) && languageOf(f.message) === 'es';

/**
 * Findings of `text` with each reason (and rule-written replacement) in its sentence's language,
 * marked `lang: 'es'` when their words are Spanish.
 */
export function inSentenceLanguage(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || !hasSpanish(text)) return findings;
  return findings.map((f) => {
    if (languageAt(text, f.start) !== 'es') return ownWordsInSpanish(f) ? { ...f, lang: 'es' as const } : f;
    const spanish = spanishMessage(f.ruleId, f.category);
    const message = spanish ?? f.message;
    const replacement = f.fix?.replacement === undefined ? undefined : spanishReplacement(f.fix.replacement, f.category);
    const lang = spanish !== undefined || ownWordsInSpanish(f) ? ({ lang: 'es' } as const) : {};
    if (message === f.message && replacement === undefined && !('lang' in lang)) return f;
    return { ...f, message, ...(replacement !== undefined ? { fix: { ...f.fix!, replacement } } : {}), ...lang };
  });
}
