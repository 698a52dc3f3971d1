/**
 * Everything Second Look draws on a page: one host element appended to <html> (never inside a
 * site's editor), holding an open shadow root with the underline boxes and the Preact card.
 * Underlines in contenteditable editors use the CSS Custom Highlight API, which draws without
 * touching the DOM; form fields (and browsers without the API) get positioned boxes instead.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { CARD_CSS } from './card-styles';
import { WarningCard, type CardActions, type CardState } from './WarningCard';
import type { Action } from '../../analyzer/types';
import type { Box } from './textarea-rects';

export const HOST_TAG = 'second-look-overlay';
const HIGHLIGHT = { warn: 'second-look-warn', inform: 'second-look-inform' } as const;

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

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface UnderlineBox extends Box {
  action: Action;
  start: number;
  end: number;
  category: string;
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly card = signal<CardState>({ findings: [], text: '', limited: false, collapsed: false, anchor: null });
  private readonly layer: HTMLElement;

  constructor(private readonly doc: Document, actions: Omit<CardActions, 'onToggle' | 'onExpand'>) {
    this.host = doc.createElement(HOST_TAG);
    // Styles go through the CSSOM (not style attributes or <style> text), which a site's
    // Content-Security-Policy does not block. The ::highlight() rules for the page's own text
    // ship as the content script's manifest CSS (entrypoints/content/highlights.css).
    const hostStyle = this.host.style;
    hostStyle.setProperty('all', 'initial');
    Object.assign(hostStyle, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', zIndex: '2147483646' });
    this.root = this.host.attachShadow({ mode: 'open' });
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    const cardMount = doc.createElement('div');
    this.root.append(this.layer, cardMount);
    adoptStyles(this.root, doc, CARD_CSS);
    render(<WarningCard state={this.card} actions={{ ...actions, onToggle: () => this.toggle(), onExpand: () => this.update({ collapsed: false, expanded: true }) }} />, cardMount);
  }

  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /** A node inside our shadow root where measuring helpers can be placed. */
  get scratch(): Node {
    return this.root;
  }

  setHighlights(ranges: { range: Range; action: Action }[]): void {
    if (!supportsHighlights()) return;
    const warn = ranges.filter((r) => r.action !== 'inform').map((r) => r.range);
    const inform = ranges.filter((r) => r.action === 'inform').map((r) => r.range);
    CSS.highlights.set(HIGHLIGHT.warn, new Highlight(...warn));
    CSS.highlights.set(HIGHLIGHT.inform, new Highlight(...inform));
  }

  setBoxes(boxes: UnderlineBox[]): void {
    const els = boxes.map((b) => {
      const el = this.doc.createElement('div');
      el.className = 'box';
      el.dataset.action = b.action;
      el.dataset.start = String(b.start);
      el.dataset.end = String(b.end);
      el.dataset.category = b.category;
      el.style.left = `${b.left}px`;
      el.style.top = `${b.top}px`;
      el.style.width = `${b.width}px`;
      el.style.height = `${b.height}px`;
      return el;
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
    this.setHighlights([]);
    this.setBoxes([]);
    this.update({ findings: [], text: '', error: undefined, notice: undefined, hold: undefined, anchor: null });
  }

  destroy(): void {
    this.clear();
    render(null, this.root.lastChild as Element);
    this.host.remove();
  }
}
