/**
 * The five demo composers and how a test reads each one: the editor's model text (from the
 * engine itself), its DOM text, and which characters Second Look underlined.
 */
import type { Page } from '@playwright/test';

type SiteKey = 'x' | 'facebook' | 'linkedin' | 'instagram';

export interface Composer {
  name: string;
  site: SiteKey;
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

export const composers: Composer[] = [
  {
    name: 'X composer (Draft.js)',
    site: 'x',
    editor: '[data-testid="tweetTextarea_0"]',
    modelId: 'tweetTextarea_0',
    kind: 'contenteditable',
    modelText: model('tweetTextarea_0'),
    domText: innerText('[data-testid="tweetTextarea_0"]'),
    underlinedText: highlightedText,
  },
  {
    name: 'Facebook post (Lexical)',
    site: 'facebook',
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    modelId: 'facebook-post',
    kind: 'contenteditable',
    modelText: model('facebook-post'),
    domText: innerText('[role="dialog"] [data-lexical-editor="true"]'),
    underlinedText: highlightedText,
  },
  {
    name: 'LinkedIn share box (Quill)',
    site: 'linkedin',
    editor: '.ql-editor',
    modelId: 'linkedin-share',
    kind: 'contenteditable',
    modelText: model('linkedin-share'),
    domText: innerText('.ql-editor'),
    underlinedText: highlightedText,
  },
  {
    name: 'Instagram caption (Lexical)',
    site: 'instagram',
    editor: '[aria-label="Write a caption..."]',
    modelId: 'instagram-caption',
    kind: 'contenteditable',
    modelText: model('instagram-caption'),
    domText: innerText('[aria-label="Write a caption..."]'),
    underlinedText: highlightedText,
  },
  {
    name: 'Instagram comment (textarea)',
    site: 'instagram',
    editor: 'textarea[aria-label="Add a comment…"]',
    modelId: 'instagram-comment',
    kind: 'textarea',
    modelText: model('instagram-comment'),
    domText: (page) => page.locator('textarea[aria-label="Add a comment…"]').inputValue(),
    underlinedText: (page) => boxedText(page, 'textarea[aria-label="Add a comment…"]'),
  },
];
