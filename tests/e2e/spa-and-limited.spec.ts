/**
 * Generic mode and single-page-app behaviour: an editor no adapter knows is still checked and
 * the card says it runs in limited mode; after client-side navigation and a re-mounted
 * composer, the new editor is checked without a reload.
 */
import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { card, overlay } from './overlay';

const pick = (id: string) => allComposers.find((c) => c.name.startsWith(`${id} `))!;

test('an unknown text box on a supported site is checked in limited mode, says so, and a plainly labelled Post is still held', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(pick('x-post').url);
  await page.evaluate(() => {
    // A composer from a redesign no adapter knows yet: a form with a textarea and a Send button.
    const form = document.createElement('form');
    form.innerHTML = '<textarea id="unknown-box" aria-label="Some new X feature"></textarea><button type="submit">Send</button>';
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      (window as unknown as { __sent?: number }).__sent = ((window as unknown as { __sent?: number }).__sent ?? 0) + 1;
    });
    document.body.prepend(form);
  });
  await page.locator('#unknown-box').click();
  await page.keyboard.type('SSN 219-09-9999 for the claim');
  await expectFlagged(page, 'phi.ssn');
  expect(await card(page).locator('.limited').textContent()).toContain('Limited mode');
  await page.locator('form button[type="submit"]').click();
  await overlay(page).locator('[data-hold="confirm"]').waitForVisible();
  expect(await page.evaluate(() => (window as unknown as { __sent?: number }).__sent ?? 0)).toBe(0);
  await overlay(page).locator('[data-hold-action="post-anyway"]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __sent?: number }).__sent ?? 0)).toBe(1);
  expect(consoleErrors).toEqual([]);
});

test('after client-side navigation and a new composer, checking continues without a reload', async ({ context, consoleErrors }) => {
  const c = pick('x-post');
  const page = await context.newPage();
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type('nothing to see');
  await page.evaluate(() => {
    history.pushState({}, '', '/explore');
    history.pushState({}, '', '/home');
    (window as unknown as { __fixture: { remount(): void } }).__fixture.remount();
  });
  await page.locator(c.editor).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' but SSN 219-09-9999 is');
  await expectFlagged(page, 'phi.ssn');
  expect(await c.underlinedText(page)).toEqual(['219-09-9999']);
  expect(consoleErrors).toEqual([]);
});
