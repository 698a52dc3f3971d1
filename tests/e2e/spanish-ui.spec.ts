/**
 * The Spanish interface (issue 15). With the browser in Spanish (`--lang=es`), a Spanish draft in
 * a real editor is underlined and its card speaks Spanish, and so do the popup and the options
 * page, with no axe-core violations. With the browser in English, a finding in a Spanish
 * sentence still gives its reason in Spanish (the reason follows the sentence), and one in an
 * English sentence in English.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EXTENSION_ORIGIN, OPTIONS_URL, POPUP_URL, expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { axeViolations, card, warningUnderlines } from './overlay';

const c = allComposers.find((x) => x.name.startsWith('facebook-post '))!;
const SPANISH = 'Mi paciente de 34 años llegó ayer a la cama 4 con quemaduras.';
const ENGLISH = ' My patient, 34, is in bed 4.';

async function typeDraft(page: Page, text: string) {
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type(text);
  await expectFlagged(page, 'phi.age');
}

test.describe('browser in Spanish', () => {
  test.use({ uiLanguage: 'es' });

  test('a Spanish draft is underlined and its card is in Spanish, with no axe violations', async ({ context }) => {
    const page = await context.newPage();
    await typeDraft(page, SPANISH);
    await expect.poll(async () => (await warningUnderlines(page)).length).toBeGreaterThan(0);
    const header = card(page).locator('header');
    await expect.poll(() => header.textContent()).toMatch(/Second Look · \d+ cosas? que revisar/);
    const item = card(page).locator('li[data-category="phi.age"]');
    await expect.poll(() => item.textContent()).toContain('Edad de paciente');
    expect(await item.textContent()).toContain('Una edad exacta');
    expect(await item.textContent()).toContain('Ignorar esta vez');
    expect(await card(page).getAttribute('lang')).toBe('es');
    expect(await card(page).textContent()).toContain('Revisado en su equipo · publicación de Facebook');
    expect(await c.modelText(page)).toBe(SPANISH);
    const results = await axeViolations(page);
    expect(results.map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
  });

  for (const [name, url, ready, also] of [
    ['popup', POPUP_URL, 'Sensibilidad', 'Datos de pacientes'],
    ['options page', OPTIONS_URL, 'Registro de decisiones', 'Datos de pacientes'],
    ['audit page', `${EXTENSION_ORIGIN}/audit.html`, 'Revisar publicaciones anteriores', 'O una carpeta descomprimida'],
    ['privacy page', `${EXTENSION_ORIGIN}/privacy.html`, 'Política de privacidad de Second Look', 'Qué envía'],
  ] as const) {
    test(`the ${name} is in Spanish, with no axe violations`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(url);
      await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      if (name !== 'popup') expect(await page.title()).toMatch(/Second Look/);
      expect(await page.title()).not.toMatch(/settings|Welcome|audit past|privacy policy/);
      await expect(page.getByText(also).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('browser in English: a Spanish sentence’s reason is in Spanish, an English sentence’s in English', async ({ context }) => {
  const page = await context.newPage();
  await typeDraft(page, SPANISH + ENGLISH);
  const messages = card(page).locator('li[data-category="phi.age"] .message');
  await expect.poll(async () => (await messages.all()).length).toBe(2);
  const [es, en] = (await messages.all()).map((m) => m.text);
  expect(es).toContain('Una edad exacta');
  expect(en).toContain('An exact age');
  // The Spanish reason is marked for screen readers; the English one, in the card's language, is not.
  expect((await messages.all()).map((m) => m.attrs.lang ?? null)).toEqual(['es', null]);
  // The interface itself stays English.
  expect(await card(page).locator('header').textContent()).toMatch(/things to check/);
});
