import { defineRule, type Match } from '../rule';
import { alternation, foldAccents, hasMatch, matchesOf, matchWith, phraseRegex } from '../text/terms';
import { yourThen } from '../text/phrase-trie';
import { cluster, notAboutAPatient, notPhi, sentencesOf, within, wordsBefore } from './context';
import cues from './data/relationship-cues.json';
import { CONFIRM_CARE } from './quasi';
import clinical from './data/clinical-terms.json';
import { builtOnFirstUse } from '../text/memo';
import { hasSpanish, languageAt, spanishPhraseRegex } from '../text/language';

// HHS has fined practices for review replies that named no diagnosis at all — they only confirmed
// the reviewer was a patient. A reply saying "your visit", "as your dentist" or "we saw you last
// week" is that confirmation. It matters most where the practice answers someone (review replies,
// comments, replies, messages); on a post the same words are usually advice to every reader
// ("book your visit"), so there a confirmation needs a past-tense or personal marker. Replies that
// decline to discuss anyone's care are the safe pattern and are never flagged.

const YOUR_CARE = new RegExp(
  `(?<![\\p{L}\\p{N}])your\\s(?:(?:[\\p{L}\\p{N}/'’-]+\\s){0,2}?)(?:${alternation(cues.careNouns, { space: '\\s' })})(?![\\p{L}\\p{N}])`,
  'giu',
);
// "your rotator cuff repair", "your foot ulcer", "your ankle": the clinical vocabulary the story
// judgement uses after "your" (its specific terms: diagnoses, procedures, drugs, units; not the
// everyday ones such as "your vision"), so a reply naming care the list above lacks still confirms
// it. Body parts ("your ankle", "your face") are everyday words too, so they count only with a sign
// the care happened ("hope your ankle is healing", "after your knee").
const YOUR_CLINICAL = new RegExp(
  `(?<![\\p{L}\\p{N}])your\\s(?:(?:[\\p{L}\\p{N}/'’-]+\\s){0,2}?)(?:${alternation(clinical.strong, { space: '\\s' })})(?![\\p{L}\\p{N}])`,
  'giu',
);
const YOUR_BODY = new RegExp(`(?<![\\p{L}\\p{N}])your\\s(?:(?:[\\p{L}\\p{N}/'’-]+\\s){0,1}?)(?:${alternation(clinical.bodyParts)})(?![\\p{L}\\p{N}])`, 'giu');
// Matched by a trie of the terms (text/phrase-trie.ts) with the regexes' exact matches: compiling
// the clinical one took 60–140 ms of a woken worker's first check (issue 11).
matchWith(YOUR_CARE, () => yourThen(cues.careNouns, 2, 'one'));
matchWith(YOUR_CLINICAL, () => yourThen(clinical.strong, 2, 'one'));
matchWith(YOUR_BODY, () => yourThen(clinical.bodyParts, 1, 'literal'));
const AS_YOUR_ROLE = phraseRegex(cues.roles.map((r) => `as your ${r}`).concat(cues.roles.map((r) => `your ${r} noted`)));
const PHRASE = phraseRegex(cues.phrases);
const STRONG_PHRASE = phraseRegex(cues.strongPhrases);
const PAST = phraseRegex(cues.pastMarkers, 'i');
const INVITATION = new Set(cues.invitations);
// Spanish replies (issue 15): "su limpieza", "fue un gusto atenderle", "según nuestros registros".
// Built on first use, so English drafts never compile them.
const es = cues.spanish;
const ES = builtOnFirstUse({
  care: () => spanishPhraseRegex(es.careNouns.flatMap((n) => ['su', 'sus', 'tu', 'tus'].map((p) => `${p} ${n}`))),
  phrase: () => spanishPhraseRegex(es.phrases),
  strong: () => spanishPhraseRegex(es.strongPhrases),
  past: () => spanishPhraseRegex(es.pastMarkers, 'iu'),
});
const ES_INVITATION = new Set(es.invitations.map((w) => foldAccents(w)));
const ES_ADDRESSED = /^(?:hola|buen[oa]s|estimad[oa]|querid[oa]|gracias)(?!\p{L})|\brese(?:ñ|n\p{M}?)a\b/iu;
const REPLY_SURFACES = new Set(['review-reply', 'comment', 'reply', 'message']);
// A post addressed to one person: an @handle, a thank-you for "the review", a name in a greeting.
const ADDRESSED = /(?:^|\s)@[\w.]{2,}|\breview\b|^(?:hi|hello|hey|dear|thanks|thank you)\b/i;


export default defineRule({
  id: 'phi.relationship-confirmation',
  category: 'phi.relationship-confirmation',
  message: 'This confirms that someone is or was a patient. Even without a diagnosis that is protected information; reply without confirming (“please call our office”).',
  find({ text, context }) {
    const np = notPhi(text);
    if (np.hypothetical || np.simulation || np.fiction || (notAboutAPatient(np) && !np.veterinary)) return [];
    const reply = REPLY_SURFACES.has(context.surface ?? '');
    const addressed = reply || ADDRESSED.test(text);
    const out: Match[] = [];
    const spanish = hasSpanish(text);
    for (const s of sentencesOf(text)) {
      // A sentence that declines to discuss care is the safe pattern; only an outright confirmation
      // inside it ("if you're the patient with…") still counts.
      const safe = within(np.privacySafe, s.start);
      // Advice ("Ask your dentist at your next cleaning") addresses everyone, not a patient.
      const advice = within(np.generic, s.start);
      const sText = text.slice(s.start, s.end);
      const push = (start: number, end: number, confidence: number) =>
        out.push({ start: s.start + start, end: s.start + end, confidence: confidence - (safe ? 0.35 : 0) - (advice ? 0.4 : 0) });
      if (spanish && languageAt(text, s.start) === 'es') {
        const addressedEs = addressed || ES_ADDRESSED.test(text);
        for (const m of matchesOf(ES.strong, sText)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, confidence: addressedEs ? 0.85 : 0.6 });
        for (const m of matchesOf(ES.phrase, sText)) push(m.index, m.index + m[0].length, addressedEs ? 0.75 : 0.4);
        for (const m of matchesOf(ES.care, sText)) {
          if (wordsBefore(sText, m.index, 2).some((w) => ES_INVITATION.has(foldAccents(w)))) continue; // "agende su cita" invites
          const past = hasMatch(ES.past, sText.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30));
          push(m.index, m.index + m[0].length, reply ? (past ? 0.8 : 0.6) : addressedEs ? (past ? 0.65 : 0.4) : past ? 0.4 : 0.2);
        }
        continue;
      }
      for (const m of matchesOf(STRONG_PHRASE, sText)) {
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length + trailing(sText, m.index + m[0].length), confidence: addressed ? 0.85 : 0.6 });
      }
      for (const m of matchesOf(PHRASE, sText)) {
        push(m.index, m.index + m[0].length + trailing(sText, m.index + m[0].length), addressed ? 0.75 : 0.4);
      }
      // In a reply, the story judgement's care confirmations ("thank you for trusting us with
      // your smile", "I remember your dad from our unit") confirm the person answered was a patient.
      if (reply) for (const m of matchesOf(CONFIRM_CARE, sText)) push(m.index, m.index + m[0].length + trailing(sText, m.index + m[0].length), 0.75);
      // "As your dentist" confirms care even in a sentence that gives advice.
      for (const m of matchesOf(AS_YOUR_ROLE, sText)) {
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, confidence: (addressed ? 0.85 : 0.6) - (safe ? 0.35 : 0) });
      }
      const careMatches = [...matchesOf(YOUR_CARE, sText), ...matchesOf(YOUR_CLINICAL, sText)];
      for (const m of matchesOf(YOUR_BODY, sText)) if (hasMatch(PAST, sText.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30))) careMatches.push(m);
      for (const m of careMatches) {
        const lead = wordsBefore(sText, m.index, 2);
        if (lead.some((w) => INVITATION.has(w))) continue; // "schedule your visit" invites, it does not confirm
        const around = sText.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
        // "your next cleaning", "your first visit" look ahead; they invite rather than confirm.
        const past = hasMatch(PAST, around) && !/^your\s(?:next|upcoming|first|annual)\b/i.test(m[0]);
        const confidence = reply ? (past ? 0.8 : 0.6) : addressed ? (past ? 0.65 : 0.4) : past ? 0.4 : 0.2;
        // Include the lead-in ("at your visit", "after your filling in March").
        const leadIn = /(?:at|from|after|during|since|on|about|for|with)\s$/i.exec(sText.slice(Math.max(0, m.index - 7), m.index));
        push(m.index - (leadIn ? leadIn[0].length : 0), m.index + m[0].length + trailing(sText, m.index + m[0].length), confidence);
      }
    }
    return cluster(text, out);
  },
  examples: {
    flag: [
      {"text": "Thanks Odile, we loved [[seeing your]] boys for their checkups!", "context": {"surface": "review-reply"}},
      { text: 'Hi Dana, we’re sorry [[your crown]] came loose so soon after [[your visit]].', context: { surface: 'review-reply' } },
      { text: '[[Our records show]] you missed two appointments in March.', context: { surface: 'review-reply' } },
      { text: '[[As your dentist]], I recommended a night guard.', context: { surface: 'review-reply' } },
      { text: 'Thanks for the kind words! [[We saw you]] last week and you were a trooper.', context: { surface: 'comment' } },
      { text: '[[When you came in]] for your MRI the machine was down, we know.', context: { surface: 'reply' } },
      { text: 'So glad [[your new knee]] is holding up!', context: { surface: 'comment' } },
      'Thanks @rayofsun for the review after [[your root canal]]!',
      { text: 'Gracias, Marisol. ¡Qué gusto que [[su limpieza]] salió tan bien!', context: { surface: 'review-reply' } },
      { text: '[[Your appointment]] with Dr. Ng went long because of the extra fillings.', context: { surface: 'review-reply' } },
      { text: 'Thank you for [[trusting us with your smile]]!', context: { surface: 'review-reply' } },
    ],
    pass: [
      { text: 'We can’t discuss any individual’s care online; please call our office so we can help.', context: { surface: 'review-reply' } },
      { text: 'Thanks for letting us know. Privacy rules keep us from talking about anyone’s care online, so please give the office a call.', context: { surface: 'review-reply' } },
      'Flu season is here: schedule your appointment today!',
      'Bring your insurance card to your first visit.',
      'Ask your doctor whether a statin is right for you.',
      { text: 'Aww, this made our week! Sharing it at Monday’s huddle.', context: { surface: 'review-reply' } },
      { text: 'Great question! Ask your dentist at your next cleaning.', context: { surface: 'reply' } },
      { text: 'Gracias por sus palabras. Por privacidad no podemos hablar de la atención de nadie aquí; llámenos, por favor.', context: { surface: 'review-reply' } },
      'Agende su cita de limpieza antes de fin de año.',
    ],
  },
});

/** Extends a span over the rest of a short clause: "your knee incision was closed and dressed". */
function trailing(s: string, from: number): number {
  const m = /^(?:\s(?:is|was|were|went|came|has|had|looks|looked|got|is\snow)\s[\p{L}’'-]+(?:\s(?:and|&)\s[\p{L}’'-]+)?)?/u.exec(s.slice(from, from + 40));
  return m ? m[0].length : 0;
}
