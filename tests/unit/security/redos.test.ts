/**
 * Regexes through the `recheck` ReDoS checker (issue 12): every regex literal in lib/ (found with
 * the TypeScript parser, not a grep) and every configured deny-list pattern as checkPattern
 * compiles it (the admin-guide examples, the patterns the tests use, and generated patterns
 * checkPattern accepts, which cross-checks its linear-time proof).
 *
 * What is feasible, measured: the analyzer also builds about 2,500 distinct regexes at run time
 * from its data files and word lists (recorded below while every rule's examples are analysed).
 * recheck did not finish all of them within 15 minutes on this project's 2-core CI machine, so
 * they are counted and printed, not checked here; they are alternations of escaped literals
 * built by lib/analyzer/text/terms.ts, and eslint-plugin-regexp checks the code that builds them.
 *
 * A regex recheck proves vulnerable fails the test. One it cannot decide within its time limit
 * is printed ("unknown" is not "vulnerable"). Nothing here asserts a time.
 */
import fc from 'fast-check';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { builtRegexes, literalRegexes, unique, type FoundRegex } from './regexes';

/** recheck's own limit per regex (its default is 10 s); past it the answer is "unknown". */
const RECHECK_TIMEOUT_MS = 1000;

/** Deny-list patterns an organization could configure: the docs' examples and the tests' own. */
const CONFIGURED = ['RGH-\\d{7}', 'MRN-\\d{7}', '[A-Z]{2}\\d{6}', 'MV[- ]?\\d{6,8}', '(?:MRN|MR)#?\\s?\\d{7}', 'MV-\\d{7}', '[A-Z]\\d{2}-\\d{4}(?:-\\d{2})?'];

/** Small patterns built from pieces that tempt backtracking: alternations, optionals, counted repeats. */
const generatedPattern = fc
  .array(fc.constantFrom('\\d', '[A-Z]', 'a', '-', '(?:a|ab)', '(?:\\d|\\d\\d)', '[- ]?', '\\s?', '(?:x|y)?'), { minLength: 2, maxLength: 6 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, counts]) => parts.map((p, i) => (counts[i]! > 1 ? `(?:${p}){1,${counts[i]}}` : p)).join(''));

/** The regexes checked (literals and configured patterns) and the data-built ones only counted. */
async function collect(): Promise<{ checked: FoundRegex[]; dataBuilt: number }> {
  const literals = literalRegexes(['lib']);
  let configured: FoundRegex[] = [];
  const built = await builtRegexes(async () => {
    const { analyze, DEFAULT_ANALYZER_POLICY } = await import('../../../lib/analyzer');
    const { RULES } = await import('../../../lib/analyzer/rules');
    const { checkPattern } = await import('../../../lib/analyzer/text/safe-pattern');
    for (const rule of RULES) {
      for (const e of [...rule.examples.flag, ...rule.examples.pass]) {
        const text = (typeof e === 'string' ? e : e.text).replace(/\[\[|\]\]/g, '');
        analyze(text, typeof e === 'string' ? {} : e.context, DEFAULT_ANALYZER_POLICY);
      }
    }
    const patterns = [...CONFIGURED, ...fc.sample(generatedPattern, { numRuns: 40, seed: 12 })];
    configured = patterns.flatMap((p) => {
      const c = checkPattern(p);
      return c.ok ? [{ source: c.regex.source, flags: c.regex.flags, origin: `deny-list pattern ${p}` }] : [];
    });
  });
  const checked = unique([...literals, ...configured]);
  const keys = new Set(checked.map((r) => `/${r.source}/${r.flags}`));
  return { checked, dataBuilt: unique(built).filter((r) => !keys.has(`/${r.source}/${r.flags}`)).length };
}

describe('ReDoS: every regex through recheck', () => {
  it('no built-in or configured regex is vulnerable to catastrophic backtracking', async () => {
    const { checked: regexes, dataBuilt } = await collect();
    const started = performance.now();
    const results: { r: FoundRegex; status: string; ms: number; complexity?: string; attack?: string }[] = [];
    // One at a time: recheck's agent answers sequential checks in milliseconds, while parallel
    // ones compete for its time limit.
    for (const r of regexes) {
      const t = performance.now();
      const d = await check(r.source, r.flags, { timeout: RECHECK_TIMEOUT_MS });
      results.push({
        r,
        status: d.status,
        ms: performance.now() - t,
        complexity: d.status === 'vulnerable' || d.status === 'safe' ? d.complexity.summary : undefined,
        attack: d.status === 'vulnerable' ? d.attack.pattern : undefined,
      });
    }
    const by = (s: string) => results.filter((x) => x.status === s);
    const show = (x: (typeof results)[number]) => `  ${x.r.origin}  /${x.r.source.length > 120 ? `${x.r.source.slice(0, 120)}… (${x.r.source.length} chars)` : x.r.source}/${x.r.flags}  ${Math.round(x.ms)} ms${x.attack ? `  attack: ${x.attack}` : ''}`;
    const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(
      [
        `recheck: ${results.length} distinct regexes in ${Math.round((performance.now() - started) / 1000)} s — safe ${by('safe').length}, vulnerable ${by('vulnerable').length}, unknown (not decided within ${RECHECK_TIMEOUT_MS} ms) ${by('unknown').length}, error ${by('error').length}`,
        `not checked: ${dataBuilt} distinct regexes the analyzer builds from its data at run time (see the header)`,
        ...(by('unknown').length ? ['undecided:', ...by('unknown').map(show)] : []),
        ...(by('error').length ? ['recheck could not parse:', ...by('error').map(show)] : []),
        'slowest:',
        ...slowest.map(show),
      ].join('\n'),
    );
    expect(by('vulnerable').map(show)).toEqual([]);
  }, 600_000);
});
