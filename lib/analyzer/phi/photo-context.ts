import { defineRule, type Match } from '../rule';
import { matchesOf, phraseRegex } from '../text/terms';
import { builtOnFirstUse } from '../text/memo';
import { hasSpanish, languageAt, spanishPhraseRegex } from '../text/language';
import { clinicalHits, cluster, notAboutAPatient, notPhi, personAnchors, sentencesOf, within } from './context';
import cues from './data/photo-cues.json';

// The words are often harmless while the picture is not: an x-ray with the name in the corner, a
// wristband, a monitor, a chart in the background. A caption that points at a picture of a
// patient's body, images or records ("check out this OPG", "swipe for the before/after") is
// flagged so the author looks at the picture again. A picture word alone ("needs an x-ray") is
// not a picture; it needs a pointer or a picture marker, and counts more in a caption.

const SUBJECT = phraseRegex(cues.subjects);
const POINTER = phraseRegex(cues.pointers);
const MARKER = phraseRegex(cues.markers);
const SELFIE = phraseRegex(cues.selfie);
const BACKDROP = phraseRegex(cues.backdrop);
const BACKDROP_SUBJECT = phraseRegex(cues.backdropSubjects);
// Emoji markers have no word boundaries; match them on their own.
const EMOJI_MARKER = /[📸📷🤳]/gu;
// "Patient's wristband", "pt's x-ray", "her chart": a possessive owner of the subject.
const OWNER = /(?:patient|pt|his|her|their|\p{Lu}\p{Ll}+)(?:['’]s)?\s(?:\p{L}+\s)?$/u;
// "pic with my favorite patient", "photo of our little fighter": a picture of the patient themself.
const WITH_PATIENT =
  /(?<!\p{L})(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|snap)\s(?:with|of)\s(?:my|our|this|the|today's|today’s)\s(?:(?:favorite|favourite|sweet|little|brave|tiny|new|oldest|youngest)\s)?(?:patient|pt|kiddo|buddy|fighter|warrior|champ|baby|newborn|twins)(?!\p{L})/giu;
// Subjects that are as often a room, a product or a hobby as a patient.
const GENERIC_SUBJECTS = new Set(['transformation', 'progress', 'results', 'case', 'face', 'smile', 'board', 'door', 'bed', 'screen', 'screens', 'monitor', 'monitors', 'tray', 'label', 'labels', 'band']);
const STRONG_POINTERS = new Set(['check out this', 'check out these', 'check this out', 'look at this', 'look at these', 'look at that', 'swipe', 'swipe to see', 'swipe for', 'pic of', 'pics of', 'picture of', 'pictures of', 'photo of', 'photos of', 'in the background', 'in the pic', 'in the photo', 'in this pic', 'in this photo']);

/** The word lists one sentence is read with: English, or Spanish for a Spanish sentence (issue 15). */
interface Lists {
  subject: RegExp;
  pointer: RegExp;
  marker: RegExp;
  selfie: RegExp;
  backdrop: RegExp;
  backdropSubject: RegExp;
  strong: (pointer: string) => boolean;
}
const fold = (p: string) => p.toLowerCase().replace(/\s+/g, ' ');
const EN: Lists = {
  subject: SUBJECT, pointer: POINTER, marker: MARKER, selfie: SELFIE, backdrop: BACKDROP, backdropSubject: BACKDROP_SUBJECT,
  strong: (p) => STRONG_POINTERS.has(fold(p)),
};
// "Fotito del antes y después de la herida…", "miren esta radiografía", "la pizarra detrás de mí":
// built on first use, so English drafts never compile them.
const WEAK_ES = /^(?:aqu[ií]\p{M}?\s(?:est[aá]\p{M}?|les\sdejo)|les\s(?:comparto|presento))$/u;
const ES = builtOnFirstUse<{ lists: Lists }>({
  lists: () => ({
    subject: spanishPhraseRegex(cues.spanish.subjects),
    pointer: spanishPhraseRegex(cues.spanish.pointers),
    marker: spanishPhraseRegex(cues.spanish.markers),
    selfie: spanishPhraseRegex(cues.spanish.selfie),
    backdrop: spanishPhraseRegex(cues.spanish.backdrop),
    backdropSubject: spanishPhraseRegex(cues.spanish.backdropSubjects),
    strong: (p) => !WEAK_ES.test(fold(p)),
  }),
});

export default defineRule({
  id: 'phi.photo-context',
  category: 'phi.photo-context',
  message: 'This caption points at a picture of a patient, their images or their chart. Check the photo for names, faces, wristbands and screens before posting.',
  find({ text, context }) {
    const np = notPhi(text);
    if (np.veterinary || np.simulation || np.fiction || np.hypothetical || (notAboutAPatient(np) && !np.care)) return [];
    const caption = context.surface === 'caption';
    const out: Match[] = [];
    const spanish = hasSpanish(text);
    for (const s of sentencesOf(text)) {
      const L = spanish && languageAt(text, s.start) === 'es' ? ES.lists : EN;
      if (within(np.authorSelf, s.start) && !/\b(?:patient|pt)\b/i.test(text.slice(s.start, s.end))) continue;
      const sText = text.slice(s.start, s.end);
      const subjects = [...matchesOf(L.subject, sText)];
      // A pointer with a subject within a few words: "Check out this OPG", "pic of today's CT".
      for (const p of matchesOf(L.pointer, sText)) {
        const strong = L.strong(p[0]);
        const subject = subjects.find((x) => x.index >= p.index + p[0].length && x.index - (p.index + p[0].length) <= 24);
        if (subject) {
          out.push({ start: s.start + p.index, end: s.start + subject.index + subject[0].length, confidence: strong ? 0.8 : caption ? 0.6 : 0.35 });
        } else if (p[0].toLowerCase().startsWith('swipe')) {
          // "Swipe ➡️ for Farid's progress": a carousel of someone.
          const end = /^[^.!?\n]{0,60}/u.exec(sText.slice(p.index))![0].length;
          out.push({ start: s.start + p.index, end: s.start + p.index + end, confidence: caption ? 0.8 : 0.6 });
        }
      }
      for (const m of matchesOf(WITH_PATIENT, sText)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, confidence: 0.75 });
      // "before ➡️ after", "📸: his wife", "📸 shared with permission" — of something clinical.
      for (const m of [...matchesOf(L.marker, sText), ...matchesOf(EMOJI_MARKER, sText)]) {
        const end = /^[^.!?\n#]{0,40}/u.exec(sText.slice(m.index + m[0].length))![0].trimEnd().length;
        // "shared with permission" says someone consented to being shown: a patient, on a clinician's page.
        const consent = /permission/i.test(m[0]);
        const clinicalSubject = subjects.some((x) => !GENERIC_SUBJECTS.has(x[0].toLowerCase()));
        const clinicalDraft =
          consent || clinicalSubject || clinicalHits(text).some((h) => h.strength === 'strong') || personAnchors(text).some((a) => a.kind !== 'pronoun');
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length + end, confidence: clinicalDraft ? (caption ? 0.75 : 0.6) : 0.3 });
      }
      // What shows behind the author: "the census board behind me is NOT blurred", "her chart in
      // the corner of the selfie", "header visible in the corner".
      const backdropSubjects = [...matchesOf(L.backdropSubject, sText)];
      for (const b of matchesOf(L.backdrop, sText)) {
        const subject = backdropSubjects.find((x) => x.index < b.index && b.index - (x.index + x[0].length) <= 30);
        if (subject) out.push({ start: s.start + subject.index, end: s.start + b.index + b[0].length, confidence: caption ? 0.75 : 0.6 });
      }
      // A caption that opens with a study: "Pano of a 15 year old", "CT from today's trauma".
      if (caption) {
        const first = subjects[0];
        if (first && first.index <= 2 && /^\s(?:of|from)\s(?:a|an|my|our|this|the|today's|today’s|his|her)\b/iu.test(sText.slice(first.index + first[0].length, first.index + first[0].length + 12))) {
          out.push({ start: s.start + first.index, end: s.start + first.index + first[0].length, confidence: 0.7 });
        }
      }
      // A selfie shows whatever is behind the author: it counts beside a clinical subject or setting.
      for (const m of matchesOf(L.selfie, sText)) {
        const clinicalScene = subjects.length > 0 || /\b(?:OR|ICU|ER|ED|PACU|NICU|PICU|bay|bed|room|unit|floor)\b/.test(sText);
        const end = /^[^.!?\n#]{0,40}/u.exec(sText.slice(m.index + m[0].length))![0].trimEnd().length;
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length + end, confidence: clinicalScene ? (caption ? 0.75 : 0.6) : 0.3 });
      }
      // In a caption, a subject owned by a patient or modified like a study: "Patient's wristband", "Post-op knee x-ray".
      if (caption) {
        for (const x of subjects) {
          const before = sText.slice(Math.max(0, x.index - 24), x.index);
          if (OWNER.test(before) || /(?:post-op|pre-op|postop|preop)\s(?:\p{L}+\s)?$/iu.test(before)) {
            const start = x.index - (OWNER.exec(before)?.[0].length ?? /(?:post-op|pre-op|postop|preop)\s(?:\p{L}+\s)?$/iu.exec(before)?.[0].length ?? 0);
            out.push({ start: s.start + start, end: s.start + x.index + x[0].length, confidence: 0.7 });
          }
        }
      }
    }
    return cluster(text, out);
  },
  examples: {
    flag: [
      { text: '[[Check out this x-ray]]: a fork in the esophagus 😳', context: { surface: 'caption' } },
      { text: '[[Swipe to see]] her smile makeover!', context: { surface: 'caption' } },
      { text: '[[Before ➡️ after]] on this implant case', context: { surface: 'caption' } },
      'Look at this wound after just 2 weeks of the wound vac!',
      { text: '[[Post-op hip x-ray]] of our favorite grandpa', context: { surface: 'caption' } },
      { text: 'Night crew 💪 (yes the [[census board behind us]] is blurred)', context: { surface: 'caption' } },
      'Proud of this team! [[Her chart in the corner]] is cropped out, promise.',
      { text: '¡[[Miren esta radiografía]]! Un clavo en la mano 😳', context: { surface: 'caption' } },
      { text: 'Turno de noche 💪 [[la pizarra detrás de nosotros]] no está borrosa', context: { surface: 'caption' } },
    ],
    pass: [
      'If a toddler gulps down a coin battery, they need an urgent x-ray.',
      { text: 'Fresh exam chairs just arrived for Treatment Room B 😍', context: { surface: 'caption' } },
      { text: 'Flashback: me with my own braces, 7th grade 😬 #tbt', context: { surface: 'caption' } },
      'MRI safety: remove all metal before your scan.',
      { text: 'First day back from vacation selfie ☀️', context: { surface: 'caption' } },
      { text: 'New mural in the lobby, the sunset behind us is hand-painted 🎨', context: { surface: 'caption' } },
      { text: 'Con permiso, ¡ya llegaron las sillas nuevas para la sala de espera! 😍', context: { surface: 'caption' } },
      { text: 'Say hello to Rusty, the sim lab’s newest training mannequin! Look at that face.', context: { surface: 'caption' } },
    ],
  },
});
