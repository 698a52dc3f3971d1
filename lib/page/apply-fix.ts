/**
 * Applies a finding's fix by going through the editor's own input path, never by rewriting its
 * DOM: each engine keeps its model, caret and undo history (compose-hooking.md §2.2).
 * - textarea/input, Quill, Lexical, plain contenteditable: select the span, then one
 *   `execCommand('insertText')` (or 'delete'), which the editor sees as user input;
 * - Draft.js: select the span, wait for Draft to sync its selection, then a synthetic paste (the route
 *   Grammarly uses; execCommand reproduces Draft bug #2171), or Backspace to remove.
 * Exactly one attempt, then read back until the editor shows it (up to a second): a second attempt is how other checkers
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

/** Resolves at the document's next `selectionchange` (after the page's own listeners), or after `ms`. */
function selectionSettled(doc: Document, win: Window, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      // A task later, so every listener of this event (React's onSelect for Draft) has run.
      win.setTimeout(resolve, 0);
    };
    const timer = win.setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Waits until the editor's text, with plain spaces, is `wanted` (each animation frame, up to `ms`), and returns the
 * text last read. Editors apply input on their own schedule (Lexical after the current turn, React
 * after a render), later still on a busy machine: a fixed wait misread slow success as failure.
 */
async function settledText(editable: Editable, win: Window, wanted: string, ms: number): Promise<string> {
  const deadline = win.performance.now() + ms;
  let text = plainSpaces(readText(editable));
  await frames(win, 1);
  while (text !== wanted && win.performance.now() < deadline) {
    await frames(win, 1);
    text = plainSpaces(readText(editable));
  }
  return text;
}

/** Browsers may write a space as U+00A0 in contenteditable; that is still the same text. */
function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
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
    const settled = editable.engine === 'draft' ? selectionSettled(doc, win, 250) : undefined;
    selection.removeAllRanges();
    selection.addRange(range);
    if (editable.engine === 'draft') {
      // Draft.js syncs its selection from React's onSelect, which follows the document's
      // `selectionchange`: paste only once that has run, or Draft pastes at its old caret.
      await settled;
      await frames(win, 1);
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
  const target = plainSpaces(wanted);
  const after = await settledText(editable, win, target, 1000);
  if (after === target) return 'applied';
  if (after !== plainSpaces(before)) return 'changed';
  try {
    await win.navigator.clipboard.writeText(replacement);
  } catch {
    // Clipboard can be refused; the card still shows the suggested text.
  }
  return 'copied';
}
