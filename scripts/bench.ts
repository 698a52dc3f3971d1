/**
 * `npm run bench`: what a check costs, measured so that it tells the truth (issue 11).
 * - Fresh drafts: every sample is a new draft from a seeded generator (scripts/bench/text.ts) and
 *   no sentence repeats anywhere in the run, so no memo or cache of ours ever sees a text twice.
 * - Edits: a character or word inserted or deleted at the start, middle and end of a draft, one
 *   after another as a person types; each edited draft goes through analyze() whole, as the
 *   background's `analyze` handler does for every debounced check from lib/page/checker.ts.
 * - Cold start: new `node` processes load a minified bundle of the analyzer and run one check.
 * - Peers (openredaction, redact-pii) run on the same drafts, interleaved with ours, in the same run.
 * - Photos (issue 16): when the extension is built, scripts/ocr-bench.ts reads generated photos in
 *   it (first use, per photo at 640 and 1080 px, memory); `--no-ocr` leaves that out.
 * - Percentiles interpolate (scripts/bench/stats.ts); below 20 samples no p95 is claimed.
 * A table for people; `--json` adds one JSON line, last. Machines are shared and noisy, so
 * nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type AnalysisContext } from '../lib/analyzer';
import { DEFAULT_POLICY } from '../lib/policy/defaults';
import { toAnalyzerPolicy } from '../lib/policy/resolve';
import { bundleSizes } from './bench/bundle-size';
import { bundleAnalyzer, coldSample, type ColdSample } from './bench/cold-start';
import { EDIT_KINDS, editSequence, type EditWhere } from './bench/edits';
import { round, summarize, type Summary } from './bench/stats';
import { TextGenerator } from './bench/text';

const JSON_OUT = process.argv.includes('--json');
const SIZES = [280, 3000, 63206] as const;
const SAMPLES: Record<(typeof SIZES)[number], number> = { 280: 100, 3000: 50, 63206: 30 };
const EDIT_SIZES = [3000, 63206] as const;
const EDITS_PER_SIZE = 36; // three rounds of the twelve kinds
const COLD_SAMPLES = 12;

// What the worker passes on a fresh install: the default policy's analyzer view, a site and surface.
const POLICY = toAnalyzerPolicy(DEFAULT_POLICY);
const CONTEXT: AnalysisContext = { platform: 'x', surface: 'post' };
const check = (text: string) => analyze(text, CONTEXT, POLICY);

const progress = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const gen = new TextGenerator(20_251_111);

function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// ---- Peers: loaded if installed; a failure leaves their numbers null and says why. ----
interface Peer {
  name: 'openredaction' | 'redact-pii';
  label: string;
  run(text: string): Promise<unknown> | unknown;
}
const peerErrors: Record<string, string> = {};
async function loadPeers(): Promise<Peer[]> {
  const peers: Peer[] = [];
  try {
    const { OpenRedaction } = await import('openredaction');
    const o = new OpenRedaction(); // defaults: regex patterns, names, context analysis; no cache
    peers.push({ name: 'openredaction', label: 'openredaction detect()', run: (t) => o.detect(t) });
  } catch (e) {
    peerErrors.openredaction = String(e);
  }
  try {
    const { SyncRedactor } = await import('redact-pii');
    const r = new SyncRedactor();
    peers.push({ name: 'redact-pii', label: 'redact-pii SyncRedactor.redact()', run: (t) => r.redact(t) });
  } catch (e) {
    peerErrors['redact-pii'] = String(e);
  }
  for (const p of peers) {
    try {
      for (let i = 0; i < 5; i++) await p.run(gen.post(i % 2 ? 3000 : 280)); // warm-up, own drafts
    } catch (e) {
      peerErrors[p.name] = String(e);
    }
  }
  return peers.filter((p) => !peerErrors[p.name]);
}

async function timedAsync(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

// A single regex pass over the draft: the floor any checker pays (issue 11's "~500× a regex pass").
const FLOOR = /\b\d{3}-\d{2}-\d{4}\b/g;
const floor = (text: string) => text.match(FLOOR)?.length ?? 0;

async function main() {
  const started = performance.now();

  progress('loading peers and warming up');
  const peers = await loadPeers();
  const firstCallMs = timed(() => check(gen.post(280)));
  for (let i = 0; i < 6; i++) check(gen.post(i < 3 ? 3000 : 280));

  // ---- Fresh drafts, ours and peers interleaved draft by draft ----
  const fresh: Record<string, number[]> = {};
  const peerTimes: Record<string, Record<number, number[]>> = {};
  const floorTimes: Record<number, number[]> = {};
  const push = (rec: Record<number, number[]>, size: number, ms: number) => (rec[size] ??= []).push(ms);
  for (const size of SIZES) {
    progress(`analyze ${size} chars × ${SAMPLES[size]} new drafts${size <= 3000 ? ', peers on the same drafts' : ''}`);
    for (let i = 0; i < SAMPLES[size]; i++) {
      const text = gen.post(size);
      (fresh[size] ??= []).push(timed(() => check(text)));
      // Peers on every draft up to 3,000 characters, and on the first ten long ones (table only).
      if (size <= 3000 || i < 10) {
        for (const p of peers) push((peerTimes[p.name] ??= {}), size, await timedAsync(() => p.run(text)));
        push(floorTimes, size, timed(() => floor(text)));
      }
    }
  }

  // ---- Edits: each size gets its own new draft, then a sequence of real edits ----
  const edits: Record<number, { all: number[]; byWhere: Record<EditWhere, number[]>; chars: number }> = {};
  for (const size of EDIT_SIZES) {
    progress(`edits on a ${size}-char draft × ${EDITS_PER_SIZE}`);
    const draft = gen.post(size);
    check(draft); // the check before the edit, as the extension had done
    const e: (typeof edits)[number] = { all: [], byWhere: { start: [], middle: [], end: [] }, chars: size };
    edits[size] = e;
    for (const edit of editSequence(draft, EDITS_PER_SIZE, gen)) {
      const ms = timed(() => check(edit.after));
      e.all.push(ms);
      e.byWhere[edit.kind.where].push(ms);
    }
  }

  // ---- Cold start in fresh processes ----
  progress(`cold start: bundling the analyzer, then ${COLD_SAMPLES} fresh node processes`);
  const bundle = await bundleAnalyzer();
  const cold: ColdSample[] = [];
  try {
    for (let i = 0; i < COLD_SAMPLES; i++) cold.push(coldSample(bundle, gen.post(280)));
  } finally {
    bundle.cleanup();
  }

  // ---- Adversarial inputs: each sample its own variant ----
  progress('adversarial inputs');
  const mix = (n: number, piece: (i: number) => string) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += piece(i);
    return s.slice(0, n);
  };
  const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0336', '\u20dd'];
  const ADVERSARIAL: { name: string; samples: number; make: (k: number) => string }[] = [
    { name: '1 MB digits and dashes', samples: 2, make: (k) => `${k} ${'1-'.repeat(500_000)}`.slice(0, 1_000_000) },
    { name: '1 MB email-like dots', samples: 2, make: (k) => `${k} ${'a.'.repeat(500_000)}`.slice(0, 1_000_000) },
    {
      name: '10k emoji, RTL, zero-width',
      samples: 10,
      make: () => mix(10_000, (i) => (i % 2 ? `🩺\u200bمريض\u202e Dr. 👩🏽‍⚕️ ${gen.int(100, 999)}\u200b-45-${gen.int(1000, 9999)} ` : `${gen.sentence()} `)),
    },
    {
      name: '10k combining marks',
      samples: 10,
      make: () => mix(10_000, () => [...`${gen.sentence()} `].map((c) => (/\p{L}/u.test(c) && gen.int(0, 2) === 0 ? c + gen.pick(COMBINING).repeat(gen.int(1, 4)) : c)).join('')),
    },
    {
      name: '10k HTML-looking',
      samples: 10,
      make: () => mix(10_000, () => `<div class="post"><p>${gen.sentence()}</p><br/>&nbsp;<script>alert(${gen.int(1, 99)})</script><a href="https://x.com/${gen.int(1, 9e6)}">link</a></div>\n`),
    },
  ];
  const adversarial = ADVERSARIAL.map((a) => {
    const times: number[] = [];
    let chars = 0;
    for (let k = 0; k < a.samples; k++) {
      const text = a.make(k);
      chars = text.length;
      times.push(timed(() => check(text)));
    }
    return { name: a.name, chars, s: summarize(times) };
  });

  const bundles = bundleSizes(path.resolve('.output/chrome-mv3'));
  const totalS = (performance.now() - started) / 1000;

  // ---- Table ----
  const ms = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
  const row = (name: string, chars: number | string, s: Summary) =>
    `${name.padEnd(44)} ${String(chars).padStart(9)} ${String(s.n).padStart(5)} ${ms(s.p50).padStart(9)} ${ms(s.p95).padStart(9)} ${ms(s.max).padStart(9)}`;
  const out: string[] = [];
  out.push(`Second Look bench · node ${process.version} · ${os.cpus().length} CPUs · load avg ${os.loadavg()[0]!.toFixed(1)} · ${totalS.toFixed(0)} s`);
  out.push('Times in ms. Every sample is a new draft; no sentence repeats in the run. p95 only with ≥ 20 samples.');
  out.push('');
  out.push(`${'case'.padEnd(44)} ${'chars'.padStart(9)} ${'n'.padStart(5)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
  out.push('— fresh draft, analyze() —');
  for (const size of SIZES) out.push(row('Second Look analyze()', size, summarize(fresh[size]!)));
  out.push('— peers and floor, same drafts, interleaved —');
  for (const size of SIZES) {
    for (const p of peers) out.push(row(p.label, size, summarize(peerTimes[p.name]?.[size] ?? [])));
    out.push(row('one regex pass (SSN pattern), the floor', size, summarize(floorTimes[size] ?? [])));
  }
  for (const [name, err] of Object.entries(peerErrors)) out.push(`${name}: not measured (${err.split('\n')[0]})`);
  out.push('— edit, then analyze() of the whole edited draft (what the worker does) —');
  for (const size of EDIT_SIZES) {
    const e = edits[size]!;
    out.push(row(`edit: ${EDIT_KINDS.length} kinds × ${EDITS_PER_SIZE / EDIT_KINDS.length}`, size, summarize(e.all)));
    for (const where of ['start', 'middle', 'end'] as const) out.push(row(`  at the ${where}`, size, summarize(e.byWhere[where])));
  }
  out.push(`— cold start: new node process, minified analyzer bundle ${(bundle.bytes / 1e3).toFixed(0)} kB (${(bundle.gzBytes / 1e3).toFixed(0)} kB gz) —`);
  out.push(row('load the bundle (import)', 280, summarize(cold.map((c) => c.loadMs))));
  out.push(row('first analyze() in that process', 280, summarize(cold.map((c) => c.firstAnalyzeMs))));
  out.push(row('first result (load + first analyze)', 280, summarize(cold.map((c) => c.firstResultMs))));
  out.push(row('  node boot before that (not counted)', '', summarize(cold.map((c) => c.bootMs))));
  out.push(row('  spawn to exit, whole process', '', summarize(cold.map((c) => c.wallMs))));
  out.push('— adversarial —');
  for (const a of adversarial) out.push(row(a.name, a.chars, a.s));
  out.push('');
  const ours280 = summarize(fresh[280]!).p50;
  const or280 = peerTimes.openredaction?.[280];
  const ratio = or280?.length ? ours280 / summarize(or280).p50 : null;
  out.push(`ours ÷ openredaction, p50 at 280 chars: ${ratio === null ? '—' : `${ratio.toFixed(2)}×`}`);
  out.push(`first analyze() in this (bench) process: ${ms(firstCallMs)} ms; heap used now: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  const kb = (x: number | null) => (x === null ? 'not built' : `${x} kB`);
  out.push(`built bundles, gzip -9 (.output/chrome-mv3): content ${kb(bundles.content)} · background ${kb(bundles.background)} · popup ${kb(bundles.popup)}`);
  if (!process.argv.includes('--no-ocr')) out.push(`— photos —\n${photoRows()}`);
  console.log(out.join('\n'));

  if (JSON_OUT) {
    const pp = (xs: number[]) => {
      const s = summarize(xs);
      return { p50_ms: round(s.p50), p95_ms: round(s.p95) };
    };
    const peerP50 = (name: Peer['name']) =>
      Object.fromEntries([280, 3000].map((size) => {
        const xs = peerTimes[name]?.[size];
        return [String(size), { p50_ms: xs?.length ? round(summarize(xs).p50, 3) : null }];
      }));
    const json = {
      analyze: Object.fromEntries(SIZES.map((size) => [String(size), pp(fresh[size]!)])),
      edit: Object.fromEntries(EDIT_SIZES.map((size) => [String(size), pp(edits[size]!.all)])),
      cold_first_result_ms: round(summarize(cold.map((c) => c.firstResultMs)).p50, 1),
      peers: { openredaction: peerP50('openredaction'), 'redact-pii': peerP50('redact-pii') },
      ratio: { openredaction: { 280: round(ratio, 3) } },
      bundle_gz_kb: bundles,
    };
    console.log(JSON.stringify(json));
  }
}

/** scripts/ocr-bench.ts's rows (three photos of each size), or why there are none. */
function photoRows(): string {
  if (!fs.existsSync(path.resolve('.output/chrome-mv3/ocr'))) return '  not built: npm run build, then npm run bench';
  progress('photos: reading generated photos in the built extension (scripts/ocr-bench.ts)');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ocr-bench.ts', '3'], { encoding: 'utf8', timeout: 300_000 });
  return r.status === 0 ? r.stdout.trimEnd() : `  photo bench failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`;
}

await main();
