/**
 * Whether a claim has a source nearby: a link, DOI, PMID, trial registration, "et al.", a
 * journal or health agency named, or a parenthetical with a year ("(Zeuzem, NEJM 2018)").
 * Used by the unsourced-statistic and miracle-cure rules; data in data/source-cues.json.
 */
import cues from './data/source-cues.json';
import { hasIn, termRegex } from '../text/lexicon';

const TERMS = termRegex(cues.terms);
const NAMES = termRegex(cues.caseSensitive, true);
// Links and identifiers: bounded, single character classes, linear.
const LINK = /https?:\/\/\S|www\.\S|\b[\w-]{2,40}\.(?:com|org|gov|edu|io|net|co|uk|int|ly|me|health)\b|\bdoi\b|\b10\.\d{4,9}\/|\bpmid\b|\bNCT\d{6,}|\bt\.co\//iu;
// Attribution to an account: "RT @NHSEngland:", "via @WHO".
const ATTRIBUTION = /\b(?:RT|via|per|from|says|said)\s@\w/iu;
const YEAR_IN_PARENS = /\([^()]{0,80}\b(?:19|20)\d\d\b[^()]{0,40}\)/u;

/** True when text[from, to) names or links a source. */
export function hasSource(text: string, from = 0, to = text.length): boolean {
  const s = text.slice(from, to);
  return LINK.test(s) || YEAR_IN_PARENS.test(s) || ATTRIBUTION.test(s) || hasIn(TERMS, s) || hasIn(NAMES, s);
}

/** True when text[from, to) cites literature (DOI, PMID, et al., a journal, a dated reference). */
export function hasCitation(text: string, from = 0, to = text.length): boolean {
  const s = text.slice(from, to);
  return /\bdoi\b|\b10\.\d{4,9}\/|\bpmid\b|\bNCT\d{6,}/iu.test(s) || YEAR_IN_PARENS.test(s) || hasIn(TERMS, s) || hasIn(NAMES, s);
}

/** True when the text holds a link or identifier anywhere (a post's source is often at its end). */
export function hasLink(text: string): boolean {
  return LINK.test(text);
}
