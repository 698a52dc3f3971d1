import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY, type AnalysisContext } from '../../../lib/analyzer';
import type { Example } from '../../../lib/analyzer/rule';
import { RULES } from '../../../lib/analyzer/rules';

/** Strips [[markers]] from an example and returns the text with the marked spans. */
function parseExample(example: Example): { text: string; context: AnalysisContext; marks: [number, number][] } {
  const raw = typeof example === 'string' ? example : example.text;
  const context = typeof example === 'string' ? {} : example.context;
  const marks: [number, number][] = [];
  let text = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('[[', i);
    if (open < 0) break;
    const close = raw.indexOf(']]', open + 2);
    if (close < 0) break;
    text += raw.slice(i, open);
    const start = text.length;
    text += raw.slice(open + 2, close);
    marks.push([start, text.length]);
    i = close + 2;
  }
  text += raw.slice(i);
  return { text, context, marks };
}

const label = (e: Example) => (typeof e === 'string' ? e : `${e.text} ${JSON.stringify(e.context)}`);

for (const rule of RULES) {
  describe(rule.id, () => {
    const warnings = (text: string, context: AnalysisContext) =>
      analyze(text, context, DEFAULT_ANALYZER_POLICY, [rule]).filter((f) => f.action !== 'inform');

    for (const example of rule.examples.flag) {
      it(`flags: ${label(example)}`, () => {
        const { text, context, marks } = parseExample(example);
        const found = warnings(text, context);
        expect(found.length, 'no warning raised').toBeGreaterThan(0);
        for (const [s, e] of marks) {
          const covered = found.some((f) => f.start < e && s < f.end);
          expect(covered, `“${text.slice(s, e)}” not covered; found ${found.map((f) => `“${text.slice(f.start, f.end)}”`).join(', ')}`).toBe(true);
        }
      });
    }
    for (const example of rule.examples.pass) {
      it(`passes: ${label(example)}`, () => {
        const { text, context } = parseExample(example);
        const found = warnings(text, context);
        expect(found.map((f) => text.slice(f.start, f.end)), 'unexpected warning').toEqual([]);
      });
    }
  });
}
