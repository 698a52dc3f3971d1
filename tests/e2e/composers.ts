/**
 * The five demo composers and how a test reads each one: the editor's model text (from the
 * engine itself), its DOM text, and which characters Second Look underlined. The card and the
 * underlines live in a closed shadow root; overlay.ts is how tests look inside it.
 */
import { expect, type Page } from '@playwright/test';
import { card, overlay, warningUnderlines } from './overlay';

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

/**
 * Text under each underline Second Look drew over a contenteditable editor, found independently
 * of how its boxes were computed: the browser's own hit test (`caretRangeFromPoint`, in the page)
 * just inside the underline's left and right ends names the characters it covers. The boxes are read from the closed shadow root through the
 * extension's world (see overlay.ts).
 */
async function boxedEditableText(page: Page): Promise<string[]> {
  const underlines = await warningUnderlines(page);
  return page.evaluate((us) => us.map((u) => {
    const a = document.caretRangeFromPoint(u.from.x, u.from.y);
    const z = document.caretRangeFromPoint(u.to.x, u.to.y);
    if (!a || !z) return '';
    const r = document.createRange();
    r.setStart(a.startContainer, a.startOffset);
    r.setEnd(z.startContainer, z.startOffset);
    return r.toString();
  }), underlines);
}

/**
 * Text under each underline drawn over a textarea, found independently of how its boxes were
 * computed: a click just inside the underline's left and right ends puts the textarea's caret
 * at the nearest character boundary, which names the characters it covers.
 */
async function boxedText(page: Page, editor: string): Promise<string[]> {
  const underlines = await warningUnderlines(page);
  const out: string[] = [];
  for (const u of underlines) {
    await page.mouse.click(u.from.x, u.from.y);
    const start = await page.locator(editor).evaluate((t: HTMLTextAreaElement) => t.selectionStart);
    await page.mouse.click(u.to.x, u.to.y);
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
    underlinedText: textarea ? (page: Page) => boxedText(page, f.editor) : boxedEditableText,
  };
});

const DEMO = ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'instagram-comment'];
/** The five composers issue 2 names: one per editor engine and site. */
export const composers: Composer[] = DEMO.map((id) => allComposers.find((c) => c.name.startsWith(`${id} `))!);

/** Waits until Second Look has flagged `category` in the focused draft (pill or open card). */
export async function expectFlagged(page: Page, category: string): Promise<void> {
  const o = overlay(page);
  const item = card(page).locator(`li[data-category="${category}"]`);
  // The pill says "checking…" until the worker's first result; a worker waking cold on a loaded
  // 2-core CI machine with the page's CPU throttled 4x took over 10 s once, so wait for the
  // result itself (how fast it comes is measured by `npm run bench` and the perf spec).
  await expect
    .poll(() => o.locator(`li[data-category="${category}"], .pill:not([data-checking])`).isVisible(), { timeout: 30_000 })
    .toBe(true);
  if (!(await item.isVisible())) await o.locator('.pill:not([data-checking])').click();
  await item.waitForVisible();
}
