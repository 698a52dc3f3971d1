/**
 * Where the card, the pill and the retired notice go, computed by Floating UI (`@floating-ui/dom`) against a virtual
 * reference: the editor's box as the checker measured it, in viewport coordinates.
 *
 * No `autoUpdate`: the checker already redraws on every scroll, resize, editor resize and edit,
 * one frame at a time, and hands the card a fresh anchor each time; a second set of listeners
 * would be a second writer. The card's height follows the room on its side (`size`): its header
 * (the reason a post is held) and footer (Edit post / Post anyway) stay put while the findings
 * list between them scrolls, so a card shrunk to fit never hides its choice (issue 13).
 */
import { computePosition, detectOverflow, flip, offset, shift, size, type Middleware, type OffsetOptions, type Placement, type VirtualElement } from '@floating-ui/dom';

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
  /** The height the card was given to fit there (its list scrolls); undefined when it fits whole. */
  maxHeight?: number;
}

const GAP = 8;
/** The card's sides in order of preference: below the editor and its Post button, above, right, left. */
const SIDES: Placement[] = ['bottom-start', 'top-start', 'right-start', 'left-start'];
/** Below this width the card docks below (or above) the composer, never beside it. */
export const NARROW = 600;
/**
 * The least height the card is shrunk to: its title, a two-line reason, a finding's first lines
 * and the footer's buttons. Less room than this and the pill stands in for it.
 */
export const MIN_CARD_HEIGHT = 150;

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
 * neither), on the first side in {@link SIDES} where it fits in the viewport — below or above
 * only, docked to the composer, in a window narrower than {@link NARROW} — slid along that side to
 * stay in view, and shrunk (down to {@link MIN_CARD_HEIGHT}) to the room there. `side` is where
 * it is now: kept while it still fits, so the card does not jump from side to side. `null` when
 * no side has room, so the caller can show the compact pill instead.
 */
export async function placeCard(card: HTMLElement, anchor: Anchor, side: Placement = SIDES[0]!): Promise<Spot | null> {
  const win = card.ownerDocument.defaultView;
  const narrow = (card.ownerDocument.documentElement.clientWidth || win?.innerWidth || Infinity) < NARROW;
  const sides = narrow ? SIDES.slice(0, 2) : SIDES;
  const order = sides.includes(side) ? [side, ...sides.filter((s) => s !== side)] : sides;
  const reference = virtual(around([anchor.editor, ...anchor.avoid]));
  /** The card on `placement`, shrunk to the room there when `shrink`; null when it does not fit. */
  const at = async (placement: Placement, shrink: boolean): Promise<Spot | null> => {
    // Measure the card at its natural height (its CSS caps it); `size` shrinks it again.
    card.style.maxHeight = '';
    const natural = card.offsetHeight;
    let room = Infinity;
    const { x, y, middlewareData } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(GAP),
        shrink && size({
          padding: GAP,
          apply({ availableHeight }) {
            room = availableHeight;
            card.style.maxHeight = natural > availableHeight ? `${Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight))}px` : '';
          },
        }),
        shift({ padding: GAP }),
        fits([]),
      ],
    });
    if (!middlewareData.fits?.ok || room < MIN_CARD_HEIGHT) return null;
    const maxHeight = card.style.maxHeight ? parseFloat(card.style.maxHeight) : undefined;
    return maxHeight === undefined ? { left: x, top: y, side: placement } : { left: x, top: y, side: placement, maxHeight };
  };
  // Whole on any side first; then shrunk, in the same order.
  for (const shrink of [false, true]) {
    for (const placement of order) {
      const spot = await at(placement, shrink);
      if (spot) return spot;
    }
  }
  card.style.maxHeight = '';
  return null;
}

/**
 * Where the compact pill goes: outside the editor, so it never covers a word — beside its
 * bottom-right corner where a spell checker's button would be, else below or above that corner,
 * else beside its left end; clear of the submit controls and inside the viewport. Only when none
 * of those has room does it sit in the editor's own bottom-right corner.
 */
export async function placePill(pill: HTMLElement, anchor: Anchor): Promise<{ left: number; top: number }> {
  /** The pill at `placement`, or null when `obstacles` are given and it is not clear of them. */
  const place = async (placement: Placement, distance: OffsetOptions, obstacles?: Rect[]) => {
    const { x, y, middlewareData } = await computePosition(virtual(anchor.editor), pill, {
      strategy: 'fixed',
      placement,
      // Slid along its side into view first (so a field wider than the window still has a spot
      // above its visible right end), then checked, then kept in view whatever happens.
      middleware: [offset(distance), shift({ padding: 4 }), obstacles && fits(obstacles, 4), shift({ padding: 4, crossAxis: true })],
    });
    return middlewareData.fits?.ok === false ? null : { left: x, top: y };
  };
  const clear = [anchor.editor, ...anchor.avoid];
  const oneLine = anchor.editor.height < pill.offsetHeight * 2 + 8;
  const outside: [Placement, OffsetOptions][] = [
    [oneLine ? 'right' : 'right-end', 4],
    ['top-end', { mainAxis: 2, alignmentAxis: 4 }],
    ['bottom-end', { mainAxis: 2, alignmentAxis: 4 }],
    ['left-end', 4],
  ];
  for (const [placement, distance] of outside) {
    const at = await place(placement, distance, clear);
    if (at) return at;
  }
  return (await place('bottom-end', ({ rects }) => ({ mainAxis: -rects.floating.height - 4, alignmentAxis: 4 })))!;
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
