import fs from 'node:fs';
import { findMyths } from '../lib/analyzer/misinfo/known-myth';
for (const line of fs.readFileSync('/tmp/gen/kb2.txt', 'utf8').split('\n').filter(Boolean)) {
  const [kind, id, text] = line.split('|') as [string, string, string];
  const f = findMyths(text).filter((x) => x.confidence >= 0.5);
  if (kind === 'F' && !f.some((x) => x.mythId === id)) console.log('MISS', id, '|', text, '=>', f.map((x) => x.mythId).join(','));
  if (kind === 'P' && f.length) console.log('FA  ', id, '|', text, '=>', f.map((x) => x.mythId + ':' + text.slice(x.start, x.end)).join(','));
}
