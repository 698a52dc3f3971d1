/**
 * Real edits for `npm run bench`: a character or a word inserted or deleted at the start, middle
 * or end of a draft, applied one after another to the same draft the way a person types, and
 * never producing a text seen before in the sequence (so an edit is never "undone" into a text
 * the analyzer already has in its last-text memos).
 */
import type { TextGenerator } from './text';

export type EditOp = 'insert-char' | 'delete-char' | 'insert-word' | 'delete-word';
export type EditWhere = 'start' | 'middle' | 'end';
export interface EditKind {
  op: EditOp;
  where: EditWhere;
}

/**
 * The twelve kinds, in the order a sequence cycles through them: deletions first, then insertions,
 * each at the three places, so a deletion never takes the draft back to a text it had (it can only
 * remove what a round before typed, with later insertions still in place).
 */
export const EDIT_KINDS: readonly EditKind[] = (['delete-char', 'delete-word', 'insert-char', 'insert-word'] as const).flatMap((op) =>
  (['start', 'middle', 'end'] as const).map((where) => ({ op, where })),
);

const LETTERS = 'etaoinshrdlucmfwypvbgk';
const WORDS = ['really', 'today', 'again', 'honestly', 'maybe', 'very', 'still', 'just', 'also', 'quite', 'finally', 'truly', 'soon', 'later', 'here', 'now'];

const isSpace = (c: string | undefined) => c === ' ' || c === '\n';

/** A word boundary (index of a space) near `target`, searching outward; `target` if none. */
function spaceNear(text: string, target: number): number {
  for (let d = 0; d < text.length; d++) {
    if (text[target + d] === ' ') return target + d;
    if (text[target - d] === ' ') return target - d;
  }
  return target;
}

/** Index of the first white space at or after `from` (-1 if none). */
function nextSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isSpace(text[i])) return i;
  return -1;
}

/** Index of the last white space at or before `from` (-1 if none). */
function prevSpace(text: string, from: number): number {
  for (let i = from; i >= 0; i--) if (isSpace(text[i])) return i;
  return -1;
}

/**
 * `text` after one edit of `kind`; the middle is a word boundary within ±5 % of the centre,
 * chosen by `gen`. A deletion from an empty text leaves it empty.
 */
export function applyEdit(text: string, kind: EditKind, gen: TextGenerator): string {
  const n = text.length;
  const letter = gen.pick([...LETTERS]);
  const word = gen.pick(WORDS);
  if (kind.where === 'start') {
    switch (kind.op) {
      case 'insert-char': return letter + text;
      case 'delete-char': return text.slice(1);
      case 'insert-word': return `${word[0]!.toUpperCase()}${word.slice(1)} ${text}`;
      case 'delete-word': {
        const sp = nextSpace(text, 0);
        return sp < 0 ? '' : text.slice(sp + 1);
      }
    }
  }
  if (kind.where === 'end') {
    switch (kind.op) {
      case 'insert-char': return text + letter;
      case 'delete-char': return text.slice(0, -1);
      case 'insert-word': return `${text} ${word}`;
      case 'delete-word': {
        const sp = prevSpace(text, text.trimEnd().length - 1);
        return sp < 0 ? '' : text.slice(0, sp);
      }
    }
  }
  const at = spaceNear(text, Math.floor(n / 2 + (gen.int(-50, 50) / 1000) * n));
  switch (kind.op) {
    case 'insert-char': return text.slice(0, at) + letter + text.slice(at);
    case 'delete-char': return text.slice(0, Math.max(0, at - 1)) + text.slice(at);
    case 'insert-word': return `${text.slice(0, at)} ${word}${text.slice(at)}`;
    case 'delete-word': {
      const prev = prevSpace(text, at - 1);
      return text.slice(0, prev < 0 ? 0 : prev) + text.slice(at);
    }
  }
}

export interface Edit {
  kind: EditKind;
  before: string;
  after: string;
}

/**
 * `count` edits applied in turn to `draft`, cycling through EDIT_KINDS; each edit's text is new
 * to the sequence (the draft itself included), retrying with other letters, words or places.
 */
export function editSequence(draft: string, count: number, gen: TextGenerator): Edit[] {
  const seen = new Set<string>([draft]);
  const out: Edit[] = [];
  let text = draft;
  for (let i = 0; i < count; i++) {
    const kind = EDIT_KINDS[i % EDIT_KINDS.length]!;
    let after = applyEdit(text, kind, gen);
    for (let tries = 0; seen.has(after) && tries < 50; tries++) after = applyEdit(text, kind, gen);
    // A deletion that can only recreate a seen text (never in practice): type a letter instead.
    if (seen.has(after)) after = `${text}${gen.pick([...LETTERS])}${i}`;
    seen.add(after);
    out.push({ kind, before: text, after });
    text = after;
  }
  return out;
}
