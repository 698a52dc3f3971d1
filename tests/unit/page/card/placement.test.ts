import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../../lib/page/card/placement';

const size = { width: 360, height: 200 };

describe('placeCard', () => {
  it('puts the card below the editor when there is room', () => {
    expect(placeCard(size, { editor: { left: 100, top: 100, width: 500, height: 60 }, avoid: [] }, 1280, 720)).toEqual({ left: 100, top: 168 });
  });
  it('moves below the Post button instead of covering it', () => {
    const pos = placeCard(size, { editor: { left: 100, top: 100, width: 500, height: 60 }, avoid: [{ left: 120, top: 170, width: 80, height: 30 }] }, 1280, 720);
    expect(pos).toEqual({ left: 100, top: 208 });
  });
  it('goes above the editor near the bottom of the viewport', () => {
    const pos = placeCard(size, { editor: { left: 100, top: 600, width: 500, height: 60 }, avoid: [] }, 1280, 720);
    expect(pos).toEqual({ left: 100, top: 392 });
  });
  it('returns null when nothing fits without covering the editor or its button', () => {
    expect(placeCard(size, { editor: { left: 0, top: 0, width: 1280, height: 720 }, avoid: [] }, 1280, 720)).toBeNull();
  });
});
