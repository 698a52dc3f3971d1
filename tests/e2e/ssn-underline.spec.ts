import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';

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

    const card = page.locator('second-look-overlay [data-second-look-card]');
    await expectFlagged(page, 'phi.ssn');
    await expect(card.locator('li[data-category="phi.ssn"]')).toContainText('Social Security number');
    // The site adapter recognised this surface (no "limited mode").
    await expect(card.locator('.limited')).toHaveCount(0);

    const underlined = await c.underlinedText(page);
    expect(underlined).toEqual([SSN]);
    expect(await c.modelText(page)).toBe(DRAFT);
    expect(await c.domText(page)).toBe(DRAFT);
  });
}
