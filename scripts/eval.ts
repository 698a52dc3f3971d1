/**
 * `npm run eval`: scores the analyzer on every ../shared/eval/*.jsonl present (or $SECOND_LOOK_EVAL_DIR),
 * skipping cleanly when the folder is absent (it is, on a user's machine), then on our own
 * labelled posts in tests/eval/*.jsonl (written for this project; never copies of the shared ones).
 *
 * Scoring (DESIGN.md "Evaluation corpora"), counting only findings at `warn` or above — what a
 * user is actually warned about:
 * - recall_strict: expectations overlapped by a finding of the same category;
 * - recall_lenient: expectations overlapped by a finding of the same family;
 * - case_recall: cases with expectations that get at least one finding of the family anywhere;
 * - false_alarm: cases with `expect: []` that get any finding of the file's families;
 * - precision: findings of the file's families that overlap an expected quote of their family.
 * Files with a `label` field (misinfo | credible) print flagged_misinfo / flagged_credible.
 */
import fs from 'node:fs';
import path from 'node:path';
import { familyOf, type Category, type Finding } from '../lib/analyzer';
import { scanCase } from './scan-case';

interface Case {
  id: string;
  text: string;
  platform?: string;
  surface?: string;
  expect?: { category: Category; quote: string }[];
  label?: string;
}

const dir = process.env.SECOND_LOOK_EVAL_DIR ?? path.resolve(process.cwd(), '../shared/eval');
/** Our own labelled posts (written for this project, same format), scored after the shared ones. */
const ownDir = path.resolve(process.cwd(), 'tests/eval');
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.endsWith('.jsonl'));

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const serious = (f: Finding) => f.action !== 'inform';

function spansOf(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(quote); i >= 0 && quote.length > 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}
const overlaps = (f: Finding, [s, e]: [number, number]) => f.start < e && s < f.end;

function scoreExpectations(file: string, cases: Case[]): void {
  const families = new Set(cases.flatMap((c) => (c.expect ?? []).map((e) => familyOf(e.category))));
  let exp = 0, strict = 0, lenient = 0, posCases = 0, caught = 0, neg = 0, falseAlarms = 0, found = 0, correct = 0;
  const perCat = new Map<string, { exp: number; strict: number; found: number; correct: number }>();
  const cat = (c: string) => perCat.get(c) ?? (perCat.set(c, { exp: 0, strict: 0, found: 0, correct: 0 }), perCat.get(c)!);
  const misses: string[] = [];
  for (const c of cases) {
    const findings = scanCase(c.text, c.platform, c.surface).filter((f) => serious(f) && families.has(familyOf(f.category)));
    const expects = c.expect ?? [];
    if (expects.length === 0) {
      neg++;
      if (findings.length) {
        falseAlarms++;
        misses.push(`FALSE ALARM ${c.id}: ${findings.map((f) => `${f.category}“${c.text.slice(f.start, f.end)}”`).join(' ')}`);
      }
    } else {
      posCases++;
      if (findings.length) caught++;
    }
    for (const e of expects) {
      exp++;
      cat(e.category).exp++;
      const spans = spansOf(c.text, e.quote);
      const s = findings.some((f) => f.category === e.category && spans.some((sp) => overlaps(f, sp)));
      const l = findings.some((f) => familyOf(f.category) === familyOf(e.category) && spans.some((sp) => overlaps(f, sp)));
      if (s) { strict++; cat(e.category).strict++; }
      if (l) lenient++;
      else misses.push(`MISSED ${c.id} ${e.category} “${e.quote}”`);
    }
    for (const f of findings) {
      found++;
      cat(f.category).found++;
      const ok = expects.some((e) => familyOf(e.category) === familyOf(f.category) && spansOf(c.text, e.quote).some((sp) => overlaps(f, sp)));
      if (ok) { correct++; cat(f.category).correct++; }
      else if (expects.length) misses.push(`EXTRA ${c.id} ${f.category} “${c.text.slice(f.start, f.end)}”`);
    }
  }
  console.log(`\n${file}: ${cases.length} cases (${posCases} with expectations, ${neg} negative), families ${[...families].join('+')}`);
  console.log('  category                          expected  strict   findings  precision');
  for (const [k, v] of [...perCat].sort()) {
    console.log(`  ${k.padEnd(32)} ${String(v.exp).padStart(8)}  ${ratio(v.strict, v.exp).padStart(6)}  ${String(v.found).padStart(8)}  ${ratio(v.correct, v.found).padStart(9)}`);
  }
  if (verbose) for (const m of misses) console.log(`  ${m}`);
  console.log(
    `${file}: recall_strict=${ratio(strict, exp)} recall_lenient=${ratio(lenient, exp)} case_recall=${ratio(caught, posCases)} ` +
      `false_alarm=${ratio(falseAlarms, neg)} precision=${ratio(correct, found)}`,
  );
}

function scoreLabels(file: string, cases: Case[]): void {
  let mis = 0, misFlagged = 0, cred = 0, credFlagged = 0;
  const shown: string[] = [];
  for (const c of cases) {
    const flagged = scanCase(c.text, c.platform, c.surface).some((f) => serious(f) && familyOf(f.category) === 'misinfo');
    if (c.label === 'misinfo') { mis++; if (flagged) misFlagged++; }
    else if (c.label === 'credible') { cred++; if (flagged) { credFlagged++; shown.push(`FLAGGED CREDIBLE ${c.id}: ${c.text.slice(0, 140)}`); } }
  }
  if (verbose) for (const s of shown) console.log(`  ${s}`);
  console.log(`\n${file}: ${cases.length} labelled texts (${mis} misinfo, ${cred} credible)`);
  console.log(`${file}: flagged_misinfo=${ratio(misFlagged, mis)} flagged_credible=${ratio(credFlagged, cred)}`);
}

/** What users feel, per group of files: harmless posts (expect []) with any warning, and with Post held. */
const feel = new Map<string, { harmless: number; warned: number; held: number }>();
function noteHarmless(group: string, c: Case): void {
  if (!Array.isArray(c.expect) || c.expect.length > 0) return;
  const findings = scanCase(c.text, c.platform, c.surface);
  const g = feel.get(group) ?? { harmless: 0, warned: 0, held: 0 };
  g.harmless++;
  if (findings.some(serious)) g.warned++;
  if (findings.some((f) => f.action === 'confirm' || f.action === 'block')) g.held++;
  feel.set(group, g);
}
// Spanish posts are their own group: the English figures stay comparable from one stop to the next.
const groupOf = (d: string, file: string) => {
  const es = file.includes('-es-') ? ' (Spanish)' : '';
  if (d !== ownDir) return `shared eval${es}`;
  return `${file.includes('-test') ? 'tests/eval frozen test split' : 'tests/eval training and earlier posts'}${es}`;
};

const dirs = [dir, ownDir].filter((d) => fs.existsSync(d));
if (!fs.existsSync(dir)) console.log(`eval: no evaluation corpora at ${dir}; skipped.`);
for (const d of dirs) {
  const files = fs.readdirSync(d).filter((f) => f.endsWith('.jsonl') && (!only || only.endsWith(f))).sort();
  for (const file of files) {
    const cases: Case[] = [];
    for (const line of fs.readFileSync(path.join(d, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        cases.push(JSON.parse(line) as Case);
      } catch {
        console.log(`eval: ${file}: a line is not JSON; skipped`);
      }
    }
    const name = d === ownDir ? `tests/eval/${file}` : file;
    for (const c of cases) noteHarmless(groupOf(d, file), c);
    if (cases.some((c) => Array.isArray(c.expect))) scoreExpectations(name, cases);
    else if (cases.some((c) => typeof c.label === 'string')) scoreLabels(name, cases);
  }
}

console.log('\nWhat users feel: harmless posts (expect []) that get any warning (any family), and whose Post would be held');
for (const [group, g] of feel) {
  console.log(`${group}: harmless=${g.harmless} any_warning=${ratio(g.warned, g.harmless)} held=${ratio(g.held, g.harmless)}`);
}
