/**
 * Post hold: under `confirm`, a click on Post or the keyboard submit on a flagged composer opens
 * the card, and "Post anyway" lets exactly one submit through; under `block`, nothing goes out.
 * Every surface, each in its real editor engine.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allComposers, expectFlagged, type Composer } from './composers';
import { setActions } from './policy-helpers';
import { card as cardOf, overlay } from './overlay';

const DRAFT = 'Her SSN 219-09-9999 is on the intake form';

const submitted = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixture: { submitted: unknown[] } }).__fixture.submitted.length);

async function typeFlagged(page: Page, c: Composer) {
  await page.locator(c.editor).click();
  await page.keyboard.type(DRAFT);
  await expectFlagged(page, 'phi.ssn');
  await page.locator(c.editor).focus();
}

async function pressSubmitKey(page: Page, c: Composer) {
  await page.locator(c.editor).focus();
  await page.keyboard.press(c.keys === 'enter' ? 'Enter' : 'Control+Enter');
}

const card = cardOf;
const holding = (page: Page) => overlay(page).locator('[data-second-look-card][data-hold]');
/** Waits until the card holds the post with `kind` ('confirm' or 'block'). */
const expectHeld = (page: Page, kind: 'confirm' | 'block') => expect.poll(() => card(page).getAttribute('data-hold')).toBe(kind);

for (const c of allComposers) {
  test(`${c.name}: confirm holds Post${c.keys !== 'none' ? ' and the submit key' : ''}; "Post anyway" lets exactly one through`, async ({ context, serviceWorker, consoleErrors }) => {
    await setActions(context, serviceWorker, { 'phi.ssn': 'confirm' });
    const page = await context.newPage();
    await page.goto(c.url);
    await typeFlagged(page, c);

    await page.locator(c.submit).first().click();
    await expectHeld(page, 'confirm');
    expect(await submitted(page)).toBe(0);
    await card(page).locator('[data-hold-action="post-anyway"]').click();
    await expect.poll(() => submitted(page)).toBe(1);
    await expect.poll(() => holding(page).count()).toBe(0);

    if (c.keys !== 'none') {
      await typeFlagged(page, c);
      await pressSubmitKey(page, c);
      await expectHeld(page, 'confirm');
      await card(page).locator('[data-hold-action="edit"]').click();
      await expect.poll(() => holding(page).count()).toBe(0);
      expect(await submitted(page)).toBe(1);
      // Still held: editing was chosen, nothing was posted.
      await pressSubmitKey(page, c);
      await expectHeld(page, 'confirm');
      expect(await submitted(page)).toBe(1);
    }
    expect(consoleErrors).toEqual([]);
  });
}

for (const c of allComposers) {
  test(`${c.name}: block refuses Post${c.keys !== 'none' ? ' and the submit key' : ''} until the finding is fixed`, async ({ context, serviceWorker, consoleErrors }) => {
    await setActions(context, serviceWorker, { 'phi.ssn': 'block' });
    const page = await context.newPage();
    await page.goto(c.url);
    await typeFlagged(page, c);

    await page.locator(c.submit).first().click();
    await expectHeld(page, 'block');
    expect(await card(page).locator('[data-hold-action="post-anyway"]').count()).toBe(0);
    if (c.keys !== 'none') {
      await card(page).locator('[data-hold-action="edit"]').click();
      await pressSubmitKey(page, c);
      await expectHeld(page, 'block');
    }
    expect(await submitted(page)).toBe(0);

    // Fixing it (the card's own fix) lets the post go out.
    await card(page).locator('[data-hold-action="edit"]').click();
    await card(page).locator('li[data-category="phi.ssn"] [data-fix]').click();
    await expect.poll(() => card(page).locator('li[data-category="phi.ssn"]').count()).toBe(0);
    await page.locator(c.submit).first().click();
    await expect.poll(() => submitted(page)).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
}

test('every open composer is covered, not only the focused one', async ({ context, serviceWorker }) => {
  await setActions(context, serviceWorker, { 'phi.ssn': 'confirm' });
  const page = await context.newPage();
  const share = allComposers.find((c) => c.name.startsWith('linkedin-share'))!;
  const comment = allComposers.find((c) => c.name.startsWith('linkedin-comment'))!;
  await page.goto(share.url);
  await typeFlagged(page, share);
  await card(page).getByRole('button', { name: 'Hide' }).click();
  await page.locator(comment.editor).click();
  await page.keyboard.type('Great points on cuff size');
  await page.locator(share.submit).click();
  await expectHeld(page, 'confirm');
  expect(await submitted(page)).toBe(0);
});

test('IME composition is respected: Enter that confirms a composition is never held', async ({ context }) => {
  const c = allComposers.find((x) => x.name.startsWith('instagram-comment'))!;
  const page = await context.newPage();
  await page.goto(c.url);
  await typeFlagged(page, c);
  // An input method confirms its candidate with Enter while composing (isComposing, keyCode 229).
  const prevented = await page.locator(c.editor).evaluate((el) => {
    const e = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, isComposing: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(false);
  await expect.poll(() => holding(page).count()).toBe(0);
  expect(await submitted(page)).toBe(0);
  // The same Enter outside a composition is a submit, and is held.
  const held = await page.locator(c.editor).evaluate((el) => {
    const e = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(held).toBe(true);
  await expect.poll(() => holding(page).count()).toBe(1);
  expect(await submitted(page)).toBe(0);
});

/** Where keyboard focus is: inside the composer's editor, or somewhere else. */
const focusInEditor = (page: Page, c: Composer) =>
  page.locator(c.editor).evaluate((el) => {
    const a = document.activeElement;
    return !!a && (a === el || el.contains(a));
  });

for (const c of allComposers.filter((x) => x.keys !== 'none')) {
  test(`${c.name}: a held submit key never swallows what is typed next; focus and caret stay in the editor`, async ({ context, serviceWorker, consoleErrors }) => {
    await setActions(context, serviceWorker, { 'phi.ssn': 'confirm' });
    const page = await context.newPage();
    await page.goto(c.url);
    await typeFlagged(page, c);
    // The caret three characters before the end: "…intake f|orm".
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    // Submit, then keep typing at once, as a fast typist does while the hold opens.
    await page.keyboard.press(c.keys === 'enter' ? 'Enter' : 'Control+Enter');
    await page.keyboard.type('XY');
    await expectHeld(page, 'confirm');
    // And after the card is up.
    await page.keyboard.type('Z');
    expect(await focusInEditor(page, c)).toBe(true);
    await expect.poll(() => c.modelText(page)).toBe('Her SSN 219-09-9999 is on the intake fXYZorm');
    expect(await c.domText(page)).toBe('Her SSN 219-09-9999 is on the intake fXYZorm');
    expect(await submitted(page)).toBe(0);

    // After a held click on Post, focus comes back to the draft, caret where it was.
    await page.locator(c.submit).first().click();
    await expectHeld(page, 'confirm');
    await expect.poll(() => focusInEditor(page, c)).toBe(true);
    await page.keyboard.type('W');
    await expect.poll(() => c.modelText(page)).toBe('Her SSN 219-09-9999 is on the intake fXYZWorm');
    expect(await submitted(page)).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
}
