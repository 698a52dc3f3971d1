/**
 * One editor being checked: reads its text on input (debounced), asks for analysis, and draws
 * underlines and the card. It only reads the editor; it never writes to the editor's DOM.
 * Listeners and observers are scoped to the editor and removed by `detach()`.
 */
import type { Finding, Site, Surface } from '../analyzer/types';
import { isFormField, type Editable } from './editable';
import { mapThroughEdit } from './edit-map';
import { Overlay, supportsHighlights, type UnderlineBox } from './overlay';
import { fieldRects } from './textarea-rects';
import { rangeFor, readEditable, type TextModel } from './text-model';

export interface CheckerOptions {
  editable: Editable;
  site: Site;
  surface: Surface;
  surfaceName?: string;
  limited: boolean;
  debounceMs: number;
  overlay: Overlay;
  /** Resolves with findings for the text, or rejects with a message for the user. */
  analyze(text: string, site: Site, surface: Surface): Promise<Finding[]>;
}

const CARD_WIDTH = 360;

export class EditorChecker {
  private text = '';
  private findings: Finding[] = [];
  /** Text the current findings' offsets refer to. */
  private findingsText = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private seq = 0;
  private composing = false;
  private readonly observer: MutationObserver;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly opts: CheckerOptions) {
    const el = opts.editable.element;
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(el, { characterData: true, childList: true, subtree: true });
    const on = (target: EventTarget, type: string, fn: (e: Event) => void, options?: AddEventListenerOptions) => {
      target.addEventListener(type, fn, options);
      this.cleanups.push(() => target.removeEventListener(type, fn, options));
    };
    on(el, 'input', () => this.onChange());
    on(el, 'compositionstart', () => (this.composing = true));
    on(el, 'compositionend', () => {
      this.composing = false;
      this.onChange();
    });
    on(el, 'scroll', () => this.requestRender(), { passive: true });
    const win = el.ownerDocument.defaultView;
    if (win) {
      on(win, 'scroll', () => this.requestRender(), { capture: true, passive: true });
      on(win, 'resize', () => this.requestRender(), { passive: true });
    }
    opts.overlay.mount();
    opts.overlay.update({ limited: opts.limited, surfaceName: opts.surfaceName, collapsed: false });
    this.onChange(true);
  }

  get element(): HTMLElement {
    return this.opts.editable.element;
  }

  private read(): { text: string; model: TextModel | null } {
    const el = this.opts.editable.element;
    if (isFormField(el)) return { text: el.value, model: null };
    const model = readEditable(el);
    return { text: model.text, model };
  }

  private onChange(immediate = false): void {
    const { text } = this.read();
    if (text !== this.text) {
      // Keep old underlines on their words while the new result is pending.
      this.findings = mapThroughEdit(this.findings, this.findingsText, text);
      this.findingsText = text;
      this.text = text;
      if (!this.composing) this.schedule(immediate ? 0 : this.opts.debounceMs);
    }
    this.requestRender();
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    const seq = ++this.seq;
    const text = this.text;
    if (text.trim() === '') {
      this.findings = [];
      this.findingsText = text;
      this.opts.overlay.update({ error: undefined });
      this.requestRender();
      return;
    }
    try {
      const findings = await this.opts.analyze(text, this.opts.site, this.opts.surface);
      if (seq !== this.seq) return; // a newer request is on its way
      this.findings = mapThroughEdit(findings, text, this.text);
      this.findingsText = this.text;
      this.opts.overlay.update({ error: undefined });
    } catch (e) {
      if (seq !== this.seq) return;
      this.opts.overlay.update({ error: e instanceof Error ? e.message : 'Second Look could not check this draft.' });
    }
    this.requestRender();
  }

  private requestRender(): void {
    if (this.frame !== undefined) return;
    const win = this.opts.editable.element.ownerDocument.defaultView;
    this.frame = win ? win.requestAnimationFrame(() => this.render()) : undefined;
    if (!win) this.render();
  }

  private render(): void {
    this.frame = undefined;
    const { overlay, editable } = this.opts;
    const el = editable.element;
    if (!el.isConnected) return;
    const { text, model } = this.read();
    const findings = this.findingsText === text ? this.findings : mapThroughEdit(this.findings, this.findingsText, text);
    const boxes: UnderlineBox[] = [];
    const highlights: { range: Range; action: Finding['action'] }[] = [];
    for (const f of findings) {
      if (isFormField(el)) {
        for (const b of fieldRects(el, f.start, f.end, overlay.scratch)) {
          boxes.push({ ...b, action: f.action, start: f.start, end: f.end, category: f.category });
        }
      } else if (model) {
        const range = rangeFor(model, f.start, f.end, el.ownerDocument);
        if (!range) continue;
        if (supportsHighlights()) highlights.push({ range, action: f.action });
        else for (const r of Array.from(range.getClientRects())) {
          boxes.push({ left: r.left, top: r.bottom - 3, width: r.width, height: 3, action: f.action, start: f.start, end: f.end, category: f.category });
        }
      }
    }
    overlay.setHighlights(highlights);
    overlay.setBoxes(boxes);
    overlay.update({ findings, text, position: this.cardPosition() });
  }

  private cardPosition(): { left: number; top: number } {
    const el = this.opts.editable.element;
    const r = el.getBoundingClientRect();
    const win = el.ownerDocument.defaultView;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(r.left, vw - CARD_WIDTH - 8));
    const below = r.bottom + 8;
    const top = below + 160 < vh ? below : Math.max(8, r.top - 8 - 200);
    return { left, top };
  }

  /** Findings currently shown, with the text they refer to. */
  snapshot(): { text: string; findings: Finding[] } {
    return { text: this.findingsText, findings: this.findings };
  }

  detach(): void {
    clearTimeout(this.timer);
    const win = this.opts.editable.element.ownerDocument.defaultView;
    if (this.frame !== undefined && win) win.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.seq++;
    this.observer.disconnect();
    for (const c of this.cleanups.splice(0)) c();
    this.opts.overlay.clear();
  }
}
