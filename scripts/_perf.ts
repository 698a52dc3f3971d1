import fs from 'node:fs';
import { run } from './_lite';
const lines = fs.readdirSync('/tmp/gen').map((f) => fs.readFileSync('/tmp/gen/' + f, 'utf8')).join('\n').split('\n').map((l) => l.split('|').pop()!);
let text = '';
for (let i = 0; text.length < 3000; i++) text += lines[i % lines.length] + ' ';
text = text.slice(0, 3000);
for (let i = 0; i < 200; i++) run(text);
let best = Infinity;
for (let b = 0; b < 10; b++) {
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) run(text);
  best = Math.min(best, (performance.now() - t0) / 20);
}
console.log('ms per 3000-char post (misinfo+prof), best batch:', best.toFixed(2));
const evil = 'a'.repeat(1500) + '!'.repeat(1500);
const t1 = performance.now(); run(evil); run('?'.repeat(3000)); run('1 in '.repeat(600)); run('vaccine cause autism '.repeat(150));
console.log('adversarial ms:', (performance.now() - t1).toFixed(1));
