import { defineRule, type Match } from '../rule';
import { matchesOf } from '../text/terms';
import labels from './data/id-labels.json';
import { isTeaching, labelledIds, labelRegex, notAPatient, signalsAt } from './identifier-context';

const LABEL = labelRegex(labels.other);
// A social handle: "@sunnyside_sam", "@amelia.runs.far". Not an email (no word before the @).
const HANDLE = /(?<![\w@.])@\w(?:[\w.]{0,28}\w)?(?![\w@])/g;
const ORG_HANDLE = /gov|org|health|hospital|clinic|medical|official|news|cdc|who|fda|nih|pharmacy|dental|pediatrics|md$/i;
const FOLLOW = /(?:follow|via|h\/t|hat tip|cc|thanks to|per|from|by|source:?)\s{1,3}$/i;
const YOUR = /(?<!\p{L})your(?!\p{L})/iu;
// Identifying marks: "'JAX' tattoo on her neck", "a scar across his left cheek".
const MARK = /(?:['"“‘][^'"”’\n]{1,30}['"”’]\s)?(?:tattoo|tattoos|birthmark|port-wine stain|scar|piercing)(?:\s(?:of|that says|reading)\s[^,.;\n]{1,30})?\s(?:on|across|over)\s(?:(?:his|her|their|the|a)\s)?(?:(?:left|right|upper|lower)\s)?(?:arm|hand|neck|face|chest|back|leg|shoulder|forearm|wrist|cheek|forehead|ankle|calf|thigh|knuckles|fingers|scalp|abdomen|belly)(?!\p{L})/giu;

export default defineRule({
  id: 'phi.other-id',
  category: 'phi.other-id',
  message: 'This identifies one person (a prescription, case or claim number, a social handle, a distinctive mark). Remove it.',
  find({ text, context }) {
    const out: Match[] = [];
    const teaching = isTeaching(text);
    for (const hit of labelledIds(text, LABEL, 4)) {
      out.push({ start: hit.start, end: hit.end, confidence: 0.85, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(HANDLE, text)) {
      const end = m.index + m[0].length;
      if (ORG_HANDLE.test(m[0]) || FOLLOW.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      const s = signalsAt(text, m.index, end, context);
      // A handle is a patient's identifier when the post talks to them about their care.
      const addressed = context.surface === 'reply' || context.surface === 'comment' || YOUR.test(text);
      out.push({ start: m.index, end, confidence: s.clinical && addressed && !notAPatient(text, m.index, teaching) ? 0.65 : 0.25, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(MARK, text)) {
      const end = m.index + m[0].length;
      const s = signalsAt(text, m.index, end, context);
      out.push({ start: m.index, end, confidence: (s.person || s.clinical) && !notAPatient(text, m.index, teaching) ? 0.6 : 0.3, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'Rx #[[6628104]] was refilled twice by mistake',
      'lab accession # [[S24-118803]] was mislabeled',
      { text: '[[@marathon_mike22]] so happy your knee surgery went well! see you at the follow-up', context: { platform: 'x', surface: 'reply' } },
      'unidentified woman transported by ambulance overnight, [["ROSE" tattoo on her left forearm]], please help us reach family',
    ],
    pass: [
      'Follow @CDCgov for outbreak updates',
      'Thanks @DrAnaLopez for the great talk on sepsis',
      'Case numbers are rising in our county',
      'Email me at someone@example.com',
      'Tattoos are fine after the wound heals',
    ],
  },
});
