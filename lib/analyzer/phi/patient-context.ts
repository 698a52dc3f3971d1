import { nlpView } from '../text/nlp';
import { defineRule, type Match } from '../rule';
import { matchesOf, phraseRegex } from '../text/terms';
import {
  clinicalHits,
  cluster,
  notAboutAPatient,
  notPhi,
  personAnchors,
  sentencesOf,
  spansIn,
  within,
  type Anchor,
  type ClinicalHit,
} from './context';
import people from './data/person-references.json';
import { findNames } from './name';

// A clinical detail is PHI when it is tied to one particular person. The score adds what the
// detail says (a diagnosis is stronger than "results") to how clearly it points at someone
// ("the 27yo in bay 6" is stronger than "she"), and drops when the sentence reads as general
// education or the draft is a labelled hypothetical, a vet or simulation case, fiction, or a
// public figure's public news (phi/context.ts).

const SPECIFIC_TIME = phraseRegex(people.specificTime, 'i');
const JUST_IDIOM = /(?<!\p{L})(?:not\sjust|just\s(?:another|a|an|because|in\scase|like|as|for|about|the\sbeginning))(?!\p{L})/giu;
const CARE_DISCLOSURE = phraseRegex(people.careDisclosures);
// Who a patient is or where they are, with no diagnosis at all: "this patient is a firefighter",
// "he's calling for you", "her son is here".
const IDENTITY = /(?<!\p{L})(?:my|our|the|this)\s(?:patient|pt)\s(?:is|was)\s(?:also\s)?an?\s\p{L}+/giu;
const ASKING = /(?<!\p{L})(?:she|he)(?:'s|’s|\sis|\swas|\skeeps)\s(?:asking|calling|crying|screaming)\s(?:for|about)\s(?:you|her|his|their|the)\b[^.!?\n]{0,20}/giu;
const WHEREABOUTS =
  /(?<!\p{L})(?:his|her|their|your)\s(?:son|daughter|husband|wife|mom|mother|dad|father|kid|child|baby|grandma|grandpa)\s(?:is|was)\s(?:still\s)?(?:here|admitted|in\sthe\s(?:hospital|ER|ED|ICU)|on\sthe\sunit|with\sus)(?!\p{L})/giu;
// A clinical word naming a program, event or organization is a topic, not a person's condition:
// "our stroke recovery program", "Diabetes Awareness Month", "recliners for our chemo patients" (a group).
const TOPIC = /^\s?(?:research|program|programs|awareness|month|week|day|walk|run|fundraiser|foundation|association|society|education|class|support group|clinic|center|team|lab|labs|screenings?|fair|drive|event|conference|study|studies|trial|guidelines?|patients|pts|nurses|unit|ward|suite|chairs|families)\b/i;
// Words that lead into a clinical detail and belong in the underline: "with the appendicitis".
const INTRODUCERS = new Set(['with', 'w', 'w/', 's/p', 'for', 'of', 'after', 'from', 'since', 'her', 'his', 'their', 'the', 'a', 'an', 'new', 'my', 'our', 'your', 'on', 'in', 'had', 'has', 'have', 'got']);
const REPLY_SURFACES = new Set(['review-reply', 'comment', 'reply', 'message']);

/** Extends a span left over up to three lead-in words ("with the", "s/p", "her"). */
function leadIn(text: string, start: number, floor: number): number {
  let s = start;
  for (let i = 0; i < 3; i++) {
    const before = text.slice(Math.max(floor, s - 16), s);
    const trimmed = before.trimEnd();
    if (trimmed.length === before.length) break; // no space before the detail: nothing to lead in
    let w = trimmed.length;
    while (w > 0 && /[\p{L}/']/u.test(trimmed[w - 1]!)) w--;
    const word = trimmed.slice(w);
    if (!word || !INTRODUCERS.has(word.toLowerCase())) break;
    s -= before.length - trimmed.length + word.length;
  }
  return s;
}

/** How strongly `anchor` ties `hit` to a person, 0 when it does not. */
function tie(text: string, anchor: Anchor, hit: ClinicalHit, specific: boolean, generic: boolean, hedged: boolean): number {
  if (anchor.start < hit.end && hit.start < anchor.end) return anchor.kind === 'patient' ? 0.35 : 0; // "frequent flyer" is both
  if (anchor.kind === 'pronoun') {
    // A pronoun counts only right next to the detail: "her chemo", "broke his hip", "he has pneumonia".
    const gap = anchor.end <= hit.start ? text.slice(anchor.end, hit.start) : text.slice(hit.end, anchor.start);
    const near = anchor.end <= hit.start ? gap.length <= 18 && !/[.!?;]/.test(gap) : gap.length <= 2;
    if (!near) return 0;
    return generic ? 0 : 0.3;
  }
  if (anchor.indefinite) return generic || (hedged && !specific) ? 0 : specific ? 0.4 : 0.3;
  if (generic) {
    // Advice may say "pt with DKA: start…"; only "my/our patient" or "I saw" still points at someone.
    const own = /^(?:my|our|this|that)\s/i.test(text.slice(anchor.start, anchor.end));
    return (anchor.kind === 'patient' && own) || anchor.kind === 'action' ? 0.3 : 0;
  }
  return 0.4;
}

export default defineRule({
  id: 'phi.patient-context',
  category: 'phi.patient-context',
  message: 'This ties a diagnosis, treatment or visit to one particular person. Together with other details it can identify the patient; generalize or remove it.',
  find({ text, context }) {
    const np = notPhi(text);
    if (notAboutAPatient(np)) return [];
    // Answering someone's own public story is not the author disclosing a patient's.
    if (np.selfDisclosure && context.surface !== 'review-reply' && !np.care) return [];
    const hits = clinicalHits(text).filter((h) => text[h.start - 1] !== '#' && !TOPIC.test(text.slice(h.end, h.end + 24)));
    const anchors = [
      ...personAnchors(text),
      // A patient's name is the strongest anchor of all.
      ...findNames(text, context)
        .filter((n) => n.confidence >= 0.5)
        .map((n): Anchor => ({ start: n.start, end: n.end, strength: 'strong', kind: 'person', indefinite: false })),
    ].sort((a, b) => a.start - b.start);
    const view = nlpView(text);
    const reply = REPLY_SURFACES.has(context.surface ?? '');
    const caption = context.surface === 'caption';
    const raw: Match[] = [];
    const sentences = sentencesOf(text);
    // A strong anchor anywhere in a short draft makes its other clinical details about that person too.
    const draftAnchor =
      text.length <= 600 &&
      anchors.some((a) => a.strength === 'strong' && !a.indefinite && a.kind !== 'place' && a.kind !== 'action' && !within(np.aggregate, a.start));
    sentences.forEach((s, i) => {
      if (within(np.privacySafe, s.start) || within(np.aggregate, s.start)) return;
      const sText = text.slice(s.start, s.end);
      const generic = within(np.generic, s.start);
      const self = within(np.authorSelf, s.start);
      const hedged = within(np.hedged, s.start);
      const sHits = spansIn(hits, s.start, s.end);
      // Only a sentence with clinical details needs it, and reading its terms parses it (text/nlp.ts).
      // "just" dates a story ("just saw"), but not in idioms: "not just another antibiotic", "just in case".
      const specific = sHits.length > 0 &&
        ((view.sentences[i]?.terms.some((t) => t.tags.includes('PastTense')) ?? false) || SPECIFIC_TIME.test(sText.replace(JUST_IDIOM, ' ')));
      const sAnchors = spansIn(anchors, s.start, s.end);
      for (const hit of sHits) {
        let best = 0;
        let bestAnchor: Anchor | undefined;
        for (const a of sAnchors) {
          const t = tie(text, a, hit, specific, generic, hedged);
          if (t > best) [best, bestAnchor] = [t, a];
        }
        if (best === 0 && reply && /\b(?:you|your)\b/i.test(sText) && !generic) best = 0.25;
        if (best === 0 && (draftAnchor || caption) && !generic && !self && hit.strength === 'strong') best = 0.2;
        // The author's own health or family: not a patient unless a patient or a bed is named too.
        if (self && bestAnchor?.kind !== 'patient' && bestAnchor?.kind !== 'place') continue;
        if (best === 0 && hit.strength === 'weak') continue;
        const base = hit.strength === 'strong' ? 0.45 : 0.2;
        const confidence = Math.min(0.95, base + best + (specific && best > 0 ? 0.05 : 0));
        let start = leadIn(text, hit.start, s.start);
        let end = hit.end;
        // The reference itself ("my longtime patient", "the kid in bay 3") belongs to the disclosure when close by.
        if (bestAnchor && bestAnchor.kind !== 'pronoun' && Math.abs(bestAnchor.start - hit.start) <= 80) {
          start = Math.min(start, bestAnchor.start);
          end = Math.max(end, bestAnchor.end);
        }
        raw.push({ start, end, confidence });
      }
      // "Privileged to be your nurse", "Resident spotlight": care disclosed without a diagnosis.
      for (const re of [IDENTITY, ASKING, WHEREABOUTS]) {
        for (const m of matchesOf(re, sText)) if (!generic) raw.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, confidence: 0.55 });
      }
      for (const m of matchesOf(CARE_DISCLOSURE, sText)) {
        if (!generic) raw.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, confidence: 0.6 });
      }
    });
    return cluster(text, raw);
  },
  examples: {
    flag: [
      'the 45yo in bed 7 [[with the gallstones]] keeps ordering pizza',
      'pt in room 12 [[OD’d]] again last night',
      'this lady [[came in with chest pain]] and left AMA before her troponin came back',
      'eval’d a 61M today for [[NSTEMI]]; he drove himself in',
      'the kid in bay 3 [[broke his arm]] on a trampoline',
      'Mrs. Ortega finally [[finished chemo]] today!',
      'FYI day team: [[this patient is a firefighter]] at Station 9, so expect visitors',
    ],
    pass: [
      "Thank you to the Okafor family for donating 150 coloring books to our ER!",
      "Case of the week: 31-year-old with syncope after a run. ECG below. What is your read?",
      "Pod B got new recliners for our chemo patients thanks to a generous donation",
      "A 60-year-old smoker with a new cough deserves a chest CT, not just another antibiotic",
      "Room 2 has the new ultrasound machine, ask for the training login",
      'Hypothetical: a 50-year-old with DKA — what is your first fluid bolus?',
      'Teaching case: a 7-year-old with fever who refuses to bear weight. Next step?',
      'Adults over 65 should get a pneumonia vaccine.',
      'In a 70-year-old with back pain, anemia and high calcium, think myeloma.',
      'My patient, a golden retriever named Moose, had his stitches out today',
      'Sim lab today: our manikin coded twice and we ran the full code blue',
      'Booster done this morning and my shoulder is aching',
      'Reminder: metformin is held before contrast CT.',
      'Senator Blake announced she is recovering from a stroke; wishing her well.',
      'We treated 300 patients with flu this week. Please get vaccinated.',
      'My daughter broke her arm at gymnastics today; the parent side of the ER is humbling.',
      'Pt with DKA: start the insulin drip only after K is above 3.3.',
      'Grand rounds on stroke codes in Conference Room 4C this Thursday at noon.',
    ],
  },
});
