/**
 * Record-number formats by example (issue 13): a practice manager types one ID as it appears
 * ("RFC-123456") and gets the pattern for it, without knowing regular-expression syntax. Runs of
 * letters become a letter class with their count (or stay as typed, for a fixed prefix such as
 * "RFC"), runs of digits become `\d{n}`, and everything else is kept literally. The pattern is
 * then checked exactly as a typed one is (checkPattern: linear-time, bounded), and shown against
 * a few generated IDs so the user sees what it would and would not catch.
 */
import { checkPattern } from '../lib/analyzer/text/safe-pattern';
import { refusalText } from './policy-labels';

type Run = { kind: 'upper' | 'lower' | 'letters' | 'digits'; text: string } | { kind: 'literal'; text: string };

/** Splits an example into runs of capitals, small letters, mixed letters, digits and other characters. */
function runs(example: string): Run[] {
  const out: Run[] = [];
  for (const ch of example) {
    const kind: Run['kind'] = /\d/.test(ch) ? 'digits' : /[A-Z]/.test(ch) ? 'upper' : /[a-z]/.test(ch) ? 'lower' : 'literal';
    const last = out.at(-1);
    const letters = (k: Run['kind']) => k === 'upper' || k === 'lower' || k === 'letters';
    if (last && (last.kind === kind || (letters(last.kind) && letters(kind)))) {
      last.kind = last.kind === kind ? last.kind : 'letters';
      last.text += ch;
    } else out.push({ kind, text: ch });
  }
  return out;
}

/** A character as a pattern literal: escaped where it means something in a pattern. */
function literal(ch: string): string {
  return /[\\^$.|?*+()[\]{}/]/.test(ch) ? `\\${ch}` : ch;
}

const count = (n: number) => (n === 1 ? '' : `{${n}}`);

export interface Proposal {
  /** The pattern, as it would be saved in the record-number list. */
  pattern: string;
  /** Why the pattern cannot be used, in plain words; undefined when it can. */
  refused?: string;
  /** A few IDs it catches (the example first), and a few near misses it does not. */
  matches: string[];
  misses: string[];
}

/**
 * The pattern for an example ID. `keepLetters`: letters stay as typed (a fixed prefix like
 * "RFC"); otherwise any letters of the same case and count match.
 */
export function patternFromExample(example: string, keepLetters = false): Proposal {
  const parts = runs(example.trim());
  const pattern = parts.map((r) => {
    switch (r.kind) {
      case 'digits':
        return `\\d${count(r.text.length)}`;
      case 'upper':
        return keepLetters ? r.text : `[A-Z]${count(r.text.length)}`;
      case 'lower':
        return keepLetters ? r.text : `[a-z]${count(r.text.length)}`;
      case 'letters':
        return keepLetters ? r.text : `[A-Za-z]${count(r.text.length)}`;
      default:
        return [...r.text].map((ch) => (/\s/.test(ch) ? '\\s' : literal(ch))).join('');
    }
  }).join('');
  const checked = checkPattern(pattern);
  if (!checked.ok) return { pattern, refused: refusalText({ reason: checked.reason, code: checked.code, ...(checked.detail !== undefined ? { subs: [checked.detail] } : {}) }), matches: [], misses: [] };
  const anchored = new RegExp(`^(?:${checked.regex.source})$`, checked.regex.flags.replace('g', ''));
  const made = [example.trim(), sample(parts, keepLetters, 1), sample(parts, keepLetters, 2)];
  const near = [shorter(parts), sample(parts.map((r) => (r.kind === 'digits' ? { ...r, kind: 'upper' as const } : r)), false, 3)];
  return {
    pattern,
    matches: [...new Set(made)].filter((s) => anchored.test(s)),
    misses: [...new Set(near)].filter((s) => s && !anchored.test(s)),
  };
}

const UPPER = 'QWKRTMZHBX';
const LOWER = 'qwkrtmzhbx';

/** An ID of the same shape: other digits and (unless kept) other letters. */
function sample(parts: Run[], keepLetters: boolean, seed: number): string {
  let i = seed * 7;
  const next = (pool: string) => pool[(i = (i * 31 + 17) % 997) % pool.length]!;
  return parts.map((r) => {
    if (r.kind === 'digits') return [...r.text].map(() => next('0123456789')).join('');
    if (r.kind === 'literal' || keepLetters) return r.text;
    if (r.kind === 'upper') return [...r.text].map(() => next(UPPER)).join('');
    if (r.kind === 'lower') return [...r.text].map(() => next(LOWER)).join('');
    return [...r.text].map((ch) => next(/[A-Z]/.test(ch) ? UPPER : LOWER)).join('');
  }).join('');
}

/** The example with one digit (or letter) fewer in its longest run: what a typo'd ID looks like. */
function shorter(parts: Run[]): string {
  const longest = parts.reduce((a, r, i) => (r.kind !== 'literal' && r.text.length > (parts[a]?.text.length ?? 0) ? i : a), -1);
  return parts.map((r, i) => (i === longest ? r.text.slice(1) : r.text)).join('');
}
