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

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  requests: RecordedRequest[];
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  requests: async ({}, use) => {
    await use([]);
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ requests, consoleErrors }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(EXTENSION_PATH),
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
    await routeFixtures(context);
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
export { FIXTURE_PAGES };
