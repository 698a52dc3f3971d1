/**
 * Applies a finding's fix by going through the editor's own input path, never by rewriting its
 * DOM: each engine keeps its model, caret and undo history (compose-hooking.md §2.2).
 * - textarea/input, Quill, Lexical, plain contenteditable: select the span, then one
 *   `execCommand('insertText')` (or 'delete'), which the editor sees as user input;
 * - Draft.js: select the span, let Draft sync its selection, then a synthetic paste (the route
 *   Grammarly uses; execCommand reproduces Draft bug #2171), or Backspace to remove.
 * Exactly one attempt, then wait and read back: a second attempt is how other checkers
 * inserted text two or three times into Lexical. If the editor did not take it, the replacement
 * goes to the clipboard and the caller says so.
 */
import type { Editable } from './editable';
import { isFormField } from './editable';
import { rangeFor, readEditable } from './text-model';

export type FixOutcome = 'applied' | 'copied' | 'changed' | 'stale';

function frames(win: Window, n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

function readText(editable: Editable): string {
  const el = editable.element;
  return isFormField(el) ? el.value : readEditable(el).text;
}

export async function applyFix(editable: Editable, start: number, end: number, expected: string, replacement: string): Promise<FixOutcome> {
  const el = editable.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return 'stale';
  const before = readText(editable);
  if (before.slice(start, end) !== expected) return 'stale';
  const wanted = before.slice(0, start) + replacement + before.slice(end);

  el.focus({ preventScroll: true });
  if (isFormField(el)) {
    el.setSelectionRange(start, end);
    if (replacement) doc.execCommand('insertText', false, replacement);
    else doc.execCommand('delete');
  } else {
    const range = rangeFor(readEditable(el), start, end, doc);
    const selection = win.getSelection();
    if (!range || !selection) return 'stale';
    selection.removeAllRanges();
    selection.addRange(range);
    if (editable.engine === 'draft') {
      // Draft.js syncs its selection from `select` events; give it a turn before the paste.
      await frames(win, 2);
      if (replacement) {
        const data = new DataTransfer();
        data.setData('text/plain', replacement);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      } else {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true }));
      }
    } else if (replacement) {
      doc.execCommand('insertText', false, replacement);
    } else {
      doc.execCommand('delete');
    }
  }
  // Editors apply input asynchronously (Lexical after the current turn): wait, then verify.
  await frames(win, 3);
  // Browsers may write a space as U+00A0 in contenteditable; that is still the same text.
  const after = readText(editable).replace(/\u00a0/g, ' ');
  if (after === wanted.replace(/\u00a0/g, ' ')) return 'applied';
  if (after !== before) return 'changed';
  try {
    await win.navigator.clipboard.writeText(replacement);
  } catch {
    // Clipboard can be refused; the card still shows the suggested text.
  }
  return 'copied';
}
