/**
 * How the tests look inside Second Look's card and underlines, which live in a *closed* shadow
 * root the page cannot open (and so neither can Playwright's locators, which run in a world of
 * their own and see only open roots).
 *
 * The test-only path: over the Chrome DevTools Protocol, code is evaluated in the extension's own
 * content-script world (the isolated world Chromium names after the extension), where
 * `chrome.dom.openOrClosedShadowRoot(host)` hands an extension the closed root. Page script has
 * no CDP and no `chrome.dom`, so this path proves nothing a page could do; `page-isolation.spec`
 * checks what the page itself sees. Clicks are real mouse clicks at the element's box, and key
 * presses go through `page.keyboard`, so the card is driven the way a person drives it.
 */
import type { CDPSession, Page } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';
import { EXTENSION_ORIGIN } from './fixtures';

interface ContextInfo {
  id: number;
  origin: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

/** The extension's isolated world in one page's top frame, reached over CDP. */
class ExtensionWorld {
  private readonly contexts = new Map<number, ContextInfo>();
  private ready: Promise<void> | undefined;
  private session: CDPSession | undefined;

  constructor(
    private readonly page: Page,
    private readonly origin: string = EXTENSION_ORIGIN,
  ) {}

  private async start(): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page);
    session.on('Runtime.executionContextCreated', (e: { context: ContextInfo }) => this.contexts.set(e.context.id, e.context));
    session.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => this.contexts.delete(e.executionContextId));
    session.on('Runtime.executionContextsCleared', () => this.contexts.clear());
    await session.send('Runtime.enable');
    this.session = session;
  }

  private async contextId(): Promise<number | undefined> {
    const { frameTree } = (await this.session!.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const top = frameTree.frame.id;
    let found: number | undefined;
    for (const c of this.contexts.values()) if (c.origin === this.origin && c.auxData?.frameId === top) found = c.id;
    return found;
  }

  /** Runs `fn(root, arg)` in the content script's world; `root` is null before the overlay exists. */
  async evaluate<T, A>(fn: (root: ShadowRoot | null, arg: A) => T, arg: A): Promise<T> {
    this.ready ??= this.start();
    await this.ready;
    let id = await this.contextId();
    for (let i = 0; id === undefined && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      id = await this.contextId();
    }
    if (id === undefined) throw new Error("Second Look's content script world is not in this page");
    const expression = `(() => {
      const host = document.querySelector('second-look-overlay');
      const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
      return (${fn.toString()})(root, ${JSON.stringify(arg ?? null)});
    })()`;
    const res = (await this.session!.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  }
}

const worlds = new WeakMap<Page, ExtensionWorld>();

/** For a build whose id is not the development one (force-install.spec): look in its world on `page`. */
export function useExtensionOrigin(page: Page, origin: string): void {
  worlds.set(page, new ExtensionWorld(page, origin));
}

/** Evaluates `fn` against the overlay's closed shadow root, in the extension's content-script world. */
export function inOverlay<T, A = null>(page: Page, fn: (root: ShadowRoot | null, arg: A) => T, arg?: A): Promise<T> {
  let world = worlds.get(page);
  if (!world) worlds.set(page, (world = new ExtensionWorld(page)));
  return world.evaluate(fn, (arg ?? null) as A);
}

interface Found {
  text: string;
  attrs: Record<string, string>;
  visible: boolean;
  box: { x: number; y: number; width: number; height: number };
}

interface Query {
  /** Descendant steps; each step is a CSS selector list, a part may end in Playwright's `:visible`. */
  steps: string[];
  /** Keep only elements whose trimmed text (or aria-label) is exactly this. */
  name?: string;
  first?: boolean;
  /** Scroll the first match into view (inside the card) before measuring, as Playwright does before a click. */
  scroll?: boolean;
}

/** Everything matching `q` inside the closed root (runs in the extension's world). */
function query(root: ShadowRoot | null, q: Query): Found[] {
  if (!root) return [];
  // The card draws its words as generated content from `data-text` (find-in-page cannot match
  // it; lib/page/card/shown-text.tsx): what a person reads is that and any text nodes, in order.
  const shown = (n: Node): string =>
    n.nodeType === 3 ? (n.nodeValue ?? '') : ((n as Element).getAttribute?.('data-text') ?? '') + Array.from(n.childNodes).map(shown).join('');
  const isVisible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  let scope: (Element | ShadowRoot)[] = [root];
  for (const step of q.steps) {
    const next = new Set<Element>();
    for (const part of step.split(',').map((s) => s.trim())) {
      const onlyVisible = part.endsWith(':visible');
      const selector = onlyVisible ? part.slice(0, -':visible'.length) : part;
      for (const s of scope) for (const el of Array.from(s.querySelectorAll(selector))) if (!onlyVisible || isVisible(el)) next.add(el);
    }
    scope = [...next];
  }
  let els = scope as Element[];
  // Document order, as querySelectorAll gives within one step.
  els.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  if (q.name !== undefined) els = els.filter((el) => (el.getAttribute('aria-label') ?? shown(el)).trim() === q.name);
  if (q.first) els = els.slice(0, 1);
  if (q.scroll) els[0]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return els.map((el) => {
    const r = el.getBoundingClientRect();
    const attrs: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
    return { text: shown(el), attrs, visible: isVisible(el), box: { x: r.x, y: r.y, width: r.width, height: r.height } };
  });
}

/**
 * A small locator over the closed root with the calls the specs use. Reads return the current
 * state; assert with `expect.poll(() => loc.count())` and friends, or the `waitFor*` helpers.
 */
export class OverlayLocator {
  constructor(readonly page: Page, private readonly q: Query = { steps: [] }) {}

  locator(selector: string): OverlayLocator {
    return new OverlayLocator(this.page, { steps: [...this.q.steps, selector] });
  }
  getByRole(role: 'button', opts: { name: string }): OverlayLocator {
    return new OverlayLocator(this.page, { steps: [...this.q.steps, role === 'button' ? 'button, [role="button"]' : `[role="${role}"]`], name: opts.name });
  }
  first(): OverlayLocator {
    return new OverlayLocator(this.page, { ...this.q, first: true });
  }

  all(): Promise<Found[]> {
    return inOverlay(this.page, query, this.q);
  }
  async count(): Promise<number> {
    return (await this.all()).length;
  }
  async isVisible(): Promise<boolean> {
    return (await this.all()).some((f) => f.visible);
  }
  async textContent(): Promise<string | null> {
    return (await this.all())[0]?.text ?? null;
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.all())[0]?.attrs[name] ?? null;
  }

  /** Waits until an element matches and is visible. */
  async waitForVisible(timeout = 10_000): Promise<void> {
    await expect.poll(() => this.isVisible(), { timeout, message: `overlay ${JSON.stringify(this.q)} visible` }).toBe(true);
  }

  /** Focuses the first match and presses `key` on the keyboard (for controls a mouse cannot reach). */
  async press(key: string): Promise<void> {
    await expect.poll(() => this.count(), { message: `overlay ${JSON.stringify(this.q)} present` }).toBeGreaterThan(0);
    const ok = await inOverlay(this.page, (root, q) => {
      let scope: (Element | ShadowRoot)[] = root ? [root] : [];
      for (const step of q.steps) scope = scope.flatMap((s) => Array.from(s.querySelectorAll(step)));
      const el = scope[0] as HTMLElement | undefined;
      el?.focus();
      return !!el && root?.activeElement === el;
    }, this.q);
    if (!ok) throw new Error(`overlay ${JSON.stringify(this.q)} could not take focus`);
    await this.page.keyboard.press(key);
  }

  /** A real mouse click at the centre of the first visible match, scrolled into view as Playwright does (waits for one). */
  async click(): Promise<void> {
    await this.waitForVisible();
    const f = (await inOverlay(this.page, query, { ...this.q, scroll: true })).find((x) => x.visible);
    if (!f) throw new Error(`overlay ${JSON.stringify(this.q)} vanished before the click`);
    await this.page.mouse.click(f.box.x + f.box.width / 2, f.box.y + f.box.height / 2);
  }
}

/** The whole overlay (the closed shadow root). */
export function overlay(page: Page): OverlayLocator {
  return new OverlayLocator(page);
}

/** The card itself. */
export function card(page: Page): OverlayLocator {
  return overlay(page).locator('[data-second-look-card]');
}

/** The status region screen readers hear. */
export function status(page: Page): OverlayLocator {
  return overlay(page).locator('[role="status"]');
}

/** Text of the element that has focus inside the card, or null when focus is not in it. */
export function focusedInOverlay(page: Page): Promise<{ tag: string; text: string } | null> {
  return inOverlay(page, (root) => {
    const el = root?.activeElement;
    return el ? { tag: el.tagName, text: Array.from(el.querySelectorAll('[data-text]'), (t) => t.getAttribute('data-text')).join('') } : null;
  });
}

export interface Edge {
  x: number;
  y: number;
}

/**
 * Where each warning underline (not hints) starts and ends: just inside the left edge of its
 * first box and the right edge of its last one (one box per line), at mid-height, in viewport
 * coordinates, in drawing order.
 */
export function warningUnderlines(page: Page): Promise<{ from: Edge; to: Edge; boxes: number }[]> {
  return inOverlay(page, (root) => {
    // Boxes are a reused pool: the drawn ones are displayed, each names its finding by index.
    const groups = new Map<string, DOMRect[]>();
    for (const b of Array.from(root?.querySelectorAll<HTMLElement>('.box:not([data-action="inform"])') ?? [])) {
      if (b.style.display === 'none') continue;
      const k = b.dataset.finding ?? '';
      groups.set(k, [...(groups.get(k) ?? []), b.getBoundingClientRect()]);
    }
    return [...groups.values()].flatMap((rs) => {
      const a = rs[0];
      const z = rs[rs.length - 1];
      if (!a || !z) return [];
      return [{ from: { x: a.left + 1, y: (a.top + a.bottom) / 2 }, to: { x: z.right - 1, y: (z.top + z.bottom) / 2 }, boxes: rs.length }];
    });
  });
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations for the overlay. axe walks shadow roots through `element.shadowRoot`,
 * which is null for a closed root, so it runs in the extension's world with that getter
 * answering for our host only (a content script's prototypes are its own: the page and the
 * content script's own code never see the change, which is undone afterwards).
 */
export async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await inOverlay(page, (_root, src) => {
    if (!(globalThis as { axe?: unknown }).axe) (0, eval)(src);
  }, AXE_SOURCE);
  return inOverlay(page, async (root) => {
    const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
    Object.defineProperty(Element.prototype, 'shadowRoot', {
      configurable: true,
      get(this: Element) {
        return this.localName === 'second-look-overlay' ? root : desc.get!.call(this);
      },
    });
    try {
      type Result = { id: string; nodes: { target: unknown[] }[] };
      type Axe = { run(ctx: unknown): Promise<{ violations: Result[]; passes: Result[] }> };
      const res = await (globalThis as unknown as { axe: Axe }).axe.run({ include: [['second-look-overlay']] });
      // Shadow DOM nodes have targets like [["second-look-overlay", "button"]]: axe did go inside.
      if (!res.passes.some((p) => p.nodes.some((n) => Array.isArray(n.target[0])))) throw new Error('axe did not look inside the overlay');
      return res.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    } finally {
      Object.defineProperty(Element.prototype, 'shadowRoot', desc);
    }
  });
}
