import { defineRule, type Match } from '../rule';
import { cueBefore, matchesOf, phraseRegex } from '../text/terms';
import labels from './data/id-labels.json';
import { labelledIds, labelRegex } from './identifier-context';

const LABEL = labelRegex(labels.healthPlan);
const INSURER = phraseRegex(labels.insurers);
const OWN = phraseRegex(labels.own);
// Medicare Beneficiary Identifier (CMS): 11 characters, digit/letter positions fixed, never S L O I B Z.
const L = '[AC-HJKMNP-RT-Y]';
const MBI = new RegExp(`(?<![A-Z\\d-])[1-9]${L}[AC-HJKMNP-RT-Y\\d]\\d-?${L}[AC-HJKMNP-RT-Y\\d]\\d-?${L}${L}\\d\\d(?![A-Z\\d-])`, 'g');
// Between an insurer's name and a number, one of these says it is the member's ID.
const ID_WORD = /id|#|number|no\.?|member/i;

export default defineRule({
  id: 'phi.health-plan-id',
  category: 'phi.health-plan-id',
  message: 'This looks like a health plan member or policy number. Remove it: it identifies the patient to anyone who reads it.',
  find({ text }) {
    const out: Match[] = [];
    const add = (start: number, end: number, confidence: number) => {
      if (out.some((o) => o.start < end && start < o.end)) return;
      out.push({ start, end, confidence, fix: { kind: 'remove' } });
    };
    for (const m of matchesOf(MBI, text)) add(m.index, m.index + m[0].length, cueBefore(text, m.index, LABEL, 30) ? 0.95 : 0.8);
    for (const hit of labelledIds(text, LABEL, 4)) {
      add(hit.start, hit.end, cueBefore(text, hit.labelStart, OWN, 12) ? 0.3 : 0.9);
    }
    for (const hit of labelledIds(text, INSURER, 4)) {
      if (!ID_WORD.test(text.slice(hit.labelStart, hit.start))) continue; // "Cigna covers 1200 visits"
      add(hit.start, hit.end, 0.85);
    }
    return out;
  },
  examples: {
    flag: [
      'her member ID is [[W28841907]] if billing asks',
      'Your Aetna ID [[HX4471902]] was inactive on the date of service',
      'his Medicare number [[1EG4-TE5-MK73]] is on the form',
      'pt card says [[2QF7AK9HT41]], can someone check eligibility?',
      'Policy #: [[77120-4431]] (Humana)',
      'su número de póliza es [[W884532190]], ¿me ayudan con la autorización?',
    ],
    pass: [
      'We accept Aetna, Cigna and Humana plans',
      'Bring your insurance card to every visit',
      'Medicare covers 80% of approved costs',
      'Our group number is on the contract: 44120',
      'Call Blue Cross at 1-800-555-0199',
      'Traiga su póliza y una identificación a su primera cita',
      'Over 2,000 members joined the plan in 2024',
    ],
  },
});
