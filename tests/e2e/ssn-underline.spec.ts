import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { card as cardOf } from './overlay';

const SSN = '219-09-9999';
const DRAFT = `Billing needs her SSN ${SSN} before Friday`;

for (const c of allComposers) {
  test(`${c.name}: an SSN is underlined exactly and named in the card; the editor keeps what was typed`, async ({ context, serviceWorker }) => {
    expect(serviceWorker.url()).toContain('background.js');
    const page = await context.newPage();
    await page.goto(c.url);
    const editor = page.locator(c.editor);
    await editor.click();
    await page.keyboard.type(DRAFT);

    const card = cardOf(page);
    await expectFlagged(page, 'phi.ssn');
    expect(await card.locator('li[data-category="phi.ssn"]').textContent()).toContain('Social Security number');
    // The site adapter recognised this surface (no "limited mode").
    expect(await card.locator('.limited').count()).toBe(0);

    const underlined = await c.underlinedText(page);
    expect(underlined).toEqual([SSN]);
    expect(await c.modelText(page)).toBe(DRAFT);
    expect(await c.domText(page)).toBe(DRAFT);
  });
}
