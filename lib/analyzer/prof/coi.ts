import { readablePart } from '../text/framing';
import { sentencesOf } from '../text/sentences';
import { compileLists, hasIn, hitsIn, type Hit } from '../text/lexicon';
import { defineRule, type Match } from '../rule';
import words from './data/coi.json';

/**
 * Promotion without a disclosure: a discount code, affiliate or referral link, or "link in bio"
 * deal with no #ad, #sponsored, "paid partnership", "I earn a commission" or equivalent anywhere
 * in the post (FTC endorsement guides ask for a clear disclosure near the claim). A practice
 * promoting its own services is not a conflict of interest and is not flagged.
 */
const W = compileLists({ promo: words.promo, weakPromo: words.weakPromo, disclosure: words.disclosure, ownPractice: words.ownPractice });
// A discount code: an upper-case token of 4–15 letters/digits after "code", or after "use"/"with"/
// "enter" when a deal follows ("Use NURSEJAY at checkout"), so "with COPD" is not a code.
const CODE = /\b(?:[Cc]ode|CODE)\s?:?\s(?=[A-Z\d]{0,14}[A-Z])[A-Z\d]{4,15}\b/gu;
const USE_CODE = /\b(?:[Uu]se|[Ww]ith|[Ee]nter|[Aa]pply)\s(?=[A-Z\d]{0,14}[A-Z])[A-Z\d]{4,15}(?=\s(?:at checkout|for (?:a |an |\d|free|my|your)|to (?:get|save)|and (?:get|save)|gets? you|at check-out))/gu;
// Referral or affiliate URLs: ?ref=, /invite/, /ref/, affiliate ids, or a personal path on a shop.
const REF_URL = /\b[\w-]{1,40}\.(?:com|io|co|net|shop|store|me)\/(?:\?(?:ref|aff|affiliate|via|code|referral)=[\w-]{1,40}|(?:invite|ref|r|referral|aff)\/[\w-]{1,40}|[\w-]{0,40}\?(?:ref|aff|via|code)=[\w-]{1,40})/giu;
const DEAL = /(?:\d{1,3}\s?%|\$\s?\d{1,4})\s(?:off|discount)\b/giu;

export default defineRule({
  id: 'prof.coi',
  category: 'prof.coi',
  message: 'This promotes a product with a code or affiliate link but no disclosure. Add “#ad”, “paid partnership” or “I earn a commission” so readers know.',
  find({ text: draft }) {
    const text = readablePart(draft);
    if (hasIn(W.disclosure, text)) return [];
    const out: Match[] = [];
    const codes = [...hitsIn(CODE, text), ...hitsIn(USE_CODE, text), ...hitsIn(REF_URL, text)];
    const strong = hitsIn(W.promo, text);
    // A practice advertising its own services ("$50 off your first cleaning, call to book") is
    // marketing, not an undisclosed interest; codes and affiliate links still count.
    if (hasIn(W.ownPractice, text) && codes.length === 0 && !strong.some((h) => /affiliate|ltk|shop|storefront|referral|amazon/iu.test(text.slice(h.start, h.end)))) return [];
    const hits: (Hit & { confidence: number })[] = [
      ...strong.map((h) => ({ ...h, confidence: 0.55 })),
      ...hitsIn(W.weakPromo, text).map((h) => ({ ...h, confidence: 0.4 })),
      ...hitsIn(CODE, text).map((h) => ({ ...h, confidence: 0.75 })),
      ...hitsIn(USE_CODE, text).map((h) => ({ ...h, confidence: 0.75 })),
      ...hitsIn(REF_URL, text).map((h) => ({ ...h, confidence: 0.75 })),
      ...hitsIn(DEAL, text).map((h) => ({ ...h, confidence: 0.6 })),
    ];
    for (const s of sentencesOf(text)) {
      const inS = hits.filter((h) => h.start >= s.start && h.end <= s.end);
      if (inS.length === 0) continue;
      const confidence = Math.min(0.9, Math.max(...inS.map((h) => h.confidence)) + (inS.length > 1 ? 0.2 : 0));
      const start = Math.min(...inS.map((h) => h.start));
      const end = Math.max(...inS.map((h) => h.end));
      // The fix keeps the words and appends a plain disclosure right where the promotion is.
      out.push({ start, end, confidence, fix: { kind: 'replace', replacement: `${text.slice(start, end)} #ad` } });
    }
    return out;
  },
  examples: {
    flag: [
      'My go-to magnesium for leg cramps. [[Use code DRMIA]] for 15% off!',
      'Best stethoscope I’ve owned — [[grab it through my link]]: steth.shop/?ref=nursejo',
      'Loving this collagen powder, [[link in bio]] for [[20% off]] your first order 💕',
    ],
    pass: [
      '#ad Paid partnership with Whoop. I wear it to see how night shifts wreck my recovery. Code NURSEKAI takes 15% off.',
      'Heads up, these are affiliate links: if you order through them I get a small cut, and your price stays the same.',
      'Conflict of interest: I sit on an advisory board for Lilly. My take on the new tirzepatide results below.',
      'Our clinic now offers evening appointments! Call us to book.',
      'No affiliation, I just like this brand of compression socks.',
    ],
  },
});
