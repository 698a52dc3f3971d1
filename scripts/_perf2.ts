import fs from 'node:fs';
import { misinfoRules } from '../lib/analyzer/misinfo';
import { profRules } from '../lib/analyzer/prof';
const lines = fs.readdirSync('/tmp/gen').map((f) => fs.readFileSync('/tmp/gen/' + f, 'utf8')).join('\n').split('\n').map((l) => l.split('|').pop()!);
let text = '';
for (let i = 0; text.length < 3000; i++) text += lines[i % lines.length] + ' ';
text = text.slice(0, 3000);
for (const r of [...misinfoRules, ...profRules]) {
  r.find({ text, context: {} });
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) r.find({ text, context: {} });
  console.log(r.id, ((performance.now() - t0) / 20).toFixed(2));
}
