/**
 * Where the card, the pill and the retired notice go, computed by Floating UI (`@floating-ui/dom`) against a virtual
 * reference: the editor's box as the checker measured it, in viewport coordinates.
 *
 * No `autoUpdate`: the checker already redraws on every scroll, resize, editor resize and edit,
 * one frame at a time, and hands the card a fresh anchor each time; a second set of listeners
 * would be a second writer. No `size` either: the card's CSS bounds it (max-height 50vh,
 * max-width 100vw - 16px), and where it has no room beside the editor the pill stands in for it
 * rather than a squeezed card.
 */
import { computePosition, detectOverflow, flip, offset, shift, type Middleware, type OffsetOptions, type Placement, type VirtualElement } from '@floating-ui/dom';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Anchor {
  /** The editor's box. */
  editor: Rect;
  /** Boxes the card must not cover (the submit controls). */
  avoid: Rect[];
}

/** Where an element was placed, in viewport coordinates, and on which side of its reference. */
export interface Spot {
  left: number;
  top: number;
  side: Placement;
}

const GAP = 8;
/** The card's sides in order of preference: below the editor and its Post button, above, right, left. */
const SIDES: Placement[] = ['bottom-start', 'top-start', 'right-start', 'left-start'];

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The smallest box around `rects`; after the first (the editor), boxes with no area (hidden controls) are left out. */
function around(rects: Rect[]): Rect {
  const seen = rects.filter((r, i) => i === 0 || (r.width > 0 && r.height > 0));
  const left = Math.min(...seen.map((r) => r.left));
  const top = Math.min(...seen.map((r) => r.top));
  return { left, top, width: Math.max(...seen.map((r) => r.left + r.width)) - left, height: Math.max(...seen.map((r) => r.top + r.height)) - top };
}

/** A box as Floating UI's reference element. */
function virtual(r: Rect): VirtualElement {
  const { left: x, top: y, width, height } = r;
  return { getBoundingClientRect: () => ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height }) };
}

/**
 * Records (as `middlewareData.fits.ok`) whether the element, where the middleware before this
 * one put it, is inside the viewport by `padding` and covers none of `obstacles`.
 */
function fits(obstacles: Rect[], padding = 0): Middleware {
  return {
    name: 'fits',
    async fn(state) {
      const overflow = await detectOverflow(state, { padding });
      const box = { left: state.x, top: state.y, width: state.rects.floating.width, height: state.rects.floating.height };
      return { data: { ok: Math.max(overflow.top, overflow.right, overflow.bottom, overflow.left) <= 0 && !obstacles.some((o) => intersects(box, o)) } };
    },
  };
}

/**
 * Where the card goes: beside the editor and its submit controls taken together (so it covers
 * neither), on the first side in {@link SIDES} where it fits in the viewport, slid along that side
 * to stay in view. `side` is where it is now: kept while it still fits, so the card does not jump
 * from side to side. `null` when no side fits, so the caller can show the compact pill instead.
 */
export async function placeCard(card: HTMLElement, anchor: Anchor, side: Placement = SIDES[0]!): Promise<Spot | null> {
  const { x, y, placement, middlewareData } = await computePosition(virtual(around([anchor.editor, ...anchor.avoid])), card, {
    strategy: 'fixed',
    placement: side,
    middleware: [
      offset(GAP),
      flip({ fallbackPlacements: SIDES.filter((s) => s !== side), crossAxis: false, fallbackStrategy: 'initialPlacement' }),
      shift({ padding: GAP }),
      fits([]),
    ],
  });
  return middlewareData.fits?.ok ? { left: x, top: y, side: placement } : null;
}

/**
 * Where the compact pill goes: inside the editor's bottom-right corner, where a spell checker's
 * button usually sits. A one-line field has no spare corner, so there it sits just outside, to
 * the right, or above the field's right end when a submit control or the viewport edge is there.
 * Always inside the viewport.
 */
export async function placePill(pill: HTMLElement, anchor: Anchor): Promise<{ left: number; top: number }> {
  /** The pill at `placement`, or null when `obstacles` are given and it is not clear of them. */
  const place = async (placement: Placement, distance: OffsetOptions, obstacles?: Rect[]) => {
    const { x, y, middlewareData } = await computePosition(virtual(anchor.editor), pill, {
      strategy: 'fixed',
      placement,
      middleware: [offset(distance), obstacles && fits(obstacles, 4), shift({ padding: 4, crossAxis: true })],
    });
    return middlewareData.fits?.ok === false ? null : { left: x, top: y };
  };
  if (anchor.editor.height >= pill.offsetHeight * 2 + 8) {
    return (await place('bottom-end', ({ rects }) => ({ mainAxis: -rects.floating.height - 4, alignmentAxis: 4 })))!;
  }
  return (await place('right', 4, anchor.avoid)) ?? (await place('top-end', { mainAxis: 2, alignmentAxis: 4 }))!;
}

/**
 * Where the retired notice goes: just above the editor's top-left corner, or just below it where
 * there is no room above; always inside the viewport.
 */
export async function placeNotice(notice: HTMLElement, editor: Rect): Promise<{ left: number; top: number }> {
  const { x, y } = await computePosition(virtual(editor), notice, {
    strategy: 'fixed',
    placement: 'top-start',
    middleware: [offset(4), flip({ fallbackPlacements: ['bottom-start'], crossAxis: false, fallbackStrategy: 'initialPlacement' }), shift({ padding: 4, crossAxis: true })],
  });
  return { left: x, top: y };
}
