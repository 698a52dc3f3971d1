import { defineRule, type Match } from '../rule';
import { cueBefore, digitsOf, luhnValid, matchesOf, phraseRegex } from '../text/terms';
import labels from './data/id-labels.json';
import { labelledIds, labelRegex } from './identifier-context';

const LABEL = labelRegex(labels.account);
const CARD_LABEL = labelRegex(labels.card);
const OWN = phraseRegex(labels.own);
// 13–19 digits, optionally grouped by spaces or hyphens; Luhn decides. Linear: one digit per step.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5))/;

export default defineRule({
  id: 'phi.account-number',
  category: 'phi.account-number',
  message: 'This looks like an account or card number. Remove it: it ties the post to one patient’s records or money.',
  find({ text }) {
    const out: Match[] = [];
    const add = (start: number, end: number, confidence: number) => {
      if (out.some((o) => o.start < end && start < o.end)) return;
      out.push({ start, end, confidence, fix: { kind: 'remove' } });
    };
    for (const m of matchesOf(CARD, text)) {
      const digits = digitsOf(m[0]);
      if (!luhnValid(digits) || !CARD_PREFIX.test(digits)) continue;
      add(m.index, m.index + m[0].length, cueBefore(text, m.index, CARD_LABEL, 30) ? 0.95 : 0.75);
    }
    for (const hit of labelledIds(text, LABEL, 5)) {
      add(hit.start, hit.end, cueBefore(text, hit.labelStart, OWN, 12) ? 0.3 : 0.9);
    }
    // "card ending in 4421": the last four with the card named.
    for (const hit of labelledIds(text, CARD_LABEL, 4, /(?:ending|ends)(?:\s(?:in|with))?\s{1,3}\d{4}(?!\d)/iy)) {
      add(hit.end - 4, hit.end, 0.6);
    }
    return out;
  },
  examples: {
    flag: [
      'his account #: [[55-20913-7]] still shows the old balance',
      'billing needs to re-run patient account [[8841203377]] before Friday',
      'she read me her card number, [[4111 1111 1111 1111]], over the phone',
      'Your acct no. [[0044718]] is past due',
    ],
    pass: [
      'Account numbers change next month when we switch systems',
      'Log in to your account to see results',
      'Tracking 4111 1111 1111 1112 is not a card',
      'Our account number with the supplier is 40021 (not patient data)',
      'The number 1234 5678 9012 3456 is a placeholder',
    ],
  },
});
