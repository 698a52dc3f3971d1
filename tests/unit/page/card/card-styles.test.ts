/**
 * The three families' underlines and card marks (issue 13): each has its own line style, so
 * colour is never the only difference, and each colour keeps 3:1 contrast (WCAG 1.4.11, non-text
 * contrast) against white pages and the sites' dark themes alike.
 */
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '../../../../lib/page/card/card-styles';
import { FAMILIES } from '../../../../lib/analyzer/types';

/** Relative luminance of #rrggbb (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The `border-bottom` of the underline box for a family, read from the stylesheet. */
function underline(family: string): { style: string; colour: string } {
  const rule = family === 'phi' ? /\.box \{[^}]*border-bottom: (\d+)px (\w+) (#[0-9a-f]{6})/ : new RegExp(`\\.box\\[data-family="${family}"\\] \\{ border-bottom: (\\d+)px (\\w+) (#[0-9a-f]{6})`);
  const m = rule.exec(CARD_CSS);
  if (!m) throw new Error(`no underline rule for ${family}`);
  return { style: m[2]!, colour: m[3]! };
}

/** Page backgrounds: white, and the dark themes of X (lights out, dim), Facebook and the card's own. */
const BACKGROUNDS = ['#ffffff', '#000000', '#15202b', '#242526', '#1f1f1f'];

describe('family underlines', () => {
  it('differ in line style, not only in colour', () => {
    const styles = FAMILIES.map((f) => underline(f).style);
    expect(new Set(styles).size).toBe(FAMILIES.length);
    expect(new Set(FAMILIES.map((f) => underline(f).colour)).size).toBe(FAMILIES.length);
  });
  it.each(FAMILIES)('%s keeps 3:1 contrast on light and dark pages', (family) => {
    const { colour } = underline(family);
    for (const bg of BACKGROUNDS) expect(contrast(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
  it('marks each finding on the card with its family\'s colour and style', () => {
    for (const f of FAMILIES) {
      const { style, colour } = underline(f);
      const selector = f === 'phi' ? '.card li {' : `.card li[data-family="${f}"] {`;
      const rule = CARD_CSS.slice(CARD_CSS.lastIndexOf(selector));
      expect(rule.slice(0, rule.indexOf('}'))).toContain(`border-left: 4px ${style} ${colour}`);
    }
  });
});
