import { defineRule, type Match } from '../rule';
import { contextFactor, MAX_READINGS, readablePart } from '../text/framing';
import { sentencesOf } from '../text/sentences';
import english from './data/miracle-cure.json';
import spanish from './data/miracle-cure-es.json';
import { bucketBy, compileLists, hasIn, hitsIn, type Hit, type Terms } from '../text/lexicon';
import { mergeLists } from '../text/terms';
import { hasCitation } from './sources';

/**
 * Absolute cure and efficacy claims: "cures cancer", "reverses diabetes naturally", "100%
 * effective", "miracle cure". A cure verb counts only with a chronic or serious condition after
 * it; conditions medicine really does cure ("hepatitis C is curable with DAAs", strep with
 * antibiotics, Mohs cure rates with a source) and sourced figures pass.
 */
/** The rule's word lists, each with its Spanish words (issue 15). */
const words = mergeLists(english, spanish);
const W = compileLists({
  cureVerbs: words.cureVerbs,
  afterVerbs: words.afterVerbs,
  conditions: words.conditions,
  absolute: words.absolute,
  strongClaims: words.strongClaims,
  intensifiers: words.intensifiers,
  legitimate: words.legitimate,
});

const NEAR = 60;
// "cures patients within 3 hours", "heals it in 2 days": a cure verb with a promised time frame.
const TIMED = /\b(?:within|in)\s(?:just\s)?(?:\d{1,3}|one|two|three|a few)\s(?:hours?|days?|minutes?|nights?)\b/giu;

function nextAfter(hits: readonly Hit[], at: number, max: number): Hit | undefined {
  return hits.find((h) => h.start >= at && h.start - at <= max);
}

export default defineRule({
  id: 'misinfo.miracle-cure',
  category: 'misinfo.miracle-cure',
  message: 'This promises a cure or guaranteed result that medicine can’t back up. Qualify the claim or cite the evidence.',
  find({ text: draft }) {
    const text = readablePart(draft);
    const out: Match[] = [];
    const sentences = sentencesOf(text);
    // Every list scanned once, its hits grouped by sentence: linear in the draft.
    const by = (re: Terms) => bucketBy(hitsIn(re, text), sentences);
    const all = {
      verbs: by(W.cureVerbs),
      after: by(W.afterVerbs),
      conditions: by(W.conditions),
      absolute: by(W.absolute),
      strong: by(W.strongClaims),
    };
    for (const [si, s] of sentences.entries()) {
      const verbs = all.verbs[si]!;
      const conditions = all.conditions[si]!;
      const spans: { start: number; end: number; base: number; own: Hit[] }[] = [];
      for (const v of verbs) {
        const c = nextAfter(conditions, v.end, NEAR);
        if (c) spans.push({ start: v.start, end: c.end, base: 0.6, own: [v, c] });
      }
      for (const c of conditions) {
        const a = nextAfter(all.after[si]!, c.end, 20);
        if (a) spans.push({ start: c.start, end: a.end, base: 0.6, own: [c, a] });
      }
      for (const v of verbs.slice(0, MAX_READINGS)) {
        const t = hitsIn(TIMED, text, v.end, Math.min(s.end, v.end + 50))[0];
        if (t) spans.push({ start: v.start, end: t.end, base: 0.6, own: [v, t] });
      }
      for (const h of all.strong[si]!) spans.push({ start: h.start, end: h.end, base: 0.7, own: [h] });
      for (const h of all.absolute[si]!) spans.push({ start: h.start, end: h.end, base: 0.65, own: [h] });
      if (spans.length === 0) continue;

      const start = Math.min(...spans.map((x) => x.start));
      const end = Math.max(...spans.map((x) => x.end));
      let confidence = Math.max(...spans.map((x) => x.base));
      const kinds = new Set(spans.map((x) => x.base));
      if (kinds.size > 1 || hasIn(W.intensifiers, text, s.start, s.end)) confidence += 0.2;
      // Real cures and cited cure rates are news, not miracles (a bare link is not a citation).
      const nextEnd = sentences[si + 1]?.end ?? s.end;
      // (a citation may follow in the next sentence; a mere mention of surgery there may not)
      if (hasIn(W.legitimate, text, s.start, s.end) || hasCitation(text, s.start, nextEnd)) confidence *= 0.3;
      let factor = 1;
      for (const x of spans.slice(0, MAX_READINGS)) factor = Math.min(factor, contextFactor(text, x.start, x.end, 0.55, x.own));
      confidence *= factor;
      if (confidence >= 0.15) out.push({ start, end, confidence: Math.min(confidence, 0.95) });
    }
    return out;
  },
  examples: {
    flag: [
      'This tea [[cures type 2 diabetes naturally]] — no more meds!',
      'Our laser protocol [[reverses arthritis]] in 6 sessions.',
      'Oil pulling is a [[miracle cure]] for gum disease.',
      'My knee brace works [[100% of the time]] on meniscus pain.',
      'Three weeks of this cleanse and my psoriasis [[gone for good]].',
      'This root powder [[reversed my mum’s Parkinson’s]]. Nature heals.',
      'Two capsules a day and your [[eczema disappears]].',
      'El té de guanábana [[elimina el cáncer]] de raíz.',
      'Nuestro jugo de nopal [[cura la diabetes en 30 días]], garantizado.',
    ],
    pass: [
      'Hepatitis C is curable: 8–12 weeks of DAAs clear the virus in more than 95% of people.',
      'Most strep infections are cured by ten days of penicillin or amoxicillin.',
      'Journal club: surgery plus adjuvant chemo gave a 5-year cure rate of 80% in stage II disease (Smith et al., Lancet Oncol 2021).',
      'Nothing cures diabetes overnight, and anyone selling that is selling you something.',
      'Is there a miracle cure for back pain? No. Movement, time and sometimes PT.',
      'Does anything reverse Alzheimer’s? Not yet, but research is moving fast.',
      'The vending machine on 4 West eats my dollar every single time.',
      'El cáncer de colon detectado a tiempo se cura en la mayoría de los casos. Hágase su colonoscopía.',
      'Es falso que el agua con limón cure la diabetes.',
    ],
  },
});
