import { clauseStart, mergeAdjacent, negationsIn, readablePart } from '../text/framing';
import { sentencesOf } from '../text/sentences';
import { compileLists, hasIn, hitsIn, type Hit } from '../text/lexicon';
import { defineRule, type Match } from '../rule';
import { mergeLists } from '../text/terms';
import english from './data/hostile.json';
import spanish from './data/hostile-es.json';

/**
 * Insulting or disparaging a patient, a parent or a reviewer: an insult aimed at a person
 * ("half my patients are too dense to follow a label"), a dismissive put-down ("enjoy finding
 * another clinic that bends the rules for you", "don't come back"), or a described patient with
 * a mocking marker ("the guy in bay 7 … 😂"). Clinical humour about the job ("vending-machine
 * crackers count as dinner") names no one
 * and passes; so does talking about the labels themselves ("stop calling patients drug seekers").
 */
/** The rule's word lists, each with its Spanish words (issue 15). */
const words = mergeLists(english, spanish);
const W = compileLists({
  insults: words.insults,
  inherent: words.inherent,
  targets: words.targets,
  dismissive: words.dismissive,
  mocking: words.mocking,
  patientDescriptors: words.patientDescriptors,
  locationDescriptors: words.locationDescriptors,
  meta: words.meta,
});
// Emoji are not letters, so list them as a plain alternation without word boundaries.
const AIRLINE = /^\s(?:miles|points|program|programme|status|card|number|club|lounge|perks)\b/iu;
const MOCK_EMOJI = /[🙄🤦🤡😂🤣😒]/u;

export default defineRule({
  id: 'prof.hostile',
  category: 'prof.hostile',
  message: 'This reads as insulting or mocking toward a patient or reviewer. Rephrase before posting; it reflects on you and your practice.',
  find({ text: draft, context }) {
    const text = readablePart(draft);
    const out: Match[] = [];
    const reviewReply = context.surface === 'review-reply';
    const sentences = sentencesOf(text);
    sentences.forEach((s, i) => {
      if (hasIn(W.meta, text, s.start, s.end)) return;
      const cands: (Hit & { confidence: number })[] = [];
      // "…anti-vax moms are the reason kids die. Pathetic." — the target may be one sentence back.
      const targeted = hasIn(W.targets, text, sentences[i - 1]?.start ?? s.start, s.end);
      for (const h of hitsIn(W.insults, text, s.start, s.end)) if (targeted) cands.push({ ...h, confidence: 0.75 });

      for (const h of hitsIn(W.dismissive, text, s.start, s.end)) cands.push({ ...h, confidence: reviewReply ? 0.8 : 0.7 });
      // The eye-roll often comes in a short sentence after: "…his 'allergy' meds again. Sure buddy 🙄".
      const next = sentences[i + 1];
      const reach = next && next.end - next.start <= 30 ? next.end : Math.min(text.length, s.end + 8);
      const mocked = hasIn(W.mocking, text, s.start, reach) || MOCK_EMOJI.test(text.slice(s.start, reach));
      // "Frequent flyer" or "drug seeker" mocks when said with an eye-roll; said plainly it is
      // still a label worth a quiet hint.
      for (const h of hitsIn(W.inherent, text, s.start, s.end)) {
        if (AIRLINE.test(text.slice(h.end, h.end + 12))) continue; // "frequent flyer miles" are an airline's
        cands.push({ ...h, confidence: mocked ? 0.75 : 0.45 });
      }
      if (mocked) {
        // A patient reduced to a bed number and laughed at is mockery; "my patient … 😂" may be
        // a fond story, so it only gets a hint.
        const described = [
          ...hitsIn(W.locationDescriptors, text, s.start, s.end).map((d) => ({ ...d, confidence: 0.6 })),
          ...hitsIn(W.patientDescriptors, text, s.start, s.end).map((d) => ({ ...d, confidence: 0.45 })),
        ];
        for (const d of described) {
          let end = s.end;
          while (end > d.end && ' \t\n.!?'.includes(text[end - 1]!)) end--;
          cands.push({ start: d.start, end, confidence: d.confidence });
        }
      }
      // "I'd never call anyone an idiot" is the opposite of an insult.
      const kept = cands.filter((c) => negationsIn(text, clauseStart(text, s, c.start), c.start, [c]).length === 0);
      if (kept.length === 0) return;
      out.push({
        start: Math.min(...kept.map((c) => c.start)),
        end: Math.max(...kept.map((c) => c.end)),
        confidence: Math.min(0.9, Math.max(...kept.map((c) => c.confidence)) + (kept.length > 1 ? 0.1 : 0)),
      });
    });
    return mergeAdjacent(text, out);
  },
  examples: {
    flag: [
      { text: 'Ma’am, [[you were rude to every one of our staff]]. Please take your business elsewhere.', context: { surface: 'review-reply' } },
      'Honestly some of my patients are [[too stupid]] to take a pill twice a day.',
      'Guess who’s back in the ER for the 5th time this month. Our favorite [[frequent flyer]] 🙄',
      'When [[the guy in room 6]] asks for a sandwich at 3am 😂',
      '[[Imagine being so clueless]] about your own blood pressure.',
      'Three no-shows before lunch. Some patients [[are just garbage]].',
      { text: 'Señora, [[si supiera leer]] un reloj no habría perdido su cita.', context: { surface: 'review-reply' } },
      'Otra [[experta de Google]] que viene a enseñarme medicina.',
    ],
    pass: [
      { text: 'Thank you for your feedback. We’re sorry your wait was long and have shared this with our team.', context: { surface: 'review-reply' } },
      'Night shift math: 3 coffees + 1 granola bar = lunch. 😂 #nurselife',
      'Stop calling people in pain drug seekers. Listen first.',
      'Parents who did their own research deserve a real conversation, not an eye-roll.',
      'Some days the pager wins. Tomorrow I win. 🤣',
      { text: 'Gracias por su reseña, señora. Lamentamos la espera y ya lo hablamos con el equipo.', context: { surface: 'review-reply' } },
    ],
  },
});
