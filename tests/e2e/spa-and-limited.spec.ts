/**
 * Generic mode and single-page-app behaviour: an editor no adapter knows is still checked and
 * the card says it runs in limited mode; after client-side navigation and a re-mounted
 * composer, the new editor is checked without a reload.
 */
import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';

const pick = (id: string) => allComposers.find((c) => c.name.startsWith(`${id} `))!;

test('an unknown text box on a supported site is checked in limited mode, and says so', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(pick('x-post').url);
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'unknown-box';
    box.setAttribute('aria-label', 'Some new X feature');
    document.body.prepend(box);
  });
  await page.locator('#unknown-box').click();
  await page.keyboard.type('SSN 219-09-9999 for the claim');
  await expectFlagged(page, 'phi.ssn');
  await expect(page.locator('second-look-overlay [data-second-look-card] .limited')).toContainText('Limited mode');
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
