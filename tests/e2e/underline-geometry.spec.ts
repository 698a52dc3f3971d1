/**
 * Underlines stay on exactly the flagged characters after the page scrolls, the window is
 * resized, and the editor is re-mounted (X does this after the GIF picker).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { sendFromExtensionPage } from './policy-helpers';

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

for (const id of ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'instagram-comment', 'x-mobile']) {
  test(`${id}: the underline covers exactly the SSN after scrolling and resizing`, async ({ context, consoleErrors }) => {
    const c = pick(id);
    const page = await context.newPage();
    await page.goto(c.url);
    await makeScrollable(page);
    await page.locator(c.editor).click();
    await page.keyboard.type(DRAFT);
    await expectFlagged(page, 'phi.ssn');
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
  // Immediately: still exactly on the SSN, now 8 characters further on.
  expect(await c.underlinedText(page)).toEqual([SSN]);
  expect(await c.modelText(page)).toBe(`Hi all! ${DRAFT}`);
});
