/**
 * Checks a deny-list pattern (an organization's local MRN format, typed by an admin or a user)
 * before it is ever run, and compiles it.
 *
 * Security: JavaScript's regex engine backtracks, so one careless pattern (`(\d+)+x`) could
 * freeze the background worker on a long draft. Instead of guessing with heuristics, patterns
 * are limited to a subset whose cost is bounded by construction: no unbounded quantifiers
 * (`*`, `+`, `{n,}`), no back-references and no lookarounds. For such a pattern the number of
 * ways the engine can try to match from one start position is at most the pattern's "path
 * count" (alternatives add, sequences multiply, `{n,m}` sums powers), each path is at most the
 * pattern's longest match, and both are capped below. So a search costs at most
 * text length × MAX_PATHS × MAX_MATCH_LENGTH steps: linear in the draft's length.
 * The parser is regexpp (the one eslint-plugin-regexp uses), so what is checked is what runs.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export const MAX_PATTERN_SOURCE = 200;
export const MAX_PATHS = 1000;
export const MAX_MATCH_LENGTH = 100;
/** Shorter matches would flag ordinary words and numbers. */
export const MIN_MATCH_LENGTH = 3;

/** Why a pattern was refused, as a code the pages put in the interface's language (`n`: the limit). */
export type PatternRefusal = 'empty' | 'too-long' | 'invalid' | 'lookaround' | 'backreference' | 'open-repeat' | 'feature' | 'too-many-paths' | 'match-too-long' | 'match-too-short';
/** A refused pattern: the reason in English (exports, the CLI) and as a code with its limit or detail. */
export interface PatternRefused {
  ok: false;
  reason: string;
  code: PatternRefusal;
  /** The limit (a count of characters) or, for `invalid`, the regex parser's own words. */
  detail?: number | string;
}
export type PatternCheck = { ok: true; regex: RegExp } | PatternRefused;

class Unsafe extends Error {
  constructor(message: string, readonly code: PatternRefusal) {
    super(message);
  }
}

interface Cost {
  paths: number;
  min: number;
  max: number;
}

const parser = new RegExpParser({ ecmaVersion: 2024 });

function alternatives(alts: readonly AST.Alternative[]): Cost {
  let paths = 0;
  let min = Infinity;
  let max = 0;
  for (const alt of alts) {
    const c = sequence(alt.elements);
    paths += c.paths;
    min = Math.min(min, c.min);
    max = Math.max(max, c.max);
  }
  return { paths: Math.min(paths, MAX_PATHS + 1), min: alts.length ? min : 0, max };
}

function sequence(elements: readonly AST.Element[]): Cost {
  let paths = 1;
  let min = 0;
  let max = 0;
  for (const e of elements) {
    const c = element(e);
    paths = Math.min(paths * c.paths, MAX_PATHS + 1);
    min += c.min;
    max += c.max;
  }
  return { paths, min, max };
}

function element(e: AST.Element): Cost {
  switch (e.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      return { paths: 1, min: 1, max: 2 }; // a class may match a surrogate pair under /u
    case 'Assertion':
      if (e.kind === 'lookahead' || e.kind === 'lookbehind') throw new Unsafe('Lookarounds like (?=…) are not allowed.', 'lookaround');
      return { paths: 1, min: 0, max: 0 };
    case 'Backreference':
      throw new Unsafe('Back-references like \\1 are not allowed.', 'backreference');
    case 'Group':
    case 'CapturingGroup':
      return alternatives(e.alternatives);
    case 'Quantifier': {
      if (!Number.isFinite(e.max)) {
        throw new Unsafe('Use a counted repeat like {1,3} or {0,2} instead of *, + or {n,}: open-ended repeats can make a pattern slow.', 'open-repeat');
      }
      const inner = element(e.element);
      let paths = 0;
      for (let k = e.min; k <= e.max && paths <= MAX_PATHS; k++) paths += inner.paths ** k;
      return { paths: Math.min(paths, MAX_PATHS + 1), min: inner.min * e.min, max: inner.max * e.max };
    }
    default:
      throw new Unsafe('This pattern uses a feature that is not allowed.', 'feature');
  }
}

/**
 * Checks `source` (a JavaScript regex body, no slashes or flags) and returns it compiled as a
 * case-insensitive, whole-word, global search, or the reason it was refused, in plain words.
 */
export function checkPattern(source: string): PatternCheck {
  if (typeof source !== 'string' || source.trim() === '') return { ok: false, reason: 'The pattern is empty.', code: 'empty' };
  if (source.length > MAX_PATTERN_SOURCE) return { ok: false, reason: `Patterns can be at most ${MAX_PATTERN_SOURCE} characters long.`, code: 'too-long', detail: MAX_PATTERN_SOURCE };
  let ast: AST.Pattern;
  try {
    ast = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : '';
    return { ok: false, reason: `This is not a valid pattern${detail ? ` (${detail})` : ''}.`, code: 'invalid', ...(detail ? { detail } : {}) };
  }
  let cost: Cost;
  try {
    cost = alternatives(ast.alternatives);
  } catch (e) {
    if (e instanceof Unsafe) return { ok: false, reason: e.message, code: e.code };
    throw e;
  }
  if (cost.paths > MAX_PATHS) return { ok: false, reason: 'This pattern has too many alternatives or optional parts to check quickly. Split it into simpler patterns.', code: 'too-many-paths' };
  if (cost.max > MAX_MATCH_LENGTH) return { ok: false, reason: `Patterns can match at most ${MAX_MATCH_LENGTH / 2} characters.`, code: 'match-too-long', detail: MAX_MATCH_LENGTH / 2 };
  if (cost.min < MIN_MATCH_LENGTH) return { ok: false, reason: `The pattern must always match at least ${MIN_MATCH_LENGTH} characters, or it would flag ordinary words.`, code: 'match-too-short', detail: MIN_MATCH_LENGTH };
  try {
    // Whole-word: never starts or ends inside a longer word or number. Lookbehind of one
    // character keeps the bound above.
    return { ok: true, regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu') };
  } catch {
    return { ok: false, reason: 'This is not a valid pattern.', code: 'invalid' };
  }
}

const compiled = new Map<string, RegExp | null>();

/** checkPattern, memoized by source; null when the pattern is refused. */
export function compiledPattern(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    const c = checkPattern(source);
    re = c.ok ? c.regex : null;
    if (compiled.size > 500) compiled.clear();
    compiled.set(source, re);
  }
  return re;
}
