/**
 * Applying a fix goes through each engine's own input path: the editor *model* (Draft.js
 * ContentState, Lexical state, Quill contents, textarea value) changes in exactly the flagged
 * span, and the editor's undo brings the original back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allComposers, expectFlagged, type Composer } from './composers';
import { card, status } from './overlay';


const ENGINES = ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'x-mobile', 'linkedin-message'];
const targets = ENGINES.map((id) => allComposers.find((c) => c.name.startsWith(`${id} `))!);


async function applyFirstFix(page: Page, c: Composer, text: string, category: string) {
  await page.locator(c.editor).click();
  await page.keyboard.type(text);
  await expectFlagged(page, category);
  // A person clicks a fix a moment after typing. Editors merge edits made within ~1 s into one
  // undo step (Quill: 1000 ms), so without the pause, undo would take back the typing as well.
  await page.waitForTimeout(1200);
  await card(page).locator(`li[data-category="${category}"] [data-fix]`).click();
  // Announced to screen readers (the card itself closes when nothing is left to check).
  await expect.poll(() => status(page).textContent()).toBe('Fixed.');
}

for (const c of targets) {
  test(`${c.name}: "Remove it" removes exactly the SSN from the editor model; undo restores it`, async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    await applyFirstFix(page, c, 'Her SSN 219-09-9999 is on file', 'phi.ssn');
    await expect.poll(() => c.modelText(page)).toBe('Her SSN is on file');
    expect(await c.domText(page)).toBe('Her SSN is on file');
    await page.locator(c.editor).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => c.modelText(page)).toBe('Her SSN 219-09-9999 is on file');
    expect(consoleErrors).toEqual([]);
  });

  test(`${c.name}: "Replace with" swaps exactly the date in the editor model, caret and typing keep working`, async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    await applyFirstFix(page, c, 'I saw her on 3/14 for a follow-up', 'phi.date');
    const after = await c.modelText(page);
    expect(after).toMatch(/^I saw her .+ for a follow-up$/);
    expect(after).not.toContain('3/14');
    expect(await c.domText(page)).toBe(after);
    // Typing after the fix lands in the editor, and the model follows.
    await page.locator(c.editor).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' visit');
    await expect.poll(() => c.modelText(page)).toBe(`${after} visit`);
    expect(consoleErrors).toEqual([]);
  });
}
