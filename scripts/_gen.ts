import fs from 'node:fs';
import { run, familyOf } from './_lite';
const serious = (t: string, s?: string) => run(t, s).filter((f) => f.action !== 'inform' && familyOf(f.category) !== 'phi');
let fa = 0, miss = 0;
for (const line of fs.readdirSync('/tmp/gen').filter((f) => f.startsWith('neg')).map((f) => fs.readFileSync('/tmp/gen/' + f, 'utf8')).join('\n').split('\n').filter(Boolean)) {
  const f = serious(line, 'post');
  if (f.length) { fa++; console.log('FA ', line.slice(0, 90), '=>', f.map((x) => `${x.category}“${line.slice(x.start, x.end)}”`).join(' ')); }
}
for (const line of fs.readdirSync('/tmp/gen').filter((f) => f.startsWith('pos')).map((f) => fs.readFileSync('/tmp/gen/' + f, 'utf8')).join('\n').split('\n').filter(Boolean)) {
  const [cat, text] = line.split('|') as [string, string];
  const f = serious(text, 'comment');
  const fam = cat === 'hostile' || cat === 'coi' || cat === 'individual-advice' ? 'prof' : 'misinfo';
  if (!f.some((x) => familyOf(x.category) === fam)) { miss++; console.log('MISS', cat, text, '=>', f.map((x) => x.category).join(',')); }
  else if (!f.some((x) => x.category.endsWith(cat))) console.log('wrongcat', cat, text.slice(0, 60), '=>', f.map((x) => x.category).join(','));
}
console.log('false alarms', fa, 'misses', miss);
