/**
 * Underlines stay on exactly the flagged characters after the page scrolls, the window is
 * resized, and the editor is re-mounted (X does this after the GIF picker).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { sendFromExtensionPage } from './policy-helpers';
import { card, overlay, warningUnderlines } from './overlay';

const SSN = '219-09-9999';
const DRAFT = `Billing needs her SSN ${SSN} before Friday`;
const pick = (id: string) => allComposers.find((c) => c.name.startsWith(`${id} `))!;

async function makeScrollable(page: Page) {
  // Room to scroll, added outside any editor.
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
  });
}

/** A scrollable fixture page whose composer holds DRAFT, already checked and flagged. */
async function flaggedDraft(context: BrowserContext, id: string) {
  const c = pick(id);
  const page = await context.newPage();
  await page.goto(c.url);
  await makeScrollable(page);
  await page.locator(c.editor).click();
  await page.keyboard.type(DRAFT);
  await expectFlagged(page, 'phi.ssn');
  return { c, page };
}

for (const id of ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'instagram-comment', 'x-mobile']) {
  test(`${id}: the underline covers exactly the SSN after scrolling and resizing`, async ({ context, consoleErrors }) => {
    const { c, page } = await flaggedDraft(context, id);
    await page.locator(c.editor).focus();
    expect(await c.underlinedText(page)).toEqual([SSN]);

    await page.mouse.wheel(0, 60);
    await page.waitForFunction(() => window.scrollY > 0);
    await expect.poll(() => c.underlinedText(page)).toEqual([SSN]);

    await page.setViewportSize({ width: 900, height: 640 });
    await expect.poll(() => c.underlinedText(page)).toEqual([SSN]);
    expect(consoleErrors).toEqual([]);
  });
}

test('x-post: after the composer is re-mounted, the new editor is checked and underlined again', async ({ context, consoleErrors }) => {
  const c = pick('x-post');
  const page = await context.newPage();
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type(DRAFT);
  await expectFlagged(page, 'phi.ssn');
  const before = await page.locator(c.editor).elementHandle();
  await page.evaluate(() => (window as unknown as { __fixture: { remount(): void } }).__fixture.remount());
  await expect.poll(async () => (await before!.evaluate((el) => el.isConnected))).toBe(false);
  await page.locator(c.editor).click();
  await expect.poll(() => c.underlinedText(page)).toEqual([SSN]);
  expect(await c.modelText(page)).toBe(DRAFT);
  expect(consoleErrors).toEqual([]);
});

test('while a new check is pending, existing underlines move with the edit instead of flashing or sliding', async ({ context, serviceWorker }) => {
  // A long check delay keeps the new result pending while we look.
  const res = (await sendFromExtensionPage(context, serviceWorker, { type: 'setPolicy', change: { debounceMs: 4000 } })) as { ok?: boolean };
  expect(res.ok).toBe(true);
  const c = pick('facebook-post');
  const page = await context.newPage();
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type(DRAFT);
  await expectFlagged(page, 'phi.ssn');
  await page.locator(c.editor).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hi all! ');
  // At once (the new check is 4 s away): still exactly on the SSN, now 8 characters further on.
  // The boxes are redrawn in the next frame after the edit, so poll briefly.
  await expect.poll(() => c.underlinedText(page), { timeout: 2000 }).toEqual([SSN]);
  expect(await c.modelText(page)).toBe(`Hi all! ${DRAFT}`);
});

// Open (issue 12): in one clean-clone CI run of six this session, both Instagram composers failed
// here because the pill did not show within 10 s after "Hide" (never reproduced in 60+ local runs,
// under load or not). Until its cause is found, one retry; every assertion stays as it is, and
// Playwright reports a retried pass as flaky.
test.describe('editor DOM untouched', () => {
test.describe.configure({ retries: 1 });
for (const id of ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'instagram-comment']) {
  test(`${id}: Second Look never changes the DOM inside the editor while it checks, redraws and shows the card`, async ({ context, serviceWorker }) => {
    const { c, page } = await flaggedDraft(context, id);
    // From here on the user does not type: every mutation inside the editor would be ours.
    await page.locator(c.editor).evaluate((el) => {
      const log: string[] = [];
      (window as unknown as { __editorMutations: string[] }).__editorMutations = log;
      new MutationObserver((records) => {
        for (const r of records) log.push(`${r.type} ${r.attributeName ?? ''}`);
      }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.mouse.wheel(0, 80);
    await page.setViewportSize({ width: 1000, height: 700 });
    await card(page).getByRole('button', { name: 'Hide' }).click();
    await overlay(page).locator('.pill').click();
    // A policy change makes every open composer re-check and redraw.
    await sendFromExtensionPage(context, serviceWorker, { type: 'setPolicy', change: { debounceMs: 350 } });
    // Still underlined after the redraw (geometry itself is checked by the tests above). In a
    // textarea, reading the underline means clicking in it, and the open card may sit over it.
    if (c.kind === 'textarea') await expect.poll(async () => (await warningUnderlines(page)).length).toBe(1);
    else await expect.poll(() => c.underlinedText(page)).toEqual([SSN]);
    expect(await page.evaluate(() => (window as unknown as { __editorMutations: string[] }).__editorMutations)).toEqual([]);
  });
}
});
