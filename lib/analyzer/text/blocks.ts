/**
 * A long draft cut into blocks that an edit leaves alone.
 *
 * Re-checking a 63,000-character draft after one keystroke should cost what checking the edited
 * part costs. So a long draft is checked block by block, and a block whose text did not change
 * keeps its findings. The cuts must not move when something earlier in the draft is edited, or
 * every later block would look new: like rsync's and restic's content-defined chunking, a cut is
 * made where the text itself says so (a paragraph break, or a sentence end whose last characters
 * hash to a chosen value), once the block is long enough, so an edit moves at most the cuts of
 * its own block and the next.
 *
 * A post shorter than `SPLIT_ABOVE` is one block: every social post the analyzer is measured on
 * is judged whole, and only long articles and pasted notes are cut.
 */
import type { Span } from './sentences';

/** Drafts up to this length are one block. */
export const SPLIT_ABOVE = 4000;
/** A block is cut no sooner than this many characters after its start… */
const MIN_BLOCK = 1500;
/** …and at the first sentence end or line break after this many, whatever the hash says. */
const MAX_BLOCK = 4000;
/** Where a block may end: after a line break, or after a sentence end and its spaces. */
const CANDIDATE = /\n\s*|(?<![.!?…])[.!?…]+["'”’)\]]*[ \t]+/gu;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The blocks of `text`, in order, covering it without gaps. */
export function blocksOf(text: string): Span[] {
  if (text.length <= SPLIT_ABOVE) return [{ start: 0, end: text.length }];
  const out: Span[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const length = end - start;
    if (length < MIN_BLOCK) continue;
    const paragraph = m[0].split('\n').length > 2;
    // The last 12 characters before the cut decide; they do not depend on where the block began.
    const chosen = hash(text.slice(Math.max(0, m.index - 12), m.index)) % 4 === 0;
    if (paragraph || chosen || length >= MAX_BLOCK) {
      out.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) {
    // A short tail joins the block before it rather than being judged on its own.
    const last = out[out.length - 1];
    if (last && text.length - start < MIN_BLOCK / 4) out[out.length - 1] = { start: last.start, end: text.length };
    else out.push({ start, end: text.length });
  }
  return out;
}
