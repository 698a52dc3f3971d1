import { blocksOf } from './text/blocks';
import { normalize } from './text/normalize';
import { lazyWarmers } from './text/memo';
import { DEFAULT_ANALYZER_POLICY, type AnalyzerPolicy } from './policy';
import { judgeClaims } from './claims/judge';
import { judgePost } from './phi/story';
import { inSentenceLanguage } from './localize';
import type { RawMatch, Rule } from './rule';
import { RULES } from './rules';
import { ACTION_RANK, familyOf, type Action, type AnalysisContext, type Category, type Finding, type PolicyAction } from './types';

export type { AnalyzerPolicy } from './policy';
export { DEFAULT_ANALYZER_POLICY } from './policy';
export * from './types';
export { draftLanguage, type DraftLanguage } from './text/language';
export {
  flaggedBoxes,
  metadataKinds,
  PHOTO_METADATA_KINDS,
  PHOTO_REASONS,
  summarizePhoto,
  type PhotoBox,
  type PhotoFinding,
  type PhotoMetadataKind,
  type PhotoMetadataKinds,
  type PhotoReason,
  type PhotoResult,
  type PhotoWord,
} from './photo';

/** Every rule id a finding can carry: the rules' own and the judgements' (e.g. `phi.patient-story`, `misinfo.known-myth.judged`). */
export const RULE_IDS: ReadonlySet<string> = new Set([
  ...RULES.map((r) => r.id),
  'phi.patient-story',
  ...RULES.map((r) => `${r.category}.judged`),
]);

/** Each category's plain message, for findings the post- and sentence-level judgements add. */
const MESSAGES: Partial<Record<Category, string>> = Object.fromEntries(RULES.map((r) => [r.category, r.message]));

const DEFAULT_ACTION: Record<string, PolicyAction> = { phi: 'warn', misinfo: 'warn', prof: 'warn' };

/** Compares strings by their letters and digits only: "(415) 555-0100" = "415.555.0100". */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Keys of the user's "Always allow" words, per policy (its list does not change between checks). */
const exactKeys = new WeakMap<readonly string[], ReadonlySet<string>>();
function allowedExactly(span: string, allow: readonly string[]): boolean {
  let keys = exactKeys.get(allow);
  if (!keys) exactKeys.set(allow, (keys = new Set(allow.map(key).filter((k) => k.length >= 2))));
  return keys.has(key(span));
}

function allowed(span: string, allow: readonly string[]): boolean {
  const k = key(span);
  return k.length >= 2 && allow.some((a) => {
    const ak = key(a);
    return ak.length >= 2 && (ak === k || ak.includes(k) || k.includes(ak));
  });
}

/**
 * Checks a draft and returns its findings, sorted by position, under `policy`.
 * Pure and total: never throws, for any string; a rule that fails is skipped.
 *
 * A long draft is checked block by block (see text/blocks.ts) and a block that did not change
 * since an earlier call keeps its findings, so one keystroke in a long draft re-checks one block.
 * The result does not depend on what was cached: it is always the blocks' findings, in order.
 */
export function analyze(
  text: string,
  context: AnalysisContext = {},
  policy: AnalyzerPolicy = DEFAULT_ANALYZER_POLICY,
  rules: readonly Rule[] = RULES,
): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const blocks = blocksOf(text);
  if (blocks.length === 1) return analyzeBlock(text, context, policy, rules);
  const cache = blockCache(context, policy, rules);
  const out: Finding[] = [];
  for (const b of blocks) {
    const part = text.slice(b.start, b.end);
    let found = cache.get(part);
    if (found) cache.delete(part); // re-inserted below: most recently used last
    else found = analyzeBlock(part, context, policy, rules);
    cache.set(part, found);
    for (const f of found) out.push({ ...f, start: f.start + b.start, end: f.end + b.start });
  }
  while (cache.size > MAX_CACHED_BLOCKS) cache.delete(cache.keys().next().value!);
  return out;
}

/**
 * Our own sample posts (never a user's), in English and Spanish, that walk every rule family:
 * names, ages, dates, places, units, record numbers, a myth, a cure, a plot, a number, an insult,
 * a dose, a promo code. One short post per step.
 */
const WARM_UP_POSTS: readonly string[] = [
  'Saw Mr. Hollis Brandt, 72, in room 4B at Mercy North on Tuesday 3/14 after his hip surgery (MRN 2281734).',
  'His daughter called 555-201-3344 from Elk Falls; he is a retired firefighter.',
  'Vaccines cause autism and the FDA is hiding it, so skip the shots.',
  'This tea cures diabetes in 3 days! 90% of doctors agree.',
  'You are an idiot if you disagree. Take 800 mg of ibuprofen for that. Use code HEAL20 for 20% off.',
  'Ayer atendí a la señora Marta Ruiz Ocaña, de 67 años, en la cama 12 del Hospital San Rafael.',
  'Las vacunas causan autismo; no vacunen a sus hijos.',
];

let warmed = false;

/**
 * The analyzer's one-time set-up (compiling word lists and patterns, loading the language model)
 * done ahead of a user's first check, as small steps: the extension runs them one task at a time
 * when a composer gets focus, so a real check arriving meanwhile waits for one step at most
 * (issue 11, cold start). After the last step no draft builds a lazily built part (the sample
 * posts, then every part registered in text/memo.ts; warm-up.test.ts checks it with lazyBuilds()).
 * Empty after the first call in a process. No step changes any result (every cache is keyed by
 * the text it holds) or throws.
 */
export function warmUpSteps(): (() => void)[] {
  if (warmed) return [];
  warmed = true;
  // Each post twice: as written, and with a character outside Latin-1, because V8 compiles a
  // regex once for each kind of string it runs on ("ﻆ¡掴" took seconds in a fresh worker).
  const posts = WARM_UP_POSTS.flatMap((post) => [post, `${post} \u{fe86}`]).map((post) => () => void analyze(post, { surface: 'post' }));
  // Then every lazily built part the posts did not build (text/memo.ts: the word lists of other
  // myths, the Spanish patterns of English rules, every word gate), WARMERS_PER_STEP at a time;
  // the last step also runs any part registered while warming.
  let next = 0;
  const runTo = (end: number) => {
    const warmers = lazyWarmers();
    for (; next < Math.min(end, warmers.length); next++) warmers[next]!();
  };
  const count = Math.max(1, Math.ceil(lazyWarmers().length / WARMERS_PER_STEP));
  const lazy = Array.from({ length: count }, (_, i) => () => runTo(i === count - 1 ? Infinity : (i + 1) * WARMERS_PER_STEP));
  return [...posts, ...lazy];
}

/** How many lazily built parts this process has built (tests check that warm-up leaves none to build). */
export { lazyBuilds } from './text/memo';

/** Lazily built parts warmed per step: most steps take a few milliseconds, the longest a few hundred (a long word list). */
const WARMERS_PER_STEP = 4;

/** Blocks kept between calls: a 250,000-character draft in blocks of about 2,000 characters. */
const MAX_CACHED_BLOCKS = 256;
let cached: { key: string; policy: AnalyzerPolicy; rules: readonly Rule[]; blocks: Map<string, Finding[]> } | undefined;

/** The cache of block findings for this context, policy and rule set (a new one when any changed). */
function blockCache(context: AnalysisContext, policy: AnalyzerPolicy, rules: readonly Rule[]): Map<string, Finding[]> {
  const key = JSON.stringify(context);
  if (cached?.key !== key || cached.policy !== policy || cached.rules !== rules) cached = { key, policy, rules, blocks: new Map() };
  return cached.blocks;
}

/** Forgets the cached blocks (tests compare cached and fresh results). */
export function clearBlockCache(): void {
  cached = undefined;
}

function analyzeBlock(text: string, context: AnalysisContext, policy: AnalyzerPolicy, rules: readonly Rule[]): Finding[] {
  const norm = normalize(text);
  const allow = [...(context.allow ?? []), ...(policy.allow ?? [])];
  if (policy.deny) {
    context = {
      ...context,
      deny: {
        terms: [...(context.deny?.terms ?? []), ...(policy.deny.terms ?? [])],
        patterns: [...(context.deny?.patterns ?? []), ...(policy.deny.patterns ?? [])],
      },
    };
  }
  const own = rawMatches(norm.text, context, rules);
  // The post-level judgement weighs every rule's evidence, even when only some rules report
  // (a rule under test); then only those rules' findings are reported, not the story's own.
  const subset = rules !== RULES;
  const evidence = subset ? rawMatches(norm.text, context, RULES) : own;
  const judged = judgePost(norm.text, own, context, evidence);
  const claims = judgeClaims(norm.text, judged, context, MESSAGES, evidence);
  const raw = subset ? claims.filter((m) => m.ruleId !== 'phi.patient-story' && !m.ruleId.endsWith('.judged')) : claims;
  const findings: Finding[] = [];
  for (const m of raw) {
    const category = m.category;
    const configured = policy.actions[category] ?? DEFAULT_ACTION[familyOf(category)] ?? 'warn';
    if (configured === 'off' || m.confidence < policy.reportThreshold || m.end <= m.start) continue;
    if (familyOf(category) === 'phi' && allow.length && allowed(norm.text.slice(m.start, m.end), allow)) continue;
    if (policy.allowExact?.length && allowedExactly(norm.text.slice(m.start, m.end), policy.allowExact)) continue;
    let action: Action = m.confidence >= policy.warnThreshold ? configured : 'inform';
    // Holding Post is for what the analyzer is sure of; a likelier-than-not finding warns.
    if ((action === 'confirm' || action === 'block') && m.confidence < (policy.holdThreshold ?? 0)) action = 'warn';
    findings.push({
      ruleId: m.ruleId,
      category,
      start: norm.toOriginal(m.start),
      end: norm.toOriginal(m.end - 1) + 1,
      confidence: Math.round(m.confidence * 100) / 100,
      action,
      message: m.message,
      ...(m.fix ? { fix: m.fix } : {}),
    });
  }
  return inSentenceLanguage(text, dedupe(findings));
}

/** Every rule's matches on the (normalized) text, before the post-level judgement and the policy. */
export function rawMatches(text: string, context: AnalysisContext, rules: readonly Rule[] = RULES): RawMatch[] {
  const out: RawMatch[] = [];
  for (const rule of rules) {
    let matches;
    try {
      matches = rule.find({ text, context });
    } catch {
      continue; // One broken rule must not silence the others or throw into the page.
    }
    for (const m of matches) out.push({ ...m, category: m.category ?? rule.category, ruleId: m.ruleId ?? rule.id, message: m.message ?? rule.message });
  }
  return out;
}

/**
 * One finding per category per span: the strongest of overlapping findings of one category.
 * Linear after the sort: the kept findings of a category never overlap and come in order of
 * start, so only the category's last kept finding can overlap the next one.
 */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || ACTION_RANK[b.action] - ACTION_RANK[a.action]);
  const out: Finding[] = [];
  const last = new Map<Category, number>();
  for (const f of findings) {
    const i = last.get(f.category);
    const twin = i === undefined ? undefined : out[i]!;
    if (!twin || !(twin.start < f.end && f.start < twin.end)) {
      last.set(f.category, out.length);
      out.push(f);
    } else if (ACTION_RANK[f.action] > ACTION_RANK[twin.action] || (f.action === twin.action && f.confidence > twin.confidence)) {
      out[i!] = f;
    }
  }
  return out;
}
