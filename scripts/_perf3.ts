import fs from 'node:fs';
import rule from '../lib/analyzer/misinfo/known-myth';
const lines = fs.readdirSync('/tmp/gen').map((f) => fs.readFileSync('/tmp/gen/' + f, 'utf8')).join('\n').split('\n').map((l) => l.split('|').pop()!);
let text = '';
for (let i = 0; text.length < 3000; i++) text += lines[i % lines.length] + ' ';
text = text.slice(0, 3000);
for (let i = 0; i < 100; i++) rule.find({ text, context: {} });
