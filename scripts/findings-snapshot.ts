/**
 * `npm run -s findings:snapshot > before.jsonl` — every finding the analyzer gives every post of
 * the eval corpora (tests/eval/*.jsonl and, when present, ../shared/eval/*.jsonl), one line per
 * post: {"file","id","findings"}. For changes that must not change detection (matching machinery,
 * load order; issue 11): take a snapshot before and after and `cmp` them. Each post is checked in
 * a fresh state (block cache cleared), then the same posts again with the cache warm, and the two
 * must agree, so a memo keyed wrongly shows up here too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clearBlockCache } from '../lib/analyzer';
import { scanCase } from './scan-case';

const dirs = ['tests/eval', '../shared/eval'].filter((d) => fs.existsSync(d));
let mismatches = 0;
for (const dir of dirs) {
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = path.join(dir, name);
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { id?: unknown; text?: unknown; platform?: unknown; surface?: unknown };
      const text = typeof row.text === 'string' ? row.text : '';
      clearBlockCache();
      const fresh = JSON.stringify(scanCase(text, row.platform, row.surface));
      if (JSON.stringify(scanCase(text, row.platform, row.surface)) !== fresh) {
        mismatches++;
        process.stderr.write(`findings-snapshot: ${file} ${String(row.id)}: a second check differs from the first\n`);
      }
      process.stdout.write(`{"file":${JSON.stringify(`${dir === 'tests/eval' ? 'own' : 'shared'}/${name}`)},"id":${JSON.stringify(row.id ?? null)},"findings":${fresh}}\n`);
    }
  }
}
if (mismatches > 0) process.exitCode = 1;
