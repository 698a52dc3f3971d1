// @vitest-environment happy-dom
/**
 * Where the card and the pill land, for given editor and Post-button boxes in a 1280×720
 * viewport. happy-dom lays nothing out, so the viewport and the elements' sizes are given here;
 * Floating UI does the rest as it does in the browser.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_CARD_HEIGHT, placeCard, placeNotice, placePill, type Anchor, type Rect } from '../../../../lib/page/card/placement';

const VW = 1280;
const VH = 720;

beforeEach(() => {
  Object.defineProperty(document.documentElement, 'clientWidth', { value: VW, configurable: true });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: VH, configurable: true });
});
afterEach(() => {
  document.body.replaceChildren();
});

/** A fixed-position element of the given size, as the card or the pill is in our shadow root. */
function box(width: number, height: number): HTMLElement {
  const el = document.createElement('div');
  el.style.position = 'fixed';
  Object.defineProperty(el, 'offsetWidth', { value: width });
  // Its max-height (set by placeCard's `size`) caps its height, as layout would.
  Object.defineProperty(el, 'offsetHeight', { get: () => Math.min(height, parseFloat(el.style.maxHeight) || Infinity) });
  document.body.append(el);
  return el;
}
const card = () => box(360, 200);
const pill = () => box(30, 22);
const editorAt = (left: number, top: number, width = 500, height = 60): Anchor => ({ editor: { left, top, width, height }, avoid: [] });

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeCard', () => {
  it('puts the card below the editor, left edges aligned, when there is room', async () => {
    expect(await placeCard(card(), editorAt(100, 100))).toEqual({ left: 100, top: 168, side: 'bottom-start' });
  });
  it('goes below the Post button instead of covering it', async () => {
    const anchor = { ...editorAt(100, 100), avoid: [{ left: 120, top: 170, width: 80, height: 30 }] };
    expect(await placeCard(card(), anchor)).toMatchObject({ left: 100, top: 208 });
  });
  it('is not pulled toward a hidden control, whose box is empty', async () => {
    const anchor = { ...editorAt(100, 100), avoid: [{ left: 0, top: 0, width: 0, height: 0 }] };
    expect(await placeCard(card(), anchor)).toMatchObject({ left: 100, top: 168 });
  });
  it('goes above the editor near the bottom of the viewport', async () => {
    expect(await placeCard(card(), editorAt(100, 600))).toEqual({ left: 100, top: 392, side: 'top-start' });
  });
  it('goes to the right, then the left, of an editor too tall for above or below', async () => {
    expect(await placeCard(card(), editorAt(100, 100, 500, 560))).toMatchObject({ left: 608, top: 100, side: 'right-start' });
    expect(await placeCard(card(), editorAt(600, 100, 600, 560))).toMatchObject({ left: 232, top: 100, side: 'left-start' });
  });
  it('slides along its side to stay in view', async () => {
    expect(await placeCard(card(), editorAt(1100, 100, 150, 60))).toMatchObject({ left: VW - 360 - 8, top: 168 });
    expect(await placeCard(card(), editorAt(100, -100, 200, 700))).toMatchObject({ left: 308, top: 8, side: 'right-start' });
  });
  it('keeps the side it is on while that side still fits, instead of jumping back below', async () => {
    expect(await placeCard(card(), editorAt(100, 300), 'top-start')).toMatchObject({ top: 92, side: 'top-start' });
    // Once above no longer fits, it goes back to the first side that does.
    expect(await placeCard(card(), editorAt(100, 150), 'top-start')).toMatchObject({ top: 218, side: 'bottom-start' });
  });
  it('shrinks to the room below or above (its list scrolls), down to MIN_CARD_HEIGHT', async () => {
    // An editor too wide for the card to go beside it.
    const tall = () => box(360, 600);
    expect(await placeCard(tall(), editorAt(100, 300, 1000, 60))).toEqual({ left: 100, top: 368, side: 'bottom-start', maxHeight: VH - 368 - 8 });
    expect(await placeCard(tall(), editorAt(100, 100, 1000, 60))).toMatchObject({ top: 168, maxHeight: VH - 168 - 8 });
    expect(await placeCard(tall(), editorAt(100, 500, 1000, 60))).toMatchObject({ side: 'top-start', top: 8, maxHeight: 500 - 8 - 8 });
  });
  it('docks below (or above) the composer in a narrow window, never beside it', async () => {
    Object.defineProperty(document.documentElement, 'clientWidth', { value: 400, configurable: true });
    expect(await placeCard(box(360, 200), editorAt(8, 100, 384, 560))).toBeNull();
    expect(await placeCard(box(360, 200), editorAt(8, 100, 384, 300), 'right-start')).toEqual({ left: 8, top: 408, side: 'bottom-start' });
    expect(await placeCard(box(360, 200), editorAt(8, 450, 384, 120))).toMatchObject({ left: 8, top: 242, side: 'top-start' });
  });
  it('never shrinks below MIN_CARD_HEIGHT', async () => {
    expect(await placeCard(box(360, 500), editorAt(100, 60, 1000, VH - 60 - 8 - MIN_CARD_HEIGHT + 1 - 8))).toBeNull();
  });
  it('returns null when nothing fits without covering the editor or its button', async () => {
    expect(await placeCard(card(), editorAt(0, 0, VW, VH))).toBeNull();
  });
  it('is never off-screen and never covers the editor or a Post button', async () => {
    const rect = fc.record({ left: fc.integer({ min: -200, max: VW }), top: fc.integer({ min: -200, max: VH }), width: fc.integer({ min: 1, max: 900 }), height: fc.integer({ min: 1, max: 600 }) });
    await fc.assert(
      fc.asyncProperty(rect, fc.array(rect, { maxLength: 2 }), fc.constantFrom(undefined, 'top-start', 'right-start', 'left-start' as const), async (editor, avoid, side) => {
        const spot = await placeCard(card(), { editor, avoid }, side);
        if (!spot) return;
        const r = { left: spot.left, top: spot.top, width: 360, height: Math.min(200, spot.maxHeight ?? 200) };
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.left + r.width).toBeLessThanOrEqual(VW);
        expect(r.top + r.height).toBeLessThanOrEqual(VH);
        for (const b of [editor, ...avoid]) expect(intersects(r, b)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('placePill', () => {
  it('sits just outside the bottom-right corner of a multi-line editor, never over its words', async () => {
    expect(await placePill(pill(), editorAt(100, 100, 500, 120))).toEqual({ left: 100 + 500 + 4, top: 100 + 120 - 22 });
  });
  it('goes above the editor\'s right end when the window edge or a Post button is beside it', async () => {
    expect(await placePill(pill(), editorAt(0, 100, VW, 120))).toEqual({ left: VW - 30 - 4, top: 100 - 22 - 2 });
    const postBeside = { ...editorAt(100, 100, 500, 120), avoid: [{ left: 600, top: 180, width: 80, height: 40 }] };
    expect(await placePill(pill(), postBeside)).toEqual({ left: 566, top: 76 });
  });
  it('is never over the editor or a Post button when there is room outside them', async () => {
    const rect = fc.record({ left: fc.integer({ min: 40, max: VW - 400 }), top: fc.integer({ min: 40, max: VH - 200 }), width: fc.integer({ min: 40, max: 360 }), height: fc.integer({ min: 20, max: 160 }) });
    await fc.assert(
      fc.asyncProperty(rect, async (editor) => {
        const at = await placePill(pill(), { editor, avoid: [] });
        expect(intersects({ ...at, width: 30, height: 22 }, editor)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
  it('sits just right of a one-line field, centred on it', async () => {
    expect(await placePill(pill(), editorAt(100, 100, 300, 30))).toEqual({ left: 404, top: 104 });
  });
  it('goes above the right end of a one-line field when a control or the viewport edge is beside it', async () => {
    const withButton = { ...editorAt(100, 100, 300, 30), avoid: [{ left: 410, top: 100, width: 60, height: 30 }] };
    expect(await placePill(pill(), withButton)).toEqual({ left: 366, top: 76 });
    expect(await placePill(pill(), editorAt(VW - 320, 100, 300, 30))).toEqual({ left: VW - 20 - 30 - 4, top: 76 });
  });
  it('stays in view when the editor is partly scrolled out', async () => {
    expect(await placePill(pill(), editorAt(100, 600, 500, 300))).toEqual({ left: 604, top: VH - 22 - 4 });
    expect(await placePill(pill(), editorAt(-400, -300, 300, 30))).toEqual({ left: 4, top: 4 });
  });
});

describe('placeNotice', () => {
  it('sits just above the editor\'s top-left corner, or below it when there is no room above', async () => {
    const notice = () => box(300, 24);
    expect(await placeNotice(notice(), { left: 100, top: 100, width: 500, height: 60 })).toEqual({ left: 100, top: 72 });
    expect(await placeNotice(notice(), { left: 100, top: 10, width: 500, height: 60 })).toEqual({ left: 100, top: 74 });
    expect(await placeNotice(notice(), { left: 1100, top: -200, width: 500, height: 100 })).toEqual({ left: VW - 300 - 4, top: 4 });
  });
});
