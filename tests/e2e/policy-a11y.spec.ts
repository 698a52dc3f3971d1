/**
 * The popup and options page: no axe-core violations in light and dark mode, and the main
 * controls work from the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { OPTIONS_URL, POPUP_URL, expect, test } from './fixtures';

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<{ effective: { sensitivity: string; sites: Record<string, boolean> } }> } } };
const effective = async (page: Page) =>
  (await page.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'getPolicy' }))).effective;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url, ready] of [
    ['popup', POPUP_URL, 'Sensitivity'],
    ['options page', OPTIONS_URL, 'Decision log'],
  ] as const) {
    test(`${name} has no axe violations in ${scheme} mode`, async ({ context }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('popup works by keyboard alone, with a visible focus ring', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(POPUP_URL);
  await expect(page.getByRole('radio', { name: /Balanced/ })).toBeChecked();
  // Tab to the sensitivity group; arrow keys choose within it.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'sensitivity')); i++) {
    await page.keyboard.press('Tab');
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /High/ })).toBeChecked();
  await expect.poll(async () => (await effective(page)).sensitivity).toBe('high');
  // Tab on to a group switch and turn it off with Space.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Patient information' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Patient information' })).not.toBeChecked();
});

test('options page lists work by keyboard; a bad line is explained and kept, the good ones saved', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(OPTIONS_URL);
  const patterns = page.getByRole('textbox', { name: 'Record-number formats' });
  await patterns.focus();
  await page.keyboard.type('MRN-\\d{7}\n(\\d+)+x');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save record-number formats' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'counted repeat' })).toBeVisible();
  await expect(patterns).toHaveValue('MRN-\\d{7}\n(\\d+)+x'); // nothing lost
  // One bad line never costs the good one: the valid pattern is saved and applies (issue 12).
  await expect.poll(async () => (await effective(page) as unknown as { denyList: { patterns: string[] } }).denyList.patterns).toEqual(['MRN-\\d{7}']);
  const named = await new AxeBuilder({ page }).analyze();
  expect(named.violations.map((v) => v.id)).toEqual([]);
  await patterns.fill('MRN-\\d{7}');
  await page.getByRole('button', { name: 'Save record-number formats' }).press('Enter');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('options page: a record-number format made from an example is shown, added and kept (issue 13)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(OPTIONS_URL);
  const example = page.getByRole('textbox', { name: 'Add a format from an example' });
  await example.fill('RFC-123456');
  await expect(page.locator('[data-pattern]')).toHaveText('RFC-\\d{6}');
  await expect(page.locator('[data-match]').first()).toHaveText('RFC-123456');
  await expect(page.locator('[data-miss]').first()).toHaveText('RFC-23456');
  const before = await new AxeBuilder({ page }).analyze();
  expect(before.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Add this format' }).press('Enter');
  await expect.poll(async () => (await effective(page) as unknown as { denyList: { patterns: string[] } }).denyList.patterns).toEqual(['RFC-\\d{6}']);
  await expect(page.getByRole('textbox', { name: 'Record-number formats' })).toHaveValue('RFC-\\d{6}');
  await expect(page.getByRole('status').filter({ hasText: 'Added the format' })).toBeVisible();
  // An example too short to be safe is refused with the reason, and nothing is added.
  await example.fill('A1');
  await expect(page.getByRole('alert')).toContainText('at least 3 characters');
  await expect(page.getByRole('button', { name: 'Add this format' })).toBeDisabled();
});
