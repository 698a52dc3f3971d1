/**
 * Long drafts are checked in blocks that an edit leaves alone (text/blocks.ts), and a block that
 * did not change keeps its findings. What a user would notice if this broke: underlines that
 * differ depending on how the draft was typed, or a long draft that re-checks everything on
 * every keystroke.
 */
import { evalPosts } from '../../eval-posts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearBlockCache } from '../../../../lib/analyzer';
import { blocksOf, SPLIT_ABOVE } from '../../../../lib/analyzer/text/blocks';
import { clearNlpCache } from '../../../../lib/analyzer/text/nlp';

/** Varied long drafts built from our own training posts (never the shared eval sets). */
const POSTS = evalPosts('phi-train.jsonl');
function draft(length: number, seed: number): string {
  let s = '';
  for (let i = seed; s.length < length; i += 7) s += POSTS[i % POSTS.length]! + (i % 3 ? ' ' : '\n\n');
  return s.slice(0, length);
}

describe('blocksOf', () => {
  it('keeps a social post whole', () => {
    const text = draft(SPLIT_ABOVE, 1);
    expect(blocksOf(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('covers a long draft in order, without gaps', () => {
    const text = draft(30_000, 2);
    const blocks = blocksOf(text);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks[0]!.start).toBe(0);
    expect(blocks.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBe(blocks[i - 1]!.end);
  });

  it('an edit changes at most the blocks around it', () => {
    const text = draft(30_000, 3);
    const before = new Set(blocksOf(text).map((b) => text.slice(b.start, b.end)));
    for (const at of [100, 9_000, 15_000, 29_000]) {
      const edited = `${text.slice(0, at)}Mr. Quill, 71, ${text.slice(at)}`;
      const changed = blocksOf(edited).filter((b) => !before.has(edited.slice(b.start, b.end)));
      expect(changed.length, `edit at ${at}`).toBeLessThanOrEqual(3);
    }
  });
});

describe('analyze on long drafts', () => {
  it('gives the same findings whether blocks came from the cache or not', () => {
    const base = draft(7_000, 4);
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: fc.constantFrom('', 'x', ' Bill in 22 ', '.\n\n', 'SSN 219-09-9999 ', 'é') }), { minLength: 1, maxLength: 4 }),
        (edits) => {
          clearBlockCache();
          let text = base;
          analyze(text, { platform: 'facebook', surface: 'post' });
          for (const e of edits) {
            const at = e.at % text.length;
            text = text.slice(0, at) + e.ins + text.slice(at + e.del);
            const cached = analyze(text, { platform: 'facebook', surface: 'post' });
            clearBlockCache();
            clearNlpCache();
            expect(cached).toEqual(analyze(text, { platform: 'facebook', surface: 'post' }));
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});

describe('analyze after edits', () => {
  // Sentences are parsed only when a rule reads them and kept between checks (text/nlp.ts), so
  // what was parsed depends on the drafts checked before; the findings must not.
  it('gives a typed-into post the findings a cold check gives it', () => {
    const SNIPPETS = ['', 'x', ' Mr. Okafor, 71, ', '. ', '\n', 'my patient Rosa ', ' DOB 3/4/1950', 'Vaccines cause autism. ', 'é'];
    fc.assert(
      fc.property(
        fc.nat({ max: POSTS.length - 1 }),
        fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.constantFrom(...SNIPPETS) }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('post', 'comment', 'review-reply'),
        (i, edits, surface) => {
          const context = { platform: 'facebook', surface } as const;
          let text = `${POSTS[i]!} ${POSTS[(i + 1) % POSTS.length]!}`;
          analyze(text, context);
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.ins + text.slice(at + e.del);
            const warm = analyze(text, context);
            clearBlockCache();
            clearNlpCache();
            expect(warm).toEqual(analyze(text, context));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
