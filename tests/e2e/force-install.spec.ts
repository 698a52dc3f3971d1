/**
 * The whole admin path on this machine, as an IT team would follow docs/admin-guide.md: the
 * `.crx` and `updates.xml` made by `npm run package` are served from 127.0.0.1, a real machine
 * policy file (/etc/chromium/policies/managed/) force-installs the extension from there and sets
 * its `3rdparty` policy, and Chromium is started with NO --load-extension. Checked: Chromium fetches
 * the update manifest and the .crx and installs the extension under the id that follows from the
 * organization's key; the popup and options page say "Managed by your organization"; a locked
 * action is enforced in a real composer; the user cannot disable or remove it (management API:
 * installType "admin", mayDisable false).
 *
 * Where this launch differs from tests/e2e/fixtures.ts, and why (found by trying each one):
 * - `--disable-background-networking` is left out. With it, Chromium never requested the
 *   policy's update_url (0 requests in 60 s), so a force-installed extension never arrives: the
 *   extension updater is background networking. A managed browser has no such flag.
 * - Playwright's default `--disable-extensions` is left out: it turns off every extension,
 *   including policy-installed ones (fixtures.ts gets away with it because --load-extension /
 *   --disable-extensions-except re-enable the one loaded there).
 * - The policy also sets `DeveloperToolsAvailability: 1`. Its default (0) forbids developer tools
 *   on extensions installed by policy, and Playwright drives pages through the DevTools protocol:
 *   without it the extension's service worker is invisible to the test and every
 *   chrome-extension:// page of it is closed the moment it loads. An organization does not need
 *   this; it is the test's way in, and nothing the user sees depends on it.
 * Headless: Debian's Chromium 156 `--headless` is the full browser ("new headless"), which reads
 * machine policy and installs force-installed extensions like a windowed one (checked here).
 *
 * Needs root (writes the policy file; skips with the reason otherwise) and `npm run package`
 * first (`npm test` runs it). The policy file and the profile are removed afterwards, also on
 * failure, so later specs see no policy.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { extensionIdOf } from '../../scripts/package.mjs';
import { routeFixtures, FIXTURE_PAGES } from '../fixtures/routes.mjs';
import { expectFlagged } from './composers';
import { card as cardOf, useExtensionOrigin } from './overlay';

const PACKAGE_DIR = path.resolve(process.cwd(), '.output/package');
const KEY_FILE = path.resolve(process.cwd(), process.env.SECOND_LOOK_CRX_KEY || 'keys/organization.pem');
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'second-look-force-install-test.json');
/** Where the screenshot of the installed extension's popup is written. */
const SCREENSHOT = path.resolve(process.cwd(), '.output/force-install/popup-managed.png');
/** What the organization locks. */
const MANAGED = { sensitivity: 'high', actions: { 'phi.ssn': 'block' } };

type Chrome = {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<unknown> };
    management: { getSelf(): Promise<{ id: string; installType: string; mayDisable: boolean; enabled: boolean; version: string }> };
  };
};

/** The appid and codebase written by `npm run package`. */
function readUpdatesXml(): { appid: string; codebase: URL; version: string } {
  const xml = fs.readFileSync(path.join(PACKAGE_DIR, 'updates.xml'), 'utf8');
  const appid = /appid='([a-p]{32})'/.exec(xml)?.[1];
  const codebase = /codebase='([^']+)'/.exec(xml)?.[1];
  const version = /<updatecheck [^>]*\bversion='([\d.]+)'/.exec(xml)?.[1];
  if (!appid || !codebase || !version) throw new Error('unreadable updates.xml');
  return { appid, codebase: new URL(codebase), version };
}

function canWritePolicy(): string | null {
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return null;
  } catch (e) {
    return `cannot write ${POLICY_DIR} (${(e as Error).message}); run as root to test force-install`;
  }
}

test.describe.configure({ mode: 'serial' });

test('a policy force-installs the signed .crx from a self-hosted updates.xml, locks its settings and cannot be disabled', async () => {
  const skip = canWritePolicy();
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(120_000);
  if (!fs.existsSync(path.join(PACKAGE_DIR, 'second-look.crx'))) throw new Error('no .output/package/second-look.crx: run `npm run package` first');

  const { appid, codebase, version } = readUpdatesXml();
  // The id in updates.xml is the one the organization's key gives (the CRX is signed with it).
  if (fs.existsSync(KEY_FILE)) expect(appid).toBe(extensionIdOf(fs.readFileSync(KEY_FILE, 'utf8')));
  expect(codebase.hostname).toBe('127.0.0.1');
  expect(version).toBe((JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version);

  // Serve exactly the two files, as an intranet web server would.
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname;
    served.push(name);
    const file = name === '/updates.xml' ? 'updates.xml' : name === codebase.pathname ? 'second-look.crx' : null;
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' });
    res.end(fs.readFileSync(path.join(PACKAGE_DIR, file)));
  });
  await new Promise<void>((resolve) => server.listen(Number(codebase.port || 80), '127.0.0.1', resolve));
  const updateUrl = `${codebase.origin}/updates.xml`;

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-force-install-'));
  let context: BrowserContext | undefined;
  try {
    fs.writeFileSync(
      POLICY_FILE,
      JSON.stringify(
        {
          DeveloperToolsAvailability: 1, // the test's way in (see the top of this file)
          ExtensionSettings: { [appid]: { installation_mode: 'force_installed', update_url: updateUrl } },
          '3rdparty': { extensions: { [appid]: MANAGED } },
        },
        null,
        2,
      ),
    );
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      // No --load-extension: the extension must come from the policy.
      args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
    });

    // 1. It installs itself: its service worker appears under the id from the key.
    const worker: Worker =
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${appid}/`)) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${appid}/`), timeout: 60_000 }));
    expect(new URL(worker.url()).host).toBe(appid);
    expect(served).toEqual(expect.arrayContaining(['/updates.xml', codebase.pathname]));
    await routeFixtures(context);
    await context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());

    const origin = `chrome-extension://${appid}`;
    const probe = await context.newPage();
    await probe.goto(`${origin}/popup.html`);
    const ask = (page: Page, m: unknown) => page.evaluate((x) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(x), m) as Promise<Record<string, unknown>>;

    // 2. The user cannot turn it off or remove it: installed by policy.
    const self = await probe.evaluate(() => (globalThis as unknown as Chrome).chrome.management.getSelf());
    expect(self).toMatchObject({ id: appid, installType: 'admin', mayDisable: false, enabled: true, version });

    // 3. The organization's settings arrive (the first storage.managed read takes a few seconds).
    await expect.poll(async () => ((await ask(probe, { type: 'getPolicy' })).locked as string[]) ?? [], { timeout: 20_000 }).toEqual(['actions.phi.ssn', 'sensitivity']);

    // 4. A locked action is enforced in a real composer.
    const x = await context.newPage();
    useExtensionOrigin(x, origin);
    await x.goto(FIXTURE_PAGES.x.url);
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await x.keyboard.type('Her SSN 219-09-9999 is on the form');
    await expectFlagged(x, 'phi.ssn');
    expect(await cardOf(x).locator('li[data-category="phi.ssn"]').getAttribute('data-action')).toBe('block');

    // 5. The popup (about the X tab) and the options page show the locks.
    const tabId = await worker.evaluate(async () => {
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ site?: string } | undefined> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      for (const t of await tabs.query({})) {
        if (t.id === undefined) continue;
        const status = await tabs.sendMessage(t.id, { type: 'getDraftStatus' }).catch(() => undefined);
        if (status?.site === 'x') return t.id;
      }
      return undefined;
    });
    expect(tabId).toBeDefined();
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`${origin}/popup.html?tab=${tabId}`);
    const sens = popup.locator('[data-control="sensitivity"]');
    await expect(sens).toHaveAttribute('data-locked', 'true');
    await expect(sens).toContainText('Managed by your organization');
    await expect(popup.getByRole('radio', { name: /High/ })).toBeChecked();
    await expect(popup.getByRole('radio', { name: /Low/ })).toBeDisabled();
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await popup.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`force-install: ${appid} ${version} installed from ${updateUrl}; popup screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);

    const options = await context.newPage();
    await options.goto(`${origin}/options.html`);
    await expect(options.locator('[data-control="sensitivity"]')).toContainText('Managed by your organization');
  } finally {
    fs.rmSync(POLICY_FILE, { force: true });
    await context?.close().catch(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
