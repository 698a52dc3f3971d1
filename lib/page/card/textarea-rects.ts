/**
 * Where characters of a <textarea> or <input> sit on screen. Form fields expose no DOM ranges,
 * so a hidden mirror element with the field's text and box styles is measured instead (the
 * technique of component/textarea-caret-position). The mirror lives in our own shadow root.
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

export function fieldRects(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, host: Node): Box[] {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  if (!view) return [];
  const style = view.getComputedStyle(field);
  const mirror = doc.createElement('div');
  const s = mirror.style;
  for (const prop of COPIED) s[prop] = style[prop];
  s.position = 'fixed';
  s.visibility = 'hidden';
  s.top = '0';
  s.left = '0';
  s.overflow = 'hidden';
  const isInput = field.tagName === 'INPUT';
  s.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  s.overflowWrap = isInput ? 'normal' : 'break-word';
  const value = field.value;
  mirror.append(doc.createTextNode(value.slice(0, start)));
  const mark = doc.createElement('span');
  mark.textContent = value.slice(start, end) || '\u200b';
  mirror.append(mark, doc.createTextNode(value.slice(end) || '\u200b'));
  host.appendChild(mirror);
  try {
    const base = mirror.getBoundingClientRect();
    const fieldBox = field.getBoundingClientRect();
    const clip = {
      left: fieldBox.left + field.clientLeft,
      top: fieldBox.top + field.clientTop,
      right: fieldBox.left + field.clientLeft + field.clientWidth,
      bottom: fieldBox.top + field.clientTop + field.clientHeight,
    };
    const out: Box[] = [];
    for (const r of Array.from(mark.getClientRects())) {
      const left = fieldBox.left + (r.left - base.left) - field.scrollLeft;
      const top = fieldBox.top + (r.top - base.top) - field.scrollTop;
      const l = Math.max(left, clip.left);
      const t = Math.max(top, clip.top);
      const rr = Math.min(left + r.width, clip.right);
      const b = Math.min(top + r.height, clip.bottom);
      if (rr > l && b > t) out.push({ left: l, top: t, width: rr - l, height: b - t });
    }
    return out;
  } finally {
    mirror.remove();
  }
}
