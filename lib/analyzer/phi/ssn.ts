import { defineRule, type Match } from '../rule';
import { cueBefore, matchesOf, phraseRegex, spelledDigits } from '../text/terms';
import labels from './data/ssn-labels.json';

const LABEL = phraseRegex(labels);
// Three groups with one consistent separator (or none); anchored so it never starts inside a
// longer number. No nested quantifiers: linear time.
const SSN = /(?<![\p{L}\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])/gu;

// Digit by digit, to slip past a filter: "5 3 1 - 2 2 - 9 0 4 8". Bounded separators: linear.
const SPACED = /(?<![\d-])\d(?:(?:\s{1,2}|\s?[-.]\s?)\d){8}(?!\d)/g;
// The last four, which with a name or birth date is enough: "SSN ending 4421", "***-**-4421".
const LAST_FOUR = new RegExp(
  `${LABEL.source}\\s{0,3}(?:#|:|number|no\\.?)?\\s{0,3}(?:ending|ends|last\\s(?:4|four)(?:\\sdigits)?)(?:\\s(?:in|with|is|are)|:)?\\s{1,3}(\\d{4})(?!\\d)`,
  'giu',
);
const LAST_FOUR_OF = new RegExp(
  `(?<!\\p{L})last\\s(?:4|four)(?:\\sdigits)?\\sof\\s(?:(?:her|his|their|the|your|my|pt's|patient's)\\s)?${LABEL.source}(?:\\s(?:is|was|are)|:)?(?:\\s{1,3}(\\d{4})(?!\\d))?`,
  'giu',
);
const MASKED = /(?<![\w*•])[x*•]{3}[- ]?[x*•]{2}[- ]?(\d{4})(?!\d)/gi;

/** SSA rules: area 001–899 except 666, group 01–99, serial 0001–9999. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a > 0 && a < 900 && a !== 666 && group !== '00' && serial !== '0000';
}

export default defineRule({
  id: 'phi.ssn',
  category: 'phi.ssn',
  message: 'This looks like a Social Security number. Remove it: it identifies a person on its own.',
  find({ text }) {
    const out: Match[] = [];
    for (const m of matchesOf(SSN, text)) {
      const [whole, area = '', sep = '', group = '', serial = ''] = m;
      if (!ssnValid(area, group, serial)) continue;
      const labelled = cueBefore(text, m.index, LABEL, 30);
      // Bare nine digits or space-separated groups are too often other numbers without a label.
      const confidence = sep === '-' ? (labelled ? 0.99 : 0.9) : labelled ? 0.95 : sep === '' ? 0.2 : 0.45;
      out.push({ start: m.index, end: m.index + whole.length, confidence, fix: { kind: 'remove' } });
    }
    const overlaps = (start: number, end: number) => out.some((o) => o.start < end && start < o.end);
    for (const m of matchesOf(SPACED, text)) {
      const end = m.index + m[0].length;
      const digits = m[0].replace(/\D/g, '');
      if (overlaps(m.index, end) || !ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))) continue;
      out.push({ start: m.index, end, confidence: cueBefore(text, m.index, LABEL, 30) ? 0.9 : 0.3, fix: { kind: 'remove' } });
    }
    for (const [start, end, digits] of spelledDigits(text, 9)) {
      if (digits.length !== 9 || overlaps(start, end) || !ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))) continue;
      if (cueBefore(text, start, LABEL, 30)) out.push({ start, end, confidence: 0.85, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(LAST_FOUR, text)) {
      const digits = m[1] ?? '';
      const start = m.index + m[0].length - digits.length;
      if (!overlaps(start, start + 4)) out.push({ start, end: start + 4, confidence: 0.85, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(LAST_FOUR_OF, text)) {
      const digits = m[1];
      const start = digits ? m.index + m[0].length - digits.length : m.index;
      const end = m.index + m[0].length;
      // Naming the identifier without its digits is only a hint.
      if (!overlaps(start, end)) out.push({ start, end, confidence: digits ? 0.85 : 0.4, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(MASKED, text)) {
      const end = m.index + m[0].length;
      if (!overlaps(m.index, end)) out.push({ start: m.index, end, confidence: cueBefore(text, m.index, LABEL, 30) ? 0.85 : 0.55, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'Her SSN is [[123-45-6789]] if billing needs it',
      'ssn [[123 45 6789]] for the form',
      'social security #: [[219099999]]',
      'pt 401-33-2211 called back',
      'social sec: [[078.05.1121]]',
      'ssn: [[2 1 9 - 0 9 - 9 9 9 9]] (she spelled it out)',
      'billing note: SSN ending [[7731]] doesn’t match the insurance card',
      'last 4 of his social is [[5512]]',
      'his SSN last four [[3321]], if billing asks',
      'her social is [[two one nine, zero nine, nine nine nine nine]]',
      'her card on file shows SSN [[***-**-6021]]',
    ],
    pass: [
      'Order number 000-12-3456 shipped',
      'Area 666 is never issued: 666-12-3456',
      'Serial 123-45-0000 is invalid',
      'Group zero: 123-00-4567',
      'Our tracking code 912-34-5678 ends the same',
      'Call 555-123-4567 to book',
      'Invoice 123456789 paid',
      'Sub ID JQK882201554 is not a social',
      'We never ask for the last 4 of your social by text',
      'Count: 1 2 3 4 5 6 7 8 9 10',
    ],
  },
});
