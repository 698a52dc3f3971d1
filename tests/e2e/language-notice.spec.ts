import { expect, test } from './fixtures';
import { composers, expectFlagged } from './composers';
import { card as cardOf } from './overlay';

// Issue 15: a draft in a language Second Look does not read says so on the card, and its
// language-free identifiers are still found.
const SSN = '219-09-9999';
const DRAFT = `Olá equipe, a cobrança precisa do número do seguro social ${SSN} antes de sexta-feira. Obrigada pela paciência de vocês.`;

test(`${composers[0]!.name}: a Portuguese draft shows the "language not checked" notice and its SSN is still flagged`, async ({ context }) => {
  const c = composers[0]!;
  const page = await context.newPage();
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type(DRAFT);

  await expectFlagged(page, 'phi.ssn');
  const notice = cardOf(page).locator('[data-language-notice]');
  await notice.waitForVisible();
  expect(await notice.textContent()).toContain('this draft looks like Portuguese — numbers and IDs are still checked');
  expect(await c.modelText(page)).toBe(DRAFT);
});
