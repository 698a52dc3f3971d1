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
import { WarningCard, type CardActions, type CardState } from './WarningCard';
import type { Action } from '../../analyzer/types';
import type { Box } from './textarea-rects';

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

  /** A node inside our shadow root where measuring helpers can be placed. */
  get scratch(): Node {
    return this.root;
  }

  setUnderlines(underlines: Underline[]): void {
    const els = underlines.map((u) => {
      const group = this.doc.createElement('div');
      group.className = 'underline';
      group.dataset.action = u.action;
      for (const b of u.boxes) {
        const el = this.doc.createElement('div');
        el.className = 'box';
        el.style.left = `${b.left}px`;
        el.style.top = `${b.top}px`;
        el.style.width = `${b.width}px`;
        el.style.height = `${b.height}px`;
        group.append(el);
      }
      return group;
    });
    this.layer.replaceChildren(...els);
  }

  update(patch: Partial<CardState>): void {
    this.card.value = { ...this.card.value, ...patch };
  }

  private toggle(): void {
    this.update({ collapsed: !this.card.value.collapsed, expanded: false });
  }

  clear(): void {
    this.setUnderlines([]);
    this.update({ findings: [], text: '', error: undefined, notice: undefined, hold: undefined, anchor: null });
  }

  destroy(): void {
    this.mounted = false;
    this.guard.disconnect();
    this.clear();
    render(null, this.cardMount);
    this.host.remove();
  }
}
