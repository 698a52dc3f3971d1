/**
 * The five demo composers and how a test reads each one: the editor's model text (from the
 * engine itself), its DOM text, and which characters Second Look underlined.
 */
import type { Page } from '@playwright/test';

import { FIXTURE_SURFACES, type FixtureSurface, type SiteKey } from '../fixtures/routes.mjs';

export interface Composer {
  name: string;
  site: SiteKey;
  url: string;
  submit: string;
  keys: FixtureSurface['keys'];
  engine: FixtureSurface['engine'];
  /** Selector of the element the user types into. */
  editor: string;
  /** The fixture's id for the editor model (window.__fixture.models[id]). */
  modelId: string;
  kind: 'contenteditable' | 'textarea';
  modelText(page: Page): Promise<string>;
  domText(page: Page): Promise<string>;
  underlinedText(page: Page): Promise<string[]>;
}

/** Text under the CSS Custom Highlight ranges Second Look registered. */
async function highlightedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('second-look-warn');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
}

/**
 * Text under the underline boxes drawn over a textarea, found independently of how the boxes
 * were computed: a click just inside each box's left and right edges puts the textarea's caret
 * at the nearest character boundary, which names the characters the box covers.
 */
async function boxedText(page: Page, editor: string): Promise<string[]> {
  const boxes = await page.evaluate(() => {
    const root = document.querySelector('second-look-overlay')?.shadowRoot;
    return [...(root?.querySelectorAll('.box[data-action]:not([data-action="inform"])') ?? [])].map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, right: r.right, mid: r.top + r.height / 2 };
    });
  });
  const out: string[] = [];
  for (const b of boxes) {
    await page.mouse.click(b.left + 1, b.mid);
    const start = await page.locator(editor).evaluate((t: HTMLTextAreaElement) => t.selectionStart);
    await page.mouse.click(b.right - 1, b.mid);
    const end = await page.locator(editor).evaluate((t: HTMLTextAreaElement) => t.selectionStart);
    out.push(await page.locator(editor).evaluate((t: HTMLTextAreaElement, [s, e]) => t.value.slice(s, e), [start, end] as const));
  }
  return out;
}

function model(id: string) {
  return (page: Page) =>
    page.evaluate((key) => (window as unknown as { __fixture: { models: Record<string, () => string> } }).__fixture.models[key]!(), id);
}

function innerText(selector: string) {
  return (page: Page) => page.locator(selector).evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));
}

/** Every fixture surface as a Composer the specs can drive. */
export const allComposers: Composer[] = FIXTURE_SURFACES.map((f) => {
  const textarea = f.engine === 'textarea';
  const site = new URL(f.url).hostname.replace(/^(www|mobile)\./, '').replace('.com', '') as SiteKey;
  return {
    name: `${f.id} (${f.engine})`,
    site,
    url: f.url,
    editor: f.editor,
    submit: f.submit,
    keys: f.keys,
    engine: f.engine,
    modelId: f.modelId,
    kind: textarea ? 'textarea' : 'contenteditable',
    modelText: model(f.modelId),
    domText: textarea ? (page: Page) => page.locator(f.editor).inputValue() : innerText(f.editor),
    underlinedText: textarea ? (page: Page) => boxedText(page, f.editor) : highlightedText,
  };
});

const DEMO = ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'instagram-comment'];
/** The five composers issue 2 names: one per editor engine and site. */
export const composers: Composer[] = DEMO.map((id) => allComposers.find((c) => c.name.startsWith(`${id} `))!);

/** Waits until Second Look has flagged `category` in the focused draft (pill or open card). */
export async function expectFlagged(page: Page, category: string): Promise<void> {
  const overlay = page.locator('second-look-overlay');
  await overlay.locator(`li[data-category="${category}"], .pill:visible`).first().waitFor({ state: 'visible' });
  if ((await overlay.locator(`li[data-category="${category}"]`).count()) === 0) {
    await overlay.locator('.pill').click();
  }
  await overlay.locator(`[data-second-look-card] li[data-category="${category}"]`).waitFor({ state: 'visible' });
}
