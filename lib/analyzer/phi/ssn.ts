import { defineRule, type Match } from '../rule';
import { cueBefore, matchesOf, phraseRegex } from '../text';
import labels from './data/ssn-labels.json';

const LABEL = phraseRegex(labels);
// Three groups with one consistent separator (or none); anchored so it never starts inside a
// longer number. No nested quantifiers: linear time.
const SSN = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])/g;

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
    return out;
  },
  examples: {
    flag: [
      'Her SSN is [[123-45-6789]] if billing needs it',
      'ssn [[123 45 6789]] for the form',
      'social security #: [[219099999]]',
      'pt 401-33-2211 called back',
      'social sec: [[078.05.1121]]',
    ],
    pass: [
      'Order number 000-12-3456 shipped',
      'Area 666 is never issued: 666-12-3456',
      'Serial 123-45-0000 is invalid',
      'Group zero: 123-00-4567',
      'Our tracking code 912-34-5678 ends the same',
      'Call 555-123-4567 to book',
      'Invoice 123456789 paid',
    ],
  },
});
