import { defineRule, type Match } from '../rule';
import { matchesOf } from '../text';

// The lookbehind starts a match only at the beginning of a run of address characters, so a
// long run without "@" is scanned once, not once per position (linear, not quadratic).
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*\.[a-z]{2,24}(?![\w-])/gi;

export default defineRule({
  id: 'phi.email',
  category: 'phi.email',
  message: 'This looks like an email address. A personal address identifies someone; remove it.',
  find({ text }) {
    const out: Match[] = [];
    for (const m of matchesOf(EMAIL, text)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.9, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'Patient asked me to email results to [[maria.gonzalez82@gmail.com]]',
      'his wife ([[j_smith+work@mail.example.co.uk]]) called',
    ],
    pass: ['Email is not secure for results; use the portal', 'Follow @DrLee on X', 'version 2.0@beta'],
  },
});
