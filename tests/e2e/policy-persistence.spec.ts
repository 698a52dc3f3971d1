/**
 * Settings changed in the popup apply to an open tab without a reload, and survive a browser
 * restart (a second launch on the same profile directory).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expectFlagged } from './composers';
import { card as cardOf, overlay } from './overlay';
import { FIXTURE_PAGES, OPTIONS_URL, POPUP_URL, expect, launchExtension, tabIdOf, test } from './fixtures';

const DRAFT = 'Billing needs her SSN 219-09-9999 today';
/** Anything Second Look shows for the draft: the collapsed pill or items in the open card. */
const shown = (page: Page) => overlay(page).locator('.pill:visible, [data-second-look-card] li');

async function openX(context: BrowserContext): Promise<Page> {
  const x = await context.newPage();
  await x.goto(FIXTURE_PAGES.x.url);
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type(DRAFT);
  return x;
}

test('popup settings apply in open tabs at once and survive a restart', async () => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-restart-'));
  let context: BrowserContext | undefined;
  try {
    let sw;
    ({ context, serviceWorker: sw } = await launchExtension(dir));
    const x = await openX(context);
    await expectFlagged(x, 'phi.ssn');

    const popup = await context.newPage();
    await popup.goto(`${POPUP_URL}?tab=${await tabIdOf(sw, 'x')}`);
    // The popup reports what is in the focused draft: counts by category, no text.
    await expect(popup.locator('[data-draft-status="draft"] li[data-category="phi.ssn"]')).toHaveText('Social Security number: 1');
    await expect(popup.locator('body')).not.toContainText('219-09-9999');
    const siteBox = popup.getByRole('checkbox', { name: 'Check drafts on X' });
    await expect(siteBox).toBeChecked();
    await popup.getByRole('radio', { name: /High/ }).check();
    await popup.getByRole('checkbox', { name: 'Professionalism' }).uncheck();
    await siteBox.uncheck();
    await expect(popup.locator('[data-site-status]')).toHaveAttribute('data-site-status', 'off');

    // The open X tab follows without a reload: the SSN warning goes away.
    await expect.poll(() => shown(x).count(), { timeout: 10_000 }).toBe(0);
    await context.close();
    context = undefined;

    // Restart on the same profile.
    ({ context, serviceWorker: sw } = await launchExtension(dir));
    const x2 = await openX(context);
    const popup2 = await context.newPage();
    await popup2.goto(`${POPUP_URL}?tab=${await tabIdOf(sw, 'x')}`);
    await expect(popup2.getByRole('checkbox', { name: 'Check drafts on X' })).not.toBeChecked();
    await expect(popup2.getByRole('radio', { name: /High/ })).toBeChecked();
    await expect(popup2.getByRole('checkbox', { name: 'Professionalism' })).not.toBeChecked();
    await expect(popup2.getByRole('checkbox', { name: 'Patient information' })).toBeChecked();
    // X is still off after the restart; turning it back on in the popup re-checks the open draft.
    await expect(x2.locator('[data-testid="tweetTextarea_0"]')).toContainText('219-09-9999');
    expect(await shown(x2).count()).toBe(0);
    await popup2.getByRole('checkbox', { name: 'Check drafts on X' }).check();
    await expectFlagged(x2, 'phi.ssn');
  } finally {
    await context?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('allow- and deny-lists saved in the options page apply in an open composer', async ({ context }) => {
  const x = await context.newPage();
  await x.goto(FIXTURE_PAGES.x.url);
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type('Call our front desk at 415-555-0142. Seen at Riverside General Hospital today.');
  const card = cardOf(x);
  await expectFlagged(x, 'phi.phone');

  const options = await context.newPage();
  await options.goto(OPTIONS_URL);
  await options.getByRole('textbox', { name: 'Practice phone numbers' }).fill('(415) 555-0142');
  await options.getByRole('button', { name: 'Save practice phone numbers' }).click();
  await options.getByRole('textbox', { name: 'Facility names' }).fill('Riverside General Hospital');
  await options.getByRole('button', { name: 'Save facility names' }).click();

  await expectFlagged(x, 'phi.geo');
  await expect.poll(() => card.locator('li[data-category="phi.geo"]').textContent()).toContain('Riverside General Hospital');
  expect(await card.locator('li[data-category="phi.phone"]').count()).toBe(0);
});

test('options page: export settings as JSON, reset, and import them back', async ({ context }) => {
  const options = await context.newPage();
  await options.goto(OPTIONS_URL);
  await options.getByRole('radio', { name: /Low/ }).check();
  await options.locator('#action-prof\\.hostile').selectOption('block');
  await expect(options.locator('#action-prof\\.hostile')).toHaveValue('block');

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
  const file = (await download.path())!;
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
    format: 'second-look-policy',
    version: 1,
    policy: { sensitivity: 'low', actions: { 'prof.hostile': 'block' } },
  });

  await options.getByRole('button', { name: 'Reset to defaults…' }).click();
  await options.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(options.getByRole('radio', { name: /Balanced/ })).toBeChecked();
  await expect(options.locator('#action-prof\\.hostile')).toHaveValue('warn');

  await options.getByLabel('Import settings').setInputFiles(file);
  await expect(options.getByRole('radio', { name: /Low/ })).toBeChecked();
  await expect(options.locator('#action-prof\\.hostile')).toHaveValue('block');

  // A file with one refused pattern: the valid one applies, the refused one is named with its
  // reason in the options page and listed in the next export (issue 12).
  await options.getByLabel('Import settings').setInputFiles({
    name: 'patterns.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ denyList: { patterns: ['MRN-\\d{7}', '(\\d+)+x'] } })),
  });
  const patterns = options.getByRole('textbox', { name: 'Record-number formats' });
  await expect(patterns).toHaveValue('MRN-\\d{7}\n(\\d+)+x');
  await expect(options.locator('[data-refused="you"]')).toContainText('(\\d+)+x — Use a counted repeat');
  const [again] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
  const exported = JSON.parse(fs.readFileSync((await again.path())!, 'utf8'));
  expect(exported.policy).toEqual({ denyList: { patterns: ['MRN-\\d{7}'] } });
  expect(exported.refused).toEqual([{ setting: 'denyList.patterns', entry: '(\\d+)+x', reason: expect.stringContaining('counted repeat'), setBy: 'you' }]);
  await options.getByLabel('Import settings').setInputFiles(file);

  // A broken file changes nothing and says why.
  await options.getByLabel('Import settings').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"sensitivity": "loud", "debounceMs": 800') });
  await expect(options.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await expect(options.getByRole('radio', { name: /Low/ })).toBeChecked();
});
