import { defineRule, type Match } from '../rule';
import { contextFactor, MAX_READINGS, mergeAdjacent, negationsIn, readablePart } from '../text/framing';
import { sentencesOf } from '../text/sentences';
import words from './data/unsourced-stat.json';
import { compileLists, hasIn, hitsIn, type Hit, type Terms } from '../text/lexicon';
import { hasLink, hasSource } from './sources';

/**
 * A specific health statistic ("60% fewer sinus infections", "1 in 4 people", "3x more likely") or
 * an appeal to unnamed evidence ("studies show", "clinically proven") with no link, DOI, PMID,
 * journal or agency named in the sentence or the ones beside it. Approximate, general-knowledge
 * figures ("about 97% effective") are only hinted at; figures quoted sceptically pass.
 */
const W = compileLists({
  evidence: words.evidenceClaims,
  health: words.health,
  comparative: words.comparative,
  effect: words.effectVerbs,
  approximate: words.approximate,
  notHealth: words.notHealth,
});
// Bounded digit runs and single separators: linear.
const PERCENT = /(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|percent\b|per cent\b)/giu;
const RATIO = /(?<![\d.,])\d{1,3}(?:,\d{3})?\s(?:in|out\sof)\s(?:every\s)?\d{1,3}(?:,\d{3}){0,2}(?![\d,])/giu;
const TIMES = /(?<![\d.,])\d{1,3}(?:\.\d)?\s?(?:x|×|times|-fold|fold)(?!\p{L})/giu;
const AMOUNT = /(?<![\d.,])\d{1,3}(?:\.\d)?\s(?:years?|months?|days?|minutes?|hours?|pounds?|lbs|kg|points?|inches)\s(?:longer|shorter|more|less|earlier|later|faster|sooner|younger|older)\b/giu;
const WORD_PERCENT = /\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\s(?:percent|per cent)\b|\b(?:one|two|three|four|five|six|seven|eight|nine)\s(?:in|out of)\s(?:two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b/giu;
const TIME_FRAME = /\b(?:past|last|next|in|for|over|within|after|every|per)\s$/iu;
// "what the studies show" introduces evidence; it does not claim any.
const WHAT_BEFORE = /\bwhat\s(?:the\s)?$/iu;
const OF_AFTER = /^\s*(?:of|in)\s/iu;

interface Stat extends Hit {
  confidence: number;
}

function statsIn(text: string, from: number, to: number): Stat[] {
  const out: Stat[] = [];
  const near = (re: Terms, a: number, b: number) => hasIn(re, text, Math.max(from, a), Math.min(to, b));
  // "live 6 years longer" is a claim; "over the last 3 weeks more than…" is a time frame.
  for (const h of hitsIn(AMOUNT, text, from, to)) {
    if (!TIME_FRAME.test(text.slice(Math.max(from, h.start - 12), h.start))) out.push({ ...h, confidence: 0.65 });
  }
  for (const h of [...hitsIn(PERCENT, text, from, to), ...hitsIn(RATIO, text, from, to), ...hitsIn(TIMES, text, from, to), ...hitsIn(WORD_PERCENT, text, from, to)]) {
    if (near(W.notHealth, h.end, h.end + 15)) continue; // "20% off", "100% agree"
    let confidence = 0.45;
    if (near(W.comparative, h.end, h.end + 30) || near(W.effect, h.start - 45, h.start)) confidence = 0.65;
    else if (OF_AFTER.test(text.slice(h.end, to)) || /\bin\b|\bout\b/iu.test(text.slice(h.start, h.end))) confidence = 0.6;
    out.push({ ...h, confidence });
  }
  return out;
}

export default defineRule({
  id: 'misinfo.unsourced-stat',
  category: 'misinfo.unsourced-stat',
  message: 'This states a health statistic or “studies show” without a source. Add a link or citation so readers can check it.',
  find({ text: draft }) {
    const text = readablePart(draft);
    const out: Match[] = [];
    if (hasLink(text)) return out;
    const sentences = sentencesOf(text);
    sentences.forEach((s, i) => {
      const health = hasIn(W.health, text, s.start, s.end);
      const cands: Stat[] = [
        // An appeal to unnamed evidence that refutes something ("X doesn't cause Y — studies show
        // little effect") is less of a risk than one that asserts a new claim.
        ...hitsIn(W.evidence, text, s.start, s.end)
          .filter((h) => !WHAT_BEFORE.test(text.slice(Math.max(s.start, h.start - 16), h.start)))
          .map((h) => ({ ...h, confidence: negationsIn(text, s.start, s.end).length ? 0.45 : 0.6 })),
        ...(health ? statsIn(text, s.start, s.end) : []),
      ];
      if (cands.length === 0) return;
      const from = sentences[i - 1]?.start ?? s.start;
      const to = sentences[i + 1]?.end ?? s.end;
      if (hasSource(text, from, to)) return;
      let confidence = Math.max(...cands.map((c) => c.confidence));
      if (cands.length > 1 && confidence < 0.8) confidence += 0.1;
      if (hasIn(W.approximate, text, Math.max(s.start, Math.min(...cands.map((c) => c.start)) - 20), Math.min(...cands.map((c) => c.start)))) {
        confidence -= 0.15;
      }
      // The claim is the sentence: trim a leading label ("Fun fact:") and trailing punctuation.
      const raw = text.slice(s.start, s.end);
      const lead = raw.length - raw.trimStart().length;
      const start = s.start + lead;
      let end = s.end;
      while (end > start && ' \t\n.!?…'.includes(text[end - 1]!)) end--;
      let factor = 1;
      for (const c of cands.slice(0, MAX_READINGS)) factor = Math.min(factor, contextFactor(text, c.start, c.end, 0.9));
      confidence *= factor;
      if (confidence >= 0.15 && end > start) out.push({ start, end, confidence, fix: { kind: 'add-source' } });
    });
    return mergeAdjacent(text, out);
  },
  examples: {
    flag: [
      '[[Kids who eat breakfast get 40% fewer colds]]. Feed them!',
      '[[Studies show intermittent fasting doubles your lifespan]].',
      '[[1 in 3 people on statins develop muscle damage]].',
      'Our clients are [[5x more likely]] to lose weight and keep it off!',
    ],
    pass: [
      'Roughly 38 million Americans have diabetes (CDC National Diabetes Statistics Report, 2023).',
      'Our RCT found a 22% reduction in readmissions. Paper: https://doi.org/10.1000/xyz123',
      'No citation behind a “studies show”? Treat it with suspicion and ask where it came from.',
      'Flash sale: 20% off all scrubs this weekend!',
      'After the second MMR dose, protection against measles is roughly 97%.',
    ],
  },
});
