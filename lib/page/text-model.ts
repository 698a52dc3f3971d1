/**
 * Reads an editor's plain text and maps text offsets back to DOM positions, without touching
 * the editor. Blocks (Draft.js `[data-block]`, Lexical and Quill `<p>`) become lines; a `<br>`
 * that only holds an empty line open is not counted as a second break.
 */

export interface Position {
  node: Node;
  offset: number;
}

export interface TextModel {
  text: string;
  /** DOM position of a text offset; `edge` picks the side at a boundary between nodes. */
  locate(offset: number, edge: 'start' | 'end'): Position | null;
  /** Text offset of a DOM position inside the editor (e.g. the caret), or null. */
  offsetOf(node: Node, offset: number): number | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** True when nothing but whitespace-free emptiness follows `node` inside its block. */
function isTrailingInBlock(node: Node, block: Node): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 ? (s as Text).data.length > 0 : s.nodeType === 1) return false;
    }
  }
  return true;
}

export function readEditable(root: Element): TextModel {
  const segments: Segment[] = [];
  let text = '';
  let lineHasContent = false;

  const breakLine = () => {
    text += '\n';
    lineHasContent = false;
  };

  const walk = (parent: Node, block: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
        text += data;
        lineHasContent = true;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') {
          // A trailing <br> only keeps an empty line open (Lexical, Quill, Draft.js placeholders).
          if (!isTrailingInBlock(el, block)) breakLine();
          continue;
        }
        if (BLOCK.has(el.tagName)) {
          if (lineHasContent) breakLine();
          const before = text.length;
          const hadNestedBlock = el.querySelector(':scope p, :scope div, :scope li, :scope h1, :scope h2, :scope h3, :scope blockquote, :scope pre') !== null;
          walk(el, el);
          if (lineHasContent) breakLine();
          else if (text.length === before && !hadNestedBlock) breakLine(); // an empty line
        } else {
          walk(el, block);
        }
      }
    }
  };
  walk(root, root);
  if (text.endsWith('\n')) text = text.slice(0, -1);

  const locate = (offset: number, edge: 'start' | 'end'): Position | null => {
    if (segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (edge === 'start' ? s.end <= offset : s.end < offset) lo = mid + 1;
      else hi = mid;
    }
    const s = segments[lo]!;
    if (edge === 'start' && offset >= s.end) return { node: s.node, offset: s.node.data.length };
    return { node: s.node, offset: Math.min(Math.max(offset - s.start, 0), s.node.data.length) };
  };
  const offsetOf = (node: Node, offset: number): number | null => {
    if (node.nodeType === 3) {
      const s = segments.find((seg) => seg.node === node);
      return s ? s.start + Math.min(offset, s.end - s.start) : null;
    }
    // An element position: the text before its offset-th child.
    const child = node.childNodes[offset] ?? null;
    const first = segments.find((seg) => (child ? child === seg.node || child.contains(seg.node) || (child.compareDocumentPosition(seg.node) & 4) !== 0 : false));
    if (first) return first.start;
    const last = [...segments].reverse().find((seg) => node.contains(seg.node));
    return last ? last.end : null;
  };
  return { text, locate, offsetOf };
}

/** A live Range over [start, end) of the model's text, or null when it cannot be placed. */
export function rangeFor(model: TextModel, start: number, end: number, doc: Document): Range | null {
  const a = model.locate(start, 'start');
  const b = model.locate(end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
