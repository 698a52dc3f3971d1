/** Where the card goes: next to the editor, inside the viewport, never over the Post button. */

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

const GAP = 8;

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function inside(r: Rect, vw: number, vh: number): boolean {
  return r.left >= 0 && r.top >= 0 && r.left + r.width <= vw && r.top + r.height <= vh;
}

/**
 * The first spot, in reading order of preference (below the editor and its Post button, above,
 * right, left), where the card fits in the viewport without covering the editor or a submit
 * control; `null` when there is none, so the caller can fall back to the compact pill.
 */
export function placeCard(
  size: { width: number; height: number },
  anchor: Anchor,
  vw: number,
  vh: number,
  /** Where the card is now: kept while it still fits, so the card does not jump around. */
  current?: { left: number; top: number } | null,
): { left: number; top: number } | null {
  const { editor, avoid } = anchor;
  const clampX = (x: number) => Math.max(GAP, Math.min(x, vw - size.width - GAP));
  const lowest = Math.max(editor.top + editor.height, ...avoid.map((a) => a.top + a.height));
  const highest = Math.min(editor.top, ...avoid.map((a) => a.top));
  const candidates = [
    { left: clampX(editor.left), top: editor.top + editor.height + GAP },
    { left: clampX(editor.left), top: lowest + GAP },
    { left: clampX(editor.left), top: editor.top - size.height - GAP },
    { left: clampX(editor.left), top: highest - size.height - GAP },
    { left: editor.left + editor.width + GAP, top: Math.max(GAP, Math.min(editor.top, vh - size.height - GAP)) },
    { left: editor.left - size.width - GAP, top: Math.max(GAP, Math.min(editor.top, vh - size.height - GAP)) },
  ];
  const blocked = [editor, ...avoid];
  if (current) candidates.unshift(current);
  for (const c of candidates) {
    const r = { ...c, ...size };
    if (inside(r, vw, vh) && !blocked.some((b) => intersects(r, b))) return c;
  }
  return null;
}
