/**
 * The card under pressure (issue 13): a held card with four or more findings keeps its reason
 * line and its Edit post / Post anyway buttons in view — inside the viewport, not clipped by the
 * card's own scrolling, clear of the draft's words and of the site's Post button — at 400, 768
 * and 1280 px wide, in each editor engine; the ⚑ pill never covers the draft's words; and the
 * card works by keyboard alone from the editor: Tab reaches the pill, Enter opens the card with
 * focus inside, Tab walks its answers, Escape puts the caret back and typing goes on there.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allComposers, type Composer } from './composers';
import { setActions } from './policy-helpers';
import { card, focusedInOverlay, inOverlay, overlay } from './overlay';

/** Four kinds of PHI, then plain words, so the caret does not sit on a finding. */
const DRAFT = 'Pt SSN 219-09-9999, MRN 00482913, call (415) 555-0182 or maria.gonzalez82@gmail.com about it. Thanks to the team';

const ENGINES = ['x-post', 'facebook-post', 'linkedin-share', 'instagram-comment'];
const picked: Composer[] = ENGINES.map((id) => allComposers.find((c) => c.name.startsWith(`${id} `))!);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where the draft's words are: one rect per line box of each text node in the editor, or the
 * whole field for a textarea, whose text can be anywhere inside it.
 */
function textRects(page: Page, c: Composer): Promise<Box[]> {
  return page.locator(c.editor).evaluate((el) => {
    const boxes = el instanceof HTMLTextAreaElement
      ? [el.getBoundingClientRect()]
      : (() => {
          // Each text node's line boxes: the words themselves, not the paragraphs' padding.
          const out: DOMRect[] = [];
          const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const r = document.createRange();
            r.selectNodeContents(n);
            out.push(...Array.from(r.getClientRects()));
          }
          return out;
        })();
    return boxes.filter((b) => b.width > 0 && b.height > 0).map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
  });
}

async function submitBox(page: Page, c: Composer): Promise<Box> {
  return (await page.locator(c.submit).first().boundingBox())!;
}

/**
 * The boxes of `selector` in the overlay, each with whether a person can see it: inside the
 * viewport and the top element at its centre (so not scrolled away inside the card).
 */
function seen(page: Page, selector: string): Promise<{ box: Box; onTop: boolean; inViewport: boolean }[]> {
  return inOverlay(page, (root, sel) => {
    if (!root) return [];
    return Array.from(root.querySelectorAll(sel)).map((el) => {
      const r = el.getBoundingClientRect();
      const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        onTop: !!hit && (hit === el || el.contains(hit)),
        inViewport: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      };
    });
  }, selector);
}

for (const c of picked) {
  for (const width of [400, 768, 1280]) {
    test(`${c.name} at ${width}px: the pill covers no words; the held card's reason and buttons stay in view, clear of the words and Post`, async ({ context, serviceWorker }) => {
      await setActions(context, serviceWorker, { 'phi.ssn': 'confirm' });
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 720 });
      await page.goto(c.url);
      await page.locator(c.editor).click();
      await page.keyboard.type(DRAFT);
      const pill = overlay(page).locator('.pill:visible');
      await pill.waitForVisible();
      const [pillBox] = (await pill.all()).map((p) => p.box);
      const words = await textRects(page, c);
      expect(words.length).toBeGreaterThan(0);
      expect(words.filter((w) => overlaps(pillBox!, w)), 'pill over the words').toEqual([]);

      await page.locator(c.submit).first().click();
      await expect.poll(() => card(page).getAttribute('data-hold')).toBe('confirm');
      expect(await card(page).locator('li').count()).toBeGreaterThanOrEqual(4);
      const post = await submitBox(page, c);
      const after = await textRects(page, c);
      for (const sel of ['[data-second-look-card] .hold', '[data-hold-action="edit"]', '[data-hold-action="post-anyway"]']) {
        await expect.poll(async () => (await seen(page, sel)).map((s) => s.inViewport && s.onTop), { message: `${sel} visible` }).toEqual([true]);
        const { box } = (await seen(page, sel))[0]!;
        expect(overlaps(box, post), `${sel} over Post`).toBe(false);
        expect(after.filter((w) => overlaps(box, w)), `${sel} over the words`).toEqual([]);
      }
    });
  }

  test(`${c.name}: keyboard only — Tab to the pill (or the shortcut where the editor keeps Tab), Enter opens the card, Tab through it, Escape back to the caret`, async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    await page.locator(c.editor).click();
    await page.keyboard.type(DRAFT);
    await overlay(page).locator('.pill:visible').waitForVisible();

    if (c.engine === 'quill') {
      // Quill takes Tab itself (its default binding inserts a tab character), and the site keeps
      // what it handles: the way in from the keyboard is the extension's shortcut.
      await page.keyboard.press('Tab');
      await expect.poll(() => c.modelText(page)).toBe(`${DRAFT}\t`);
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Alt+Shift+L');
    } else {
      await page.keyboard.press('Tab');
      await expect.poll(async () => (await inOverlay(page, (root) => root?.activeElement?.className ?? null))).toBe('pill');
      await page.keyboard.press('Enter');
    }
    await card(page).waitForVisible();
    await expect.poll(async () => (await focusedInOverlay(page))?.tag ?? null).toBe('BUTTON');
    const first = (await focusedInOverlay(page))!.text;
    const visited = new Set([first]);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const now = await focusedInOverlay(page);
      expect(now, 'focus stays in the card').not.toBeNull();
      visited.add(now!.text);
    }
    expect(visited.size).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(c.editor).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    await page.keyboard.type(' today');
    await expect.poll(() => c.modelText(page)).toBe(`${DRAFT} today`);
    expect(consoleErrors).toEqual([]);
  });

  test(`${c.name}: a Tab the site uses itself (picking a suggestion) stays the site's`, async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    // Like a mention/hashtag typeahead: the site takes Tab while its suggestion list is open.
    await page.evaluate(() => {
      (window as unknown as { tabsTaken: number }).tabsTaken = 0;
      document.addEventListener('keydown', (e) => {
        if (e.key !== 'Tab') return;
        e.preventDefault();
        (window as unknown as { tabsTaken: number }).tabsTaken++;
      });
    });
    await page.locator(c.editor).click();
    await page.keyboard.type(DRAFT);
    await overlay(page).locator('.pill:visible').waitForVisible();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (window as unknown as { tabsTaken: number }).tabsTaken)).toBe(1);
    expect(await inOverlay(page, (root) => root?.activeElement?.className ?? null)).toBeNull();
    expect(await page.locator(c.editor).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
}
