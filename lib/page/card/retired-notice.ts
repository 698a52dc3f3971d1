/**
 * The one thing an outdated content script leaves on the page after Second Look was updated,
 * reloaded or turned off while the tab stayed open: a small notice on the composer saying that
 * this page is no longer checked. It lives in its own closed shadow root, renders text as text,
 * follows the focused composer, and touches no extension API (there is none left to touch).
 */
import { findEditable } from '../editable';
import { placeNotice } from './placement';

export const NOTICE_TAG = 'second-look-notice';

const CSS_TEXT = `
:host { all: initial; }
.notice { position: fixed; z-index: 2147483646; box-sizing: border-box; max-width: 320px; pointer-events: none;
  font: 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #3c4043; background: #fff8e1;
  border: 1px solid #f9ab00; border-radius: 8px; padding: 4px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
@media (prefers-color-scheme: dark) { .notice { color: #e3e3e3; background: #3c2f00; border-color: #fdd663; } }
`;

export class RetiredNotice {
  private readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private editor: HTMLElement | undefined;
  private readonly cleanups: (() => void)[] = [];
  /** Bumped on every placement: one that finishes after a newer one began is dropped. */
  private placing = 0;

  constructor(private readonly doc: Document, message: string, editor: HTMLElement | undefined) {
    this.host = doc.createElement(NOTICE_TAG);
    this.host.style.setProperty('all', 'initial', 'important');
    this.host.style.setProperty('position', 'fixed', 'important');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS_TEXT;
    try {
      const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(style); // no constructable stylesheets: a <style> (a strict CSP may drop it)
    }
    this.box = doc.createElement('div');
    this.box.className = 'notice';
    this.box.setAttribute('role', 'status');
    this.box.textContent = message;
    root.append(this.box);
    const win = doc.defaultView;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) => {
      target.addEventListener(type, fn, { capture: true, passive: true });
      this.cleanups.push(() => target.removeEventListener(type, fn, { capture: true }));
    };
    // Follow the composer the user is in; nothing is read from it but its box.
    on(doc, 'focusin', (e) => {
      const editable = findEditable(e.composedPath()[0] ?? e.target);
      if (editable) this.show(editable.element);
    });
    if (win) {
      on(win, 'scroll', () => this.place());
      on(win, 'resize', () => this.place());
    }
    if (editor?.isConnected) this.show(editor);
  }

  private show(editor: HTMLElement): void {
    this.editor = editor;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.place();
  }

  /** Next to the composer (see {@link placeNotice}). */
  private place(): void {
    const editor = this.editor;
    if (!editor || !this.host.isConnected) return;
    const placing = ++this.placing;
    if (!editor.isConnected) {
      this.box.style.display = 'none';
      return;
    }
    this.box.style.display = '';
    void placeNotice(this.box, editor.getBoundingClientRect()).then((at) => {
      if (placing !== this.placing) return;
      this.box.style.left = `${at.left}px`;
      this.box.style.top = `${at.top}px`;
    });
  }

  remove(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.host.remove();
  }
}
