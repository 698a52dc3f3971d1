/**
 * Drug names by their stem: a generic name ends in the stem of its class ("lisinopril",
 * "rosuvastatina", "dapagliflozin"), so a treatment no word list names is still recognized. The
 * stems are the USAN Council's (data/drug-stems.json), with their Spanish (INN) endings.
 *
 * One bounded letter run before a literal alternation of endings, then no letter: linear.
 */
import stems from './data/drug-stems.json';
import { alternation } from './terms';
import { hitsIn, type Hit } from './lexicon';

const DRUG = new RegExp(`(?<![\\p{L}\\p{N}_-])\\p{L}{3,18}(?:${alternation(stems.stems)})(?![\\p{L}\\p{N}_])`, 'giu');

/** Drug names in `text` between `from` and `to`, found by their stem. */
export function drugNames(text: string, from = 0, to = text.length): Hit[] {
  return hitsIn(DRUG, text, from, to);
}
