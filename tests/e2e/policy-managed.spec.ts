/**
 * Managed policy, end to end, with a real Chromium policy file: the organization's values
 * decide what happens in a real composer, the popup and options page show them locked, a user
 * change to a locked key has no effect, and removing the policy unlocks them.
 *
 * Writes /etc/chromium/policies/managed/second-look-test.json (Debian Chromium's machine policy
 * folder; needs root) and always removes it. Skips with the reason when the folder is not
 * writable. While the file exists, every Chromium on this machine sees the policy: the window
 * is kept short.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectFlagged } from './composers';
import { card as cardOf } from './overlay';
import { EXTENSION_ID, FIXTURE_PAGES, OPTIONS_URL, POPUP_URL, expect, tabIdOf, test } from './fixtures';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'second-look-test.json');
const MANAGED = {
  sensitivity: 'high',
  sites: { linkedin: false },
  actions: { 'phi.ssn': 'block', 'phi.email': 'off' },
  // One valid local MRN format and one an admin might write that is not provably linear-time.
  denyList: { patterns: ['RGH-\\d{7}', '(\\d+)+x'] },
};

/** Folders this spec created, removed again (only if empty) at the end. */
const created: string[] = [];

function writePolicy(): string | null {
  try {
    for (const dir of ['/etc/chromium/policies', POLICY_DIR]) {
      if (!fs.existsSync(dir)) {
        fs.mkdirSync(dir);
        created.unshift(dir);
      }
    }
    fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: MANAGED } } }, null, 2));
    return null;
  } catch (e) {
    return `cannot write ${POLICY_FILE} (${(e as Error).message}); run as root to test managed policy`;
  }
}

function removePolicy(): void {
  fs.rmSync(POLICY_FILE, { force: true });
}

test.describe.configure({ mode: 'serial' });

let skipReason: string | null = null;
test.beforeAll(() => {
  skipReason = writePolicy();
});
test.afterAll(() => {
  removePolicy();
  for (const dir of created) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty: someone else's policy is there; leave it
    }
  }
});

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
const ask = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;

test('a managed policy decides, locks the popup and options, ignores user changes, and unlocks when removed', async ({ context, serviceWorker }) => {
  test.skip(skipReason !== null, skipReason ?? '');
  test.setTimeout(90_000);
  expect(new URL(serviceWorker.url()).host).toBe(EXTENSION_ID);
  try {
    // The first storage.managed read takes ~3 s after start: wait for the lock, by condition.
    const popupProbe = await context.newPage();
    await popupProbe.goto(POPUP_URL);
    await expect.poll(async () => ((await ask(popupProbe, { type: 'getPolicy' })).locked as string[]) ?? [], { timeout: 20_000 })
      .toEqual(['actions.phi.email', 'actions.phi.ssn', 'denyList.patterns', 'sensitivity', 'sites.linkedin']);

    // Effective actions follow the managed policy, in a real composer.
    const x = await context.newPage();
    await x.goto(FIXTURE_PAGES.x.url);
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await x.keyboard.type('SSN 219-09-9999, email jane.roe@example.com');
    const card = cardOf(x);
    await expectFlagged(x, 'phi.ssn');
    expect(await card.locator('li[data-category="phi.ssn"]').getAttribute('data-action')).toBe('block');
    expect(await card.locator('li[data-category="phi.email"]').count()).toBe(0);
    // LinkedIn is switched off by the organization: the background returns nothing there.
    const off = await ask(popupProbe, { type: 'analyze', text: 'SSN 219-09-9999', site: 'linkedin', surface: 'post' });
    expect(off).toMatchObject({ ok: true, findings: [], settings: { enabled: false } });
    // The valid deny-list pattern applies although its neighbour was refused.
    const mrn = (await ask(popupProbe, { type: 'analyze', text: 'chart RGH-0048213 today', site: 'x', surface: 'post' })).findings as { category: string }[];
    expect(mrn.map((f) => f.category)).toContain('phi.mrn');

    // The popup, about a LinkedIn tab, shows the locked controls as managed.
    const linkedin = await context.newPage();
    await linkedin.goto(FIXTURE_PAGES.linkedin.url);
    const tabId = await tabIdOf(serviceWorker, 'linkedin');
    const popup = await context.newPage();
    await popup.goto(`${POPUP_URL}?tab=${tabId}`);
    const sens = popup.locator('[data-control="sensitivity"]');
    await expect(sens).toHaveAttribute('data-locked', 'true');
    await expect(sens).toContainText('Managed by your organization');
    await expect(popup.getByRole('radio', { name: /High/ })).toBeChecked();
    await expect(popup.getByRole('radio', { name: /Low/ })).toBeDisabled();
    const site = popup.locator('[data-control="site-enabled"]');
    await expect(site).toHaveAttribute('data-locked', 'true');
    await expect(popup.getByRole('checkbox', { name: 'Check drafts on LinkedIn' })).toBeDisabled();
    await expect(popup.getByRole('checkbox', { name: 'Check drafts on LinkedIn' })).not.toBeChecked();
    await expect(popup.locator('[data-control="family-phi"]')).toHaveAttribute('data-locked', 'false');
    await expect(popup.getByText('for some of these checks')).toBeVisible();

    // Locked controls stay accessible, in light and dark.
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page: popup }).analyze();
      expect(axe.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }

    const options = await context.newPage();
    await options.goto(OPTIONS_URL);
    await expect(options.locator('#action-phi\\.ssn')).toBeDisabled();
    await expect(options.locator('#action-phi\\.ssn')).toHaveValue('block');
    await expect(options.locator('[data-control="action-phi.ssn"]')).toContainText('Managed by your organization');
    await expect(options.locator('#action-phi\\.name')).toBeEnabled();
    // The admin testing the policy sees the refused pattern, by name and with the reason (issue 12).
    await expect(options.locator('[data-org-refused-summary]')).toContainText('Second Look refused and does not check');
    const refused = options.locator('[data-control="list-denyList-patterns"] [data-refused="organization"]');
    await expect(refused).toContainText('(\\d+)+x');
    await expect(refused).toContainText('counted repeat');
    await expect(options.getByRole('textbox', { name: 'Record-number formats' })).toHaveValue('RGH-\\d{7}');
    const optionsAxe = await new AxeBuilder({ page: options }).analyze();
    expect(optionsAxe.violations.map((v) => v.id)).toEqual([]);

    // A user change to locked keys has no effect; the unlocked part of it applies.
    const res = await ask(popup, { type: 'setPolicy', change: { sensitivity: 'low', sites: { linkedin: true }, actions: { 'phi.ssn': 'off', 'phi.name': 'inform' } } });
    expect((res.ignored as string[]).sort()).toEqual(['actions.phi.ssn', 'sensitivity', 'sites.linkedin']);
    const eff = (await ask(popup, { type: 'getPolicy' })).effective as { sensitivity: string; sites: Record<string, boolean>; actions: Record<string, string> };
    expect(eff.sensitivity).toBe('high');
    expect(eff.sites.linkedin).toBe(false);
    expect(eff.actions['phi.ssn']).toBe('block');
    expect(eff.actions['phi.name']).toBe('inform');
    await expect(options.locator('#action-phi\\.name')).toHaveValue('inform');

    // Removing the policy unlocks everything; Chromium notices within seconds. Poll, don't sleep.
    removePolicy();
    await expect(sens).toHaveAttribute('data-locked', 'false', { timeout: 20_000 });
    await expect(site).toHaveAttribute('data-locked', 'false');
    await expect(popup.getByRole('radio', { name: /Balanced/ })).toBeChecked(); // the refused change was never stored
    await expect(popup.getByRole('checkbox', { name: 'Check drafts on LinkedIn' })).toBeChecked();
    await expect(options.locator('#action-phi\\.ssn')).toBeEnabled();
    await expect(options.locator('#action-phi\\.ssn')).toHaveValue('confirm');
    // And the user can now change what was locked.
    await popup.getByRole('radio', { name: /Low/ }).check();
    await expect.poll(async () => ((await ask(popup, { type: 'getPolicy' })).effective as { sensitivity: string }).sensitivity).toBe('low');
  } finally {
    removePolicy();
  }
});
