import fs from 'node:fs';
import { run } from './_lite';
const mode = process.argv[2] ?? 'missed';
let m = 0, mf = 0, c = 0, cf = 0;
for (const line of fs.readFileSync('../shared/eval/misinfo-public.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const d = JSON.parse(line) as { id: string; text: string; label: string };
  const f = run(d.text).filter((x) => x.action === 'warn' && x.category.startsWith('misinfo'));
  if (d.label === 'misinfo') { m++; if (f.length) mf++; else if (mode === 'missed') console.log(d.id.slice(-4), d.text.slice(0, 200).replace(/\n/g, ' ')); if (f.length && mode === 'hit') console.log(d.id.slice(-4), f.map((x) => `${x.ruleId}“${d.text.slice(x.start, x.end)}”`).join(' ')); }
  else { c++; if (f.length) { cf++; console.log('CRED', d.id.slice(-4), f.map((x) => `${x.ruleId}“${d.text.slice(x.start, x.end)}”`).join(' '), '||', d.text.slice(0, 160)); } }
}
console.log(`flagged_misinfo=${(mf / m).toFixed(3)} flagged_credible=${(cf / c).toFixed(3)}`);
