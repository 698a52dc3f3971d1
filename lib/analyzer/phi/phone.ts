import { defineRule, type Match } from '../rule';
import { cueBefore, digitsOf, matchesOf, phraseRegex } from '../text';
import cues from './data/phone-cues.json';

// North American numbers: optional +1, area code (optionally in parentheses), exchange, line.
const NANP = /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w-])/g;
// International: a plus sign, then digits with single separators; digit count checked in code.
const INTL = /(?<![\w+])\+[1-9][\d\s().-]{6,20}\d(?!\d)/g;

const FAX = phraseRegex(cues.fax);
const ORGANIZATION = phraseRegex(cues.organization);

function plausibleNanp(digits: string): boolean {
  const ten = digits.length === 11 ? digits.slice(1) : digits;
  // Area code and exchange never start with 0 or 1.
  return ten.length === 10 && ten[0] !== '0' && ten[0] !== '1' && ten[3] !== '0' && ten[3] !== '1';
}

export default defineRule({
  id: 'phi.phone',
  category: 'phi.phone',
  message: 'This looks like a phone number. A personal number identifies someone; remove it unless it is your organization’s public line.',
  find({ text }) {
    const out: Match[] = [];
    const seen = new Set<number>();
    const add = (start: number, end: number) => {
      if (seen.has(start)) return;
      seen.add(start);
      const fax = cueBefore(text, start, FAX, 20);
      const organization = cueBefore(text, start, ORGANIZATION, 40);
      out.push({
        start,
        end,
        // An organization's own published line is not PHI; keep it visible only as a hint.
        confidence: organization ? 0.3 : 0.85,
        fix: { kind: 'remove' },
        ...(fax
          ? { category: 'phi.fax' as const, message: 'This looks like a fax number. Remove it unless it is your organization’s public fax.' }
          : {}),
      });
    };
    for (const m of matchesOf(NANP, text)) {
      if (plausibleNanp(digitsOf(m[0]))) add(m.index, m.index + m[0].length);
    }
    for (const m of matchesOf(INTL, text)) {
      const n = digitsOf(m[0]).length;
      if (n >= 8 && n <= 15) add(m.index, m.index + m[0].length);
    }
    return out;
  },
  examples: {
    flag: [
      'Her daughter asked us to call her at [[(415) 555-0182]] with results',
      'pt cell [[415-555-0182]]',
      'reach the family on [[+1 415 555 0182]]',
      'UK number for his son: [[+44 20 7946 0958]]',
      'mom’s number [[+91 98765 43210]]',
      'fax the chart to [[212.555.0199]]',
    ],
    pass: [
      'Call our office at (415) 555-0100 to book a flu shot',
      'Appointments: 415-555-0100',
      'ICD-10 code E11.9 and CPT 99213',
      'Give 325 mg every 4 to 6 hours, max 3000 mg a day',
      'Order 1234567890123456789 shipped',
      'Published 2019-2023 in 12 journals',
    ],
  },
});
