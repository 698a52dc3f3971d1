/**
 * `npm run bench`: analyzer latency on a 280-, 3,000- and 63,206-character post (p50/p95 over
 * repeated runs, after warm-up), an edit re-check (one word changed in the 3,000-character post)
 * and adversarial inputs (1 MB, emoji, RTL, zero-width). `--json` adds one JSON line last.
 * Numbers only: machines are shared and noisy, so nothing here asserts a time.
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../lib/analyzer';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../lib/policy/defaults';

const SENTENCES = [
  'Long shift tonight, grateful for the nurses who kept the unit calm.',
  'Reminder: flu shots are available at our clinic Monday through Friday.',
  'The 34-year-old in bed 4 with DKA finally turned the corner this morning.',
  'Studies show most people do not drink enough water during heat waves.',
  'If you have chest pain, call 911 rather than posting about it.',
  'Mr. Alvarez asked me to share his story after his bypass last Tuesday.',
  'Vaccines do not cause autism; the original paper was retracted.',
  'Call our office at (415) 555-0100 to book a visit.',
  'Her SSN 219-09-9999 was on the intake form left at the desk.',
  'Teaching point: always check the MRN against the wristband before giving meds.',
];

function post(length: number): string {
  let s = '';
  for (let i = 0; s.length < length; i++) s += `${SENTENCES[i % SENTENCES.length]} `;
  return s.slice(0, length);
}

function time(fn: () => void, runs: number): { p50: number; p95: number; runs: number } {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  const q = (p: number) => t[Math.min(t.length - 1, Math.floor(p * t.length))]!;
  return { p50: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), runs };
}

const run = (text: string) => () => analyze(text, { platform: 'x', surface: 'post' }, DEFAULT_ANALYZER_POLICY_FULL);
const rows: Record<string, { p50: number; p95: number; runs: number; chars: number }> = {};
const bench = (name: string, text: string, runs: number, prepare?: () => void) => {
  prepare?.();
  for (let i = 0; i < 3; i++) run(text)(); // warm-up (JIT, NLP caches)
  rows[name] = { ...time(run(text), runs), chars: text.length };
};

const coldStart = performance.now();
run(post(280))();
const firstCallMs = +(performance.now() - coldStart).toFixed(1);

bench('post-280', post(280), 200);
bench('post-3000', post(3000), 60);
bench('post-63206', post(63206), 8);
// Re-check after a one-word edit: what typing costs once per-sentence caches are warm.
const base = post(3000);
run(base)();
let flip = false;
rows['edit-3000'] = {
  ...time(() => {
    flip = !flip;
    analyze(base.replace('grateful', flip ? 'thankful' : 'grateful'), {}, DEFAULT_ANALYZER_POLICY_FULL);
  }, 60),
  chars: base.length,
};
bench('adversarial-1MB-digits-dashes', '1-'.repeat(500_000), 2);
bench('adversarial-1MB-email-like', 'a.'.repeat(500_000), 2);
bench('emoji-rtl-zero-width-10k', '🩺\u200bمريض\u202e Dr. 👩🏽‍⚕️ 123\u200b-45-6789 '.repeat(400), 10);

const memoryMb = +(process.memoryUsage().heapUsed / 1e6).toFixed(1);
console.log(`first analyze() call in this process: ${firstCallMs} ms (includes lazy loading)`);
console.log('case                                 chars      p50 ms    p95 ms   runs');
for (const [name, r] of Object.entries(rows)) {
  console.log(`${name.padEnd(34)} ${String(r.chars).padStart(8)} ${String(r.p50).padStart(10)} ${String(r.p95).padStart(9)} ${String(r.runs).padStart(6)}`);
}
console.log(`heap used after the run: ${memoryMb} MB`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ firstCallMs, memoryMb, ...rows }));
