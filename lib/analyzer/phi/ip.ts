import { defineRule, type Match } from '../rule';
import { cueBefore, matchesOf } from '../text/terms';

const IPV4 = /(?<![\d.v])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/g;
// IPv6: eight groups, or fewer with one "::". Groups are bounded: linear time.
const IPV6 = /(?<![\da-f:])(?:[\da-f]{1,4}:){2,7}:?(?::?[\da-f]{1,4}){1,7}(?![\da-f:])/gi;
const LABEL = /(?<!\p{L})(?:ip|ipv4|ipv6|ip address|address|from|logins?|logged in|host|device)(?!\p{L})/iu;
const VERSION = /(?:version|ver|release|build|update|section|chapter|rule|step|figure|fig|table|v)\.?\s{0,2}$/i;
// Addresses that identify no one: unspecified, loopback, broadcast, a subnet mask.
const NOT_PERSONAL = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255', '255.255.255.0', '255.255.0.0', '8.8.8.8', '1.1.1.1']);

export default defineRule({
  id: 'phi.ip',
  category: 'phi.ip',
  message: 'This looks like an IP address. Tied to a patient’s account or messages, it identifies them; remove it.',
  find({ text }) {
    const out: Match[] = [];
    for (const m of matchesOf(IPV4, text)) {
      const octets = m.slice(1, 5).map(Number);
      if (octets.some((o) => o > 255) || NOT_PERSONAL.has(m[0])) continue;
      if (VERSION.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      // Version numbers and section numbers look alike; a label makes it an address.
      const labelled = cueBefore(text, m.index, LABEL, 30);
      // Private ranges name a machine inside a network (a printer, a server), not a person.
      const [a = 0, b = 0] = octets;
      const internal = a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
      out.push({ start: m.index, end: m.index + m[0].length, confidence: internal ? 0.3 : labelled ? 0.9 : 0.5, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(IPV6, text)) {
      const groups = m[0].split(':').filter(Boolean).length;
      const compressed = m[0].includes('::');
      if ((!compressed && groups !== 8) || (compressed && groups < 2) || !/\d/.test(m[0])) continue;
      const labelled = cueBefore(text, m.index, LABEL, 30);
      if (!labelled && !(groups === 8)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: labelled ? 0.85 : 0.6, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'portal login from IP [[203.0.113.54]] at 3am asking about her biopsy',
      'the threatening messages came from [[2001:db8:85a3::8a2e:370:7334]]',
      'his account was accessed from [[198.51.100.77]] overseas',
    ],
    pass: [
      'Update to version 10.2.3.4 tonight',
      'Localhost is 127.0.0.1',
      'Section 1.2.3 of the guideline',
      'Meeting at 10:30 in room 4',
      'Ratio 300.400.500.600 is invalid',
    ],
  },
});
