/**
 * Where flagged characters sit on screen, for the underline boxes drawn in our closed shadow
 * root. Contenteditable text is measured through DOM ranges (`textRects`); form fields expose no
 * DOM ranges, so a hidden mirror element with the field's text and box styles is measured
 * instead (the technique of component/textarea-caret-position). The mirror lives in our own
 * closed shadow root, never in the page's DOM.
 *
 * Kept hand-written on purpose rather than using that technique's package, `textarea-caret`
 * (3.1.0, read in full): each call creates a mirror div, appends it to `document.body` and removes
 * it again. (1) A node inserted or removed anywhere in the document closes Chrome's undo group in
 * a textarea, so a measurement per redraw made Ctrl+Z undo a few characters at a time (commit
 * b382b89; e2e typing-fidelity "Ctrl+Z undoes a typed word"). (2) That div, with a fixed id, sits
 * in the page's light DOM holding the draft: page script and page CSS reach it. (3) It returns one
 * caret point, where we need a box per line of a flagged span. FieldMeasurer below keeps one
 * mirror in our closed root and changes only its styles and text.
 */

const COPIED = [
  'boxSizing', 'width', 'height', 'overflowX', 'overflowY',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize', 'direction',
] as const;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The part of an element's box its content shows in (inside borders, scrollbars excluded), in viewport coordinates. */
export function visibleBox(el: Element): { left: number; top: number; right: number; bottom: number } {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  // An inline element reports clientWidth 0: fall back to its border box.
  const width = el.clientWidth || r.width;
  const height = el.clientHeight || r.height;
  return { left, top, right: left + width, bottom: top + height };
}

/** `r` cut to `clip`, or null when nothing of it is visible. */
export function clipTo(r: { left: number; top: number; width: number; height: number }, clip: { left: number; top: number; right: number; bottom: number }): Box | null {
  const l = Math.max(r.left, clip.left);
  const t = Math.max(r.top, clip.top);
  const rr = Math.min(r.left + r.width, clip.right);
  const b = Math.min(r.top + r.height, clip.bottom);
  return rr > l && b > t ? { left: l, top: t, width: rr - l, height: b - t } : null;
}

/**
 * The boxes of the text a range covers, one per line per text node. `Range.getClientRects()`
 * would also return the border box of every element wholly inside the range (a whole paragraph
 * in a multi-paragraph finding), which would underline far more than the text.
 */
export function textRects(range: Range): DOMRect[] {
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end || start.nodeType !== 3 || end.nodeType !== 3) return Array.from(range.getClientRects());
  const doc = start.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  const out: DOMRect[] = [];
  for (let n: Node | null = start; n; n = walker.nextNode()) {
    const sub = doc.createRange();
    sub.selectNodeContents(n);
    if (n === start) sub.setStart(n, range.startOffset);
    if (n === end) sub.setEnd(n, range.endOffset);
    if (!sub.collapsed) out.push(...Array.from(sub.getClientRects()));
    if (n === end) break;
  }
  return out;
}

/** Where a form field's characters sit, for one redraw: laid out once, then read per span. */
export interface FieldLayout {
  /** Viewport boxes of `field.value.slice(start, end)`, one per line, not cut to the field. */
  rects(start: number, end: number): Box[];
  /** Hides and empties the mirror: no draft text stays in it between redraws. */
  done(): void;
}

/**
 * Measures characters of form fields with one hidden mirror that lives in our shadow root for
 * the page's lifetime. Only its styles and text data change between measurements, never its
 * nodes: Chrome closes a textarea's undo group whenever a node is inserted or removed anywhere in
 * the document, so a mirror added and removed per keystroke made Ctrl+Z undo a few characters
 * at a time (issue 12).
 *
 * One layout per redraw (issue 12): the whole value goes into the mirror's one text node once,
 * and each span is then read with a Range over that node (a Range is not a node: no mutation).
 * Splitting the text around each span re-laid out the whole draft per finding, which froze a
 * 200,000-character textarea for minutes.
 */
export class FieldMeasurer {
  private readonly mirror: HTMLElement;
  private readonly text: Text;

  constructor(doc: Document, host: Node) {
    this.mirror = doc.createElement('div');
    this.text = doc.createTextNode('');
    this.mirror.append(this.text);
    this.mirror.style.display = 'none';
    host.appendChild(this.mirror);
  }

  /** Lays `field`'s text out in the mirror with the field's box styles; call done() after reading. */
  layout(field: HTMLTextAreaElement | HTMLInputElement): FieldLayout {
    const view = field.ownerDocument.defaultView;
    const doc = this.mirror.ownerDocument;
    const s = this.mirror.style;
    const done = () => {
      s.display = 'none';
      this.text.data = '';
    };
    if (!view) return { rects: () => [], done };
    const style = view.getComputedStyle(field);
    for (const prop of COPIED) s[prop] = style[prop];
    s.position = 'fixed';
    s.visibility = 'hidden';
    s.top = '0';
    s.left = '0';
    s.overflow = 'hidden';
    s.pointerEvents = 'none';
    const isInput = field.tagName === 'INPUT';
    s.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    s.overflowWrap = isInput ? 'normal' : 'break-word';
    const value = field.value;
    // A trailing zero-width space keeps a final empty line (after a newline) in the layout.
    this.text.data = `${value}\u200b`;
    s.display = 'block';
    const base = this.mirror.getBoundingClientRect();
    const fieldBox = field.getBoundingClientRect();
    const dx = fieldBox.left - base.left - field.scrollLeft;
    const dy = fieldBox.top - base.top - field.scrollTop;
    const range = doc.createRange();
    return {
      rects: (start, end) => {
        const a = Math.max(0, Math.min(start, value.length));
        const b = Math.max(a, Math.min(end, value.length));
        range.setStart(this.text, a);
        range.setEnd(this.text, b === a ? a + 1 : b); // an empty span: the box of the next character
        return Array.from(range.getClientRects(), (r) => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height }));
      },
      done,
    };
  }
}
