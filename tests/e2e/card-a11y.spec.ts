/**
 * The in-page card: no axe-core violations in light and dark mode (axe runs inside the closed
 * shadow root through the extension's world, see overlay.ts), and usable by keyboard
 * alone — the shortcut (the extension command "open-card") moves focus into the card, Tab
 * reaches its controls, Enter applies a fix, Escape returns to the editor.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, tabIdOf, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { axeViolations, card, focusedInOverlay, overlay, status } from './overlay';

const c = allComposers.find((x) => x.name.startsWith('facebook-post '))!;

async function draftWithFindings(page: Page) {
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type('Pt SSN 219-09-9999, seen on 3/14 in bed 4');
  await expectFlagged(page, 'phi.ssn');
}

/**
 * Types a flagged draft, waits for the check without touching the mouse (the status region
 * announces it), then does what the "open-card" shortcut does: the background asks the tab.
 */
async function typeThenShortcut(page: Page, serviceWorker: Worker) {
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type('Her SSN 219-09-9999 is on file');
  await expect.poll(() => status(page).textContent()).toContain('Social Security number');
  const tab = await tabIdOf(serviceWorker, 'facebook');
  type Tabs = { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } };
  await serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: Tabs }).chrome.tabs.sendMessage(id, { type: 'openCard' }), tab);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`card has no axe violations (${scheme})`, async ({ context }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await draftWithFindings(page);
    const results = await axeViolations(page);
    expect(results.map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    // And while a post is held.
    await page.locator(c.submit).click();
    await overlay(page).locator('[data-hold]').waitForVisible();
    const held = await axeViolations(page);
    expect(held.map((v) => v.id)).toEqual([]);
  });
}

test('card works by keyboard alone', async ({ context, serviceWorker, consoleErrors }) => {
  const page = await context.newPage();
  await typeThenShortcut(page, serviceWorker);
  const focused = async () => (await focusedInOverlay(page))?.text ?? null;
  await expect.poll(focused).toBe('Hide');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toBe('Remove it');
  await page.keyboard.press('Enter');
  await expect.poll(() => c.modelText(page)).toBe('Her SSN is on file');
  await expect.poll(() => status(page).textContent()).toBe('Fixed.');
  expect(consoleErrors).toEqual([]);
});

test('Escape in the card returns focus to the editor', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await typeThenShortcut(page, serviceWorker);
  await expect.poll(async () => (await focusedInOverlay(page))?.tag ?? null).toBe('BUTTON');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-lexical-editor'))).toBe('true');
});

/**
 * The card's words are CSS generated content, so page script cannot find them (page-isolation):
 * Chromium's accessibility tree, which screen readers read, must still hold every one of them.
 */
test("screen readers get the card's words: labels, quotes, messages, buttons and the announcement", async ({ context }) => {
  const page = await context.newPage();
  await draftWithFindings(page);
  const cdp = await context.newCDPSession(page);
  type AXNode = { role?: { value: string }; name?: { value: string } };
  const read = async () => {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes.map((n) => `${n.role?.value}: ${n.name?.value ?? ''}`);
  };
  const shown = await card(page).locator('li[data-category="phi.ssn"]').textContent();
  expect(shown).toContain('Social Security number');
  await expect.poll(read).toEqual(expect.arrayContaining([
    'StaticText: Social Security number',
    'StaticText: 219-09-9999',
    'button: Hide',
    'button: Remove it',
    expect.stringMatching(/^StaticText: Second Look: \d+ things to check\. .*Social Security number/),
  ]));
  // Each finding's message is read too (a sentence of its own, not in the announcement).
  const message = (await card(page).locator('li[data-category="phi.ssn"] .message').textContent())!;
  expect(message.length).toBeGreaterThan(10);
  expect(await read()).toContain(`StaticText: ${message}`);
});
