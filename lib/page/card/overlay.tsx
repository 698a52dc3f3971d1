/**
 * Everything Second Look draws on a page: one host element appended to <html> (never inside a
 * site's editor), holding a *closed* shadow root with the underline boxes and the Preact card.
 *
 * Privacy: the page must not learn what was flagged. So the shadow root is closed (page script
 * gets `null` from `host.shadowRoot`; in Chrome and Firefox a content script's prototypes are its
 * own, so a page that wraps `attachShadow` never sees the root either), underlines are boxes
 * inside that root rather than CSS Custom Highlights (`CSS.highlights` is one registry per
 * document, and page script can read the registered Ranges), and nothing about the draft or the
 * findings is ever put on the host, a light-DOM attribute or a global. The host only carries
 * fixed styles; it is the same whether or not anything was flagged.
 *
 * The page must not silently remove a warning either: if the host is removed or its styles are
 * changed while it is mounted, it is put back (a Post hold does not depend on the UI anyway).
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { CARD_CSS } from './card-styles';
import { firstControl, WarningCard, type CardActions, type CardState } from './WarningCard';
import type { Action, Family } from '../../analyzer/types';
import { FieldMeasurer, type Box, type FieldLayout } from './textarea-rects';

export const HOST_TAG = 'second-look-overlay';

/** Constructable stylesheet where the browser has one; a <style> element otherwise. */
function adoptStyles(root: ShadowRoot, doc: Document, css: string): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

/** One finding's underline: a box per line it spans, in viewport coordinates. */
export interface Underline {
  action: Action;
  /** PHI, misinformation or professionalism: each has its own colour and line style (card-styles.ts). */
  family: Family;
  boxes: Box[];
}

/** Restores at most this many removals or restylings per second, so a hostile page cannot make us spin. */
const MAX_RESTORES_PER_SECOND = 20;

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly card = signal<CardState>({ findings: [], text: '', limited: false, collapsed: false, anchor: null });
  private readonly layer: HTMLElement;
  private readonly cardMount: HTMLElement;
  private readonly measurer: FieldMeasurer;
  /** Underline boxes, reused from draw to draw; the unused ones are hidden. */
  private readonly boxes: HTMLElement[] = [];
  private mounted = false;
  private readonly guard: MutationObserver;
  private hostStyle = '';
  private restores: number[] = [];

  constructor(private readonly doc: Document, actions: Omit<CardActions, 'onToggle' | 'onExpand'>) {
    this.host = doc.createElement(HOST_TAG);
    // Styles go through the CSSOM (not <style> text), which a site's Content-Security-Policy
    // does not block. `!important` inline declarations win over any page stylesheet.
    const hostStyle = this.host.style;
    hostStyle.setProperty('all', 'initial', 'important');
    for (const [k, v] of Object.entries({ display: 'block', position: 'fixed', top: '0', left: '0', width: '0', height: '0', 'z-index': '2147483646', visibility: 'visible', opacity: '1' })) {
      hostStyle.setProperty(k, v, 'important');
    }
    this.hostStyle = this.host.getAttribute('style') ?? '';
    this.root = this.host.attachShadow({ mode: 'closed' });
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.cardMount = doc.createElement('div');
    this.root.append(this.layer, this.cardMount);
    adoptStyles(this.root, doc, CARD_CSS);
    this.measurer = new FieldMeasurer(doc, this.root);
    this.growPool(64);
    render(<WarningCard state={this.card} actions={{ ...actions, onToggle: () => this.toggle(), onExpand: () => this.update({ collapsed: false, expanded: true }) }} />, this.cardMount);
    const View = doc.defaultView?.MutationObserver ?? MutationObserver;
    this.guard = new View(() => this.restore());
  }

  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    if (this.mounted) return;
    this.mounted = true;
    this.guard.observe(this.doc.documentElement, { childList: true });
    this.guard.observe(this.host, { attributes: true });
  }

  /** Puts the host back where the page removed or restyled it (rate-limited). */
  private restore(): void {
    if (!this.mounted) return;
    const attrs = this.host.getAttributeNames();
    const intact = this.host.isConnected && this.host.parentNode === this.doc.documentElement && attrs.length === 1 && this.host.getAttribute('style') === this.hostStyle;
    if (intact) return;
    const now = Date.now();
    this.restores = this.restores.filter((t) => now - t < 1000);
    if (this.restores.length >= MAX_RESTORES_PER_SECOND) return;
    this.restores.push(now);
    for (const name of attrs) if (name !== 'style') this.host.removeAttribute(name);
    if (this.host.getAttribute('style') !== this.hostStyle) this.host.setAttribute('style', this.hostStyle);
    if (this.host.parentNode !== this.doc.documentElement) this.doc.documentElement.append(this.host);
  }

  /** Lays a form field's text out in our shadow root, to read where its characters sit. */
  layoutField(field: HTMLTextAreaElement | HTMLInputElement): FieldLayout {
    return this.measurer.layout(field);
  }

  /**
   * Draws the underlines by restyling a pool of boxes made ahead of time. Nodes are added only
   * when a draft needs more boxes than ever before (the pool doubles): Chrome closes a textarea's
   * undo group whenever a node is inserted or removed anywhere in the document, so redrawing
   * by replacing nodes on every keystroke split the user's undo into a few characters each.
   */
  setUnderlines(underlines: Underline[]): void {
    const needed = underlines.reduce((n, u) => n + u.boxes.length, 0);
    if (needed > this.boxes.length) this.growPool(Math.max(needed, this.boxes.length * 2));
    let i = 0;
    underlines.forEach((u, finding) => {
      for (const b of u.boxes) {
        const el = this.boxes[i++]!;
        el.dataset.finding = String(finding);
        el.dataset.action = u.action;
        el.dataset.family = u.family;
        const s = el.style;
        s.left = `${b.left}px`;
        s.top = `${b.top}px`;
        s.width = `${b.width}px`;
        s.height = `${b.height}px`;
        s.display = '';
      }
    });
    for (; i < this.boxes.length; i++) {
      const el = this.boxes[i]!;
      if (el.style.display === 'none') break; // the rest were hidden already
      el.style.display = 'none';
    }
  }

  private growPool(size: number): void {
    while (this.boxes.length < size) {
      const el = this.doc.createElement('div');
      el.className = 'box';
      el.style.display = 'none';
      this.layer.append(el);
      this.boxes.push(el);
    }
  }

  update(patch: Partial<CardState>): void {
    this.card.value = { ...this.card.value, ...patch };
  }

  /**
   * Moves keyboard focus from the editor to what Second Look shows for it: the open card's first
   * control, or the pill. False (nothing moved) when neither is on screen.
   */
  focusEntry(): boolean {
    const card = this.root.querySelector<HTMLElement>('[data-second-look-card]');
    const target = card && card.style.display !== 'none'
      ? firstControl(card)
      : this.root.querySelector<HTMLElement>('.pill');
    if (!target || target.style.display === 'none' || !target.getClientRects().length) return false;
    target.focus({ preventScroll: true });
    return this.root.activeElement === target;
  }

  private toggle(): void {
    this.update({ collapsed: !this.card.value.collapsed, expanded: false });
  }

  clear(): void {
    this.setUnderlines([]);
    this.update({ findings: [], text: '', unchecked: 0, otherLanguage: undefined, error: undefined, notice: undefined, hold: undefined, anchor: null });
  }

  destroy(): void {
    this.mounted = false;
    this.guard.disconnect();
    this.clear();
    render(null, this.cardMount);
    this.host.remove();
  }
}
