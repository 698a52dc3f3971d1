import { defineRule, type Match } from '../rule';
import { compiledPattern } from '../text/safe-pattern';
import { matchesOf, phraseRegex } from '../text/terms';

/** Facility names shorter than this would match ordinary words. */
const MIN_TERM = 3;

const termRegexes = new Map<string, RegExp>();

function termRegex(terms: readonly string[]): RegExp | null {
  const usable = terms.map((t) => t.trim()).filter((t) => t.length >= MIN_TERM);
  if (!usable.length) return null;
  const cacheKey = usable.join('\u0000');
  let re = termRegexes.get(cacheKey);
  if (!re) {
    re = phraseRegex(usable); // alternation of escaped literals: linear time
    if (termRegexes.size > 50) termRegexes.clear();
    termRegexes.set(cacheKey, re);
  }
  return re;
}

/**
 * The organization's own deny-list: facility names (reported as a place) and local record-number
 * formats (reported as an MRN). Patterns run only after lib/analyzer/text/safe-pattern.ts has shown
 * them linear-time safe; a refused pattern is skipped here (lib/policy refuses it on input).
 */
export default defineRule({
  id: 'phi.deny-list',
  category: 'phi.other-id',
  message: 'Your organization lists this as identifying. Remove it before posting.',
  find({ text, context }) {
    const out: Match[] = [];
    const deny = context.deny;
    if (!deny) return out;
    const terms = termRegex(deny.terms ?? []);
    if (terms) {
      for (const m of matchesOf(terms, text)) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          confidence: 0.8,
          category: 'phi.geo',
          message: 'Your organization lists this facility name: with patient details it points to where someone was treated.',
          fix: { kind: 'remove' },
        });
      }
    }
    for (const source of deny.patterns ?? []) {
      const re = compiledPattern(source);
      if (!re) continue;
      for (const m of matchesOf(re, text)) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          confidence: 0.95,
          category: 'phi.mrn',
          message: 'This matches a record-number format your organization uses. Remove it: it identifies a patient.',
          fix: { kind: 'remove' },
        });
      }
    }
    return out;
  },
  examples: {
    flag: [
      { text: 'Transferred from [[Mercy Valley Hospital]] last night', context: { deny: { terms: ['Mercy Valley Hospital'] } } },
      { text: 'chart [[MV-0048213]] needs a review', context: { deny: { patterns: ['MV-\\d{7}'] } } },
      { text: 'ref [[mv 1234567]] pending', context: { deny: { patterns: ['MV[- ]?\\d{7}'] } } },
    ],
    pass: [
      'Transferred from Mercy Valley Hospital last night',
      { text: 'Mercy Valley Hospitality week starts', context: { deny: { terms: ['Mercy Valley Hospital'] } } },
      { text: 'chart XMV-00482139 is a part number', context: { deny: { patterns: ['MV-\\d{7}'] } } },
      { text: 'anything at all 123', context: { deny: { patterns: ['(\\d+)+x'] } } },
    ],
  },
});
