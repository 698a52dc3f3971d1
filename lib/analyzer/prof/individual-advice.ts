import { clauseStart, negationsIn, readablePart } from '../text/framing';
import { sentencesOf } from '../text/sentences';
import { compileLists, hasIn, hitsIn, type Hit, type Terms } from '../text/lexicon';
import { defineRule, type Match } from '../rule';
import words from './data/individual-advice.json';

/**
 * Diagnosing or dosing a specific stranger in public: "sounds like you have shingles",
 * "you should start 20mg rosuvastatin", "DM me your labs", "that rash looks harmless in the
 * pic". General education ("label limits for ibuprofen apply to most adults"), declining to advise
 * on a case, and sending people to care ("go to the ER", "see your doctor") pass. Replies and
 * comments are where this happens; in a post the same words are weighed a little lower.
 */
const W = compileLists({
  privateConsult: words.privateConsult,
  consultVerbs: words.consultVerbs,
  consultObjects: words.consultObjects,
  diagnosis: words.diagnosis,
  weakDiagnosis: words.weakDiagnosis,
  dosing: words.dosing,
  doseVerbs: words.doseVerbs,
  doseUnits: words.doseUnits,
  drugs: words.drugs,
  general: words.general,
  notDiagnosisAfter: words.notDiagnosisAfter,
  secondPerson: words.secondPerson,
});
// A number with a dose unit: "800mg", "40 mg", "2 puffs". Bounded digits, one optional space.
const DOSE = /\b\d{1,4}(?:\.\d{1,2})?\s?(?:mg|mcg|µg|units|iu|ml|g|tabs|tablets|pills|capsules|puffs|drops)\b/giu;

// "Your son's headaches are from his eyes": a second-person cause-of-symptom statement.
const CAUSE_SHAPE = /\byour\s(?:[\w-]{1,12}['’]s\s)?[\w-]{3,20}(?:\s[\w-]{3,20})?\s(?:is|are)\s(?:probably\s|definitely\s|likely\s|just\s|clearly\s)?(?:from|caused by|because of|due to)\b/giu;
// An imperative at the start of a clause: "Start valacyclovir today."
const CLAUSE_LEAD = /(?:^|[.!?,;:]\s{0,3}|\n)$/u;

const SURFACE_WEIGHT: Record<string, number> = { comment: 1, reply: 1, message: 1, 'review-reply': 1, post: 0.8, caption: 0.8 };

export default defineRule({
  id: 'prof.individual-advice',
  category: 'prof.individual-advice',
  message: 'This diagnoses or doses a specific person in public. Invite them to see their own clinician instead.',
  find({ text: draft, context }) {
    const text = readablePart(draft);
    const out: Match[] = [];
    const weight = SURFACE_WEIGHT[context.surface ?? ''] ?? 0.9;
    const doses = hitsIn(DOSE, text);
    for (const s of sentencesOf(text)) {
      const inS = (re: Terms) => hitsIn(re, text, s.start, s.end);
      const cands: (Hit & { confidence: number })[] = [];
      for (const h of inS(W.privateConsult)) cands.push({ ...h, confidence: 0.75 });
      // "DM me your labs", "send me a photo of the rash": a private channel plus clinical material.
      const objects = inS(W.consultObjects);
      for (const v of inS(W.consultVerbs)) {
        const o = objects.find((x) => x.start >= v.end && x.start - v.end <= 25);
        if (o) cands.push({ start: v.start, end: o.end, confidence: 0.75 });
      }
      // "That's a classic question" is not a diagnosis.
      const notDx = inS(W.notDiagnosisAfter);
      const isDx = (h: Hit) => !notDx.some((n) => n.start >= h.end && n.start - h.end <= 2);
      for (const h of inS(W.diagnosis).filter(isDx)) cands.push({ ...h, confidence: 0.7 });
      if (weight === 1 && hasIn(W.secondPerson, text, s.start, s.end)) {
        for (const h of inS(W.weakDiagnosis).filter(isDx)) cands.push({ ...h, confidence: 0.55 });
      }
      const drugs = [...inS(W.drugs), ...doses.filter((d) => d.start >= s.start && d.end <= s.end)];
      for (const v of inS(W.dosing)) {
        const obj = drugs.find((d) => d.start >= v.start && d.start - v.end <= 40);
        // "Never quit your blood pressure pills on your own" is general safety advice, not dosing.
        const negated = negationsIn(text, clauseStart(text, s, v.start), v.start, [v]).length > 0;
        if (obj && !negated) cands.push({ start: v.start, end: Math.max(v.end, obj.end), confidence: 0.75 });
      }
      if (weight === 1) {
        for (const h of inS(CAUSE_SHAPE)) cands.push({ ...h, confidence: 0.65 });
        for (const v of inS(W.doseVerbs)) {
          const d = drugs.find((x) => x.start >= v.end && x.start - v.end <= 6);
          if (d && CLAUSE_LEAD.test(text.slice(Math.max(0, v.start - 4), v.start))) cands.push({ start: v.start, end: d.end, confidence: 0.6 });
        }
      }
      // "take 800mg acyclovir": a plain verb counts only with a number and a unit right after it.
      for (const v of inS(W.doseVerbs)) {
        const d = doses.find((x) => x.start >= v.end && x.start - v.end <= 12 && x.end <= s.end);
        if (d) cands.push({ start: v.start, end: d.end, confidence: 0.65 });
      }
      if (cands.length === 0) continue;
      // General advice and referrals to care are what we want; a referral inside the diagnosis
      // itself ("you don't need to see a doctor") does not count.
      const general = inS(W.general).filter((g) => !cands.some((c) => g.start < c.end && c.start < g.end));
      if (general.length) continue;
      // A hedged guess ("your toddler is likely…") that ends in "mention it at the next checkup"
      // points to care; a dose or a firm diagnosis does not become safe that way.
      if (cands.every((c) => c.confidence < 0.6) && hasIn(W.general, text)) continue;
      const confidence = Math.min(0.9, Math.max(...cands.map((c) => c.confidence)) + (cands.length > 1 ? 0.1 : 0)) * weight;
      out.push({
        start: Math.min(...cands.map((c) => c.start)),
        end: Math.max(...cands.map((c) => c.end)),
        confidence,
      });
    }
    return out;
  },
  examples: {
    flag: [
      { text: '[[Sounds like you have shingles]], [[take 800mg acyclovir]] five times a day.', context: { surface: 'reply' } },
      { text: 'With a fasting sugar like that [[you should double your insulin]] tonight.', context: { surface: 'comment' } },
      '[[DM me your labs]] and I’ll tell you what to take.',
      'Post your TSH below and [[I’ll tell you what dose]] of levothyroxine fits.',
      { text: '[[That rash looks like nothing from the photo]], skip the appointment.', context: { surface: 'comment' } },
    ],
    pass: [
      { text: 'I’m not able to weigh in on a specific case here. That said, new chest pain means call 911 now.', context: { surface: 'reply' } },
      'In general, adults should stay under the ibuprofen limit on the box, and cold remedies often contain more of it. Ask your pharmacist.',
      'Adults 50 and older are due for the shingles shot. Bring it up with your doctor.',
      'A lump that lingers past two weeks is probably nothing, but it is worth checking with your GP.',
      { text: 'So sorry you’re going through this. Please book a visit so we can take a proper look.', context: { surface: 'reply' } },
    ],
  },
});
