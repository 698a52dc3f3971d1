import { defineRule, type Match } from '../rule';
import { alternation, cueBefore, matchesOf, phraseRegex } from '../text/terms';
import domains from './data/url-domains.json';

// A link, with or without a scheme. Labels are bounded and the match starts only at the start of
// a run of link characters (the lookbehind), so the scan is linear.
const URL_RE = new RegExp(
  `(?<![\\w@./-])(?:https?://)?(?:www\\.)?((?:[a-z\\d](?:[a-z\\d-]{0,61}[a-z\\d])?\\.){1,5}(?:${alternation(domains.tlds)}))(?![a-z\\d@-])(?::\\d{2,5})?(/[^\\s<>"'\\])]{0,300})?`,
  'gi',
);
const OWN_SITE = phraseRegex(domains.ownSite);
const COMMUNITY_PATH = /^\/(?:groups|pages|events|hashtag|explore|search|topics|company|school)(?:\/|$)/i;
// A path segment that looks like a record token: letters and digits mixed, or a long number.
const TOKEN = /(?:^|[/=?&])(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{5,}|\d{5,}/i;
const RECORD_HINT = /(?:^|[./])(?:portal|mychart|my\.|patient|records?|results?|chart|telehealth|visit)(?:[./-]|$)/i;

function matchesDomain(host: string, list: readonly string[]): boolean {
  return list.some((d) => host === d || host.endsWith(`.${d}`) || (d.includes('/') && host.startsWith(d.split('/')[0] ?? '')));
}

export default defineRule({
  id: 'phi.url',
  category: 'phi.url',
  message: 'This link can lead to one person: a fundraiser, profile or record. Remove it unless it is a public source or your own site.',
  find({ text }) {
    const out: Match[] = [];
    for (const m of matchesOf(URL_RE, text)) {
      const host = (m[1] ?? '').toLowerCase();
      const path = (m[2] ?? '').replace(/(?<![.,!?;:])[.,!?;:]+$/, '');
      const end = m.index + m[0].length - ((m[2] ?? '').length - path.length);
      if (matchesDomain(host, domains.sources)) continue; // a cited source is never PHI
      const hasPath = path.length > 1;
      // Groups, pages and events on social sites belong to communities, not one person.
      const personal = matchesDomain(host, domains.personal) && hasPath && !COMMUNITY_PATH.test(path);
      const record = hasPath && (RECORD_HINT.test(host) || RECORD_HINT.test(path)) && TOKEN.test(path);
      const own = cueBefore(text, m.index, OWN_SITE, 40);
      let confidence = personal ? 0.85 : record ? 0.75 : hasPath && TOKEN.test(path) ? 0.45 : 0.2;
      if (own) confidence = Math.min(confidence, 0.2);
      out.push({ start: m.index, end, confidence, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'please share her fundraiser: [[gofundme.com/f/help-rosa-heal]]',
      'his CaringBridge is [[https://www.caringbridge.org/visit/dannystrong]]',
      'here is the link to your daughter’s results: [[https://mychart.example-health.org/r/77a2-19qx]]',
      'found her profile: [[instagram.com/lena.runs.miles]] — she posts about her chemo',
    ],
    pass: [
      'Source: https://doi.org/10.1056/NEJMoa2034577',
      'CDC guidance: cdc.gov/flu/prevent',
      'Book online at example-dental.com',
      'Apply at jobs.example-health.org',
      'Follow us on instagram.com',
      'See pubmed.ncbi.nlm.nih.gov/31234567 for the trial',
      'WHO fact sheet: https://www.who.int/news-room/fact-sheets/detail/measles',
      'Learn more at our site: example-clinic.org/flu-shots-2025',
    ],
  },
});
