/**
 * Playwright fixtures: a fresh Chromium profile per test with the built extension loaded, every
 * request routed to the local fixture pages (served at the sites' real URLs), and a log of
 * every request and page console error for the privacy and no-errors checks.
 */
import { test as base, chromium, type BrowserContext, type Request, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_PAGES, routeFixtures } from '../fixtures/routes.mjs';
import { chromiumPath, chromiumArgs } from '../../scripts/chromium.mjs';

export const EXTENSION_PATH = path.resolve(process.cwd(), '.output/chrome-mv3');
export const EXTENSION_ID = 'kbcnljnglgginepcpgcnjkmcclhokpkp';

export interface RecordedRequest {
  url: string;
  /** The page or worker that made it, when Playwright knows. */
  frameUrl?: string;
  fromServiceWorker: boolean;
}

interface Options {
  /**
   * CPU slowdown for every page the test opens (CDP `Emulation.setCPUThrottlingRate`): 4 stands
   * for an old laptop with many tabs, where editors and our content script run 4× slower. Set
   * by the `cpu-4x` project in playwright.config.ts; 1 (no throttling) otherwise.
   */
  cpuThrottle: number;
  /**
   * The browser's interface language (`--lang`), which picks the extension's `_locales`
   * (issue 15): 'es' for the Spanish interface; the browser's default (English) when unset.
   */
  uiLanguage: string | undefined;
}

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  requests: RecordedRequest[];
  consoleErrors: string[];
}

export const test = base.extend<Fixtures & Options>({
  cpuThrottle: [1, { option: true }],
  uiLanguage: [undefined, { option: true }],
  requests: async ({}, use) => {
    await use([]);
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ requests, consoleErrors, cpuThrottle, uiLanguage }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...chromiumArgs(EXTENSION_PATH), ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])],
    });
    const record = (r: Request) => {
      let frameUrl: string | undefined;
      try {
        frameUrl = r.frame().url();
      } catch {
        frameUrl = undefined; // service-worker requests have no frame
      }
      requests.push({ url: r.url(), frameUrl, fromServiceWorker: !!r.serviceWorker() });
    };
    context.on('request', record);
    context.on('page', (page) => {
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
    });
    closeWelcomeTabs(context);
    await routeFixtures(context);
    await allowExtensionPages(context);
    if (cpuThrottle > 1) throttleNewPages(context, cpuThrottle);
    await use(context);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    await use(sw);
  },
});

export const expect = test.expect;

/**
 * Makes `context.newPage()` resolve only once the new page is throttled, so nothing the test
 * does on it (navigation, typing) runs at full speed first. The throttle is set on the page's
 * target and stays across its navigations, including to another site. The service worker, where
 * the analyzer runs, is not throttled.
 */
function throttleNewPages(context: BrowserContext, rate: number): void {
  const open = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await open();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return page;
  };
}
export { FIXTURE_PAGES };

export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/**
 * routeFixtures answers every unknown URL with 404, which would also catch the popup's and
 * options page's own scripts and styles. Routes registered later win: let the extension's own
 * files load as they are.
 */
export async function allowExtensionPages(context: BrowserContext): Promise<void> {
  await context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
}
export const POPUP_URL = `${EXTENSION_ORIGIN}/popup.html`;
export const WELCOME_URL = `${EXTENSION_ORIGIN}/welcome.html`;

/**
 * A fresh profile is a first install, so the extension opens its welcome tab (issue 13). Specs
 * other than welcome.spec work on the tabs they open themselves: close the welcome tab as soon
 * as it is one, so `context.pages()` holds only theirs.
 */
export function closeWelcomeTabs(context: BrowserContext): void {
  context.on('page', (page) => {
    const closeIfWelcome = () => {
      if (page.url().startsWith(WELCOME_URL)) void page.close().catch(() => undefined);
    };
    closeIfWelcome();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) closeIfWelcome();
    });
  });
}
export const OPTIONS_URL = `${EXTENSION_ORIGIN}/options.html`;

/**
 * Launches Chromium with the extension on a given profile directory, with the fixture routes,
 * for tests that restart the browser on the same profile (the `context` fixture makes a fresh
 * profile per test and deletes it). The caller closes the context and removes the directory.
 */
export async function launchExtension(userDataDir: string): Promise<{ context: BrowserContext; serviceWorker: Worker }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(EXTENSION_PATH),
  });
  closeWelcomeTabs(context);
  await routeFixtures(context);
  await allowExtensionPages(context);
  let [serviceWorker] = context.serviceWorkers();
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker');
  return { context, serviceWorker };
}

/**
 * The id of a tab whose content script reports `site`, asked from the service worker. (Without
 * the "tabs" permission the extension cannot see tab URLs, so it asks each tab's content script.)
 */
export async function tabIdOf(serviceWorker: Worker, site: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ site?: string } | undefined> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    for (const t of await tabs.query({})) {
      if (t.id === undefined) continue;
      const status = await tabs.sendMessage(t.id, { type: 'getDraftStatus' }).catch(() => undefined);
      if (status?.site === wanted) return t.id;
    }
    return undefined;
  }, site);
  if (id === undefined) throw new Error(`no tab with Second Look's content script on ${site}`);
  return id;
}
