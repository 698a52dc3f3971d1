/**
 * Privacy bar: no request ever leaves an extension context. Every request Chromium makes in the
 * test's browser context is recorded (page frames, the extension's service worker, extension
 * pages); the only allowed ones are the fixture pages themselves and their editor bundles.
 */
import { expect, FIXTURE_PAGES, test } from './fixtures';
import { allComposers as composers, expectFlagged } from './composers';
import { FIXTURE_SURFACES } from '../fixtures/routes.mjs';

const DRAFT = 'pt Maria Lopez, SSN 219-09-9999, MRN 00482913, call (415) 555-0182 or maria.lopez@gmail.com';

function isFixtureRequest(url: string): boolean {
  const u = new URL(url);
  const page = FIXTURE_SURFACES.some((s) => s.url === url) || Object.values(FIXTURE_PAGES).some((p) => p.url === url);
  const bundle = /^\/__second-look-fixture__\/[a-z]+\.js$/.test(u.pathname);
  return page || bundle;
}

test('typing drafts full of PHI into every composer sends nothing anywhere', async ({ context, serviceWorker, requests }) => {
  for (const c of composers) {
    const page = await context.newPage();
    await page.goto(c.url);
    await page.locator(c.editor).click();
    await page.keyboard.type(DRAFT);
    await expectFlagged(page, 'phi.ssn');
    await page.close();
  }
  // Extension pages, where they exist, open too.
  const extensionBase = `chrome-extension://${new URL(serviceWorker.url()).host}`;
  for (const p of ['popup.html', 'options.html']) {
    const page = await context.newPage();
    const res = await page.goto(`${extensionBase}/${p}`).catch(() => null);
    if (res) await page.waitForLoadState('load');
    await page.close();
  }

  const fromWorker = requests.filter((r) => r.fromServiceWorker);
  expect(fromWorker, 'requests from the extension service worker').toEqual([]);
  const unexpected = requests.filter((r) => !r.fromServiceWorker && !isFixtureRequest(r.url) && !r.url.startsWith(extensionBase));
  expect(unexpected, 'requests that are neither fixture pages nor extension-local files').toEqual([]);
  expect(requests.length).toBeGreaterThan(0); // the recorder works
});

test('the browser itself refuses a network request from the worker and from an extension page (connect-src)', async ({ context, serviceWorker }) => {
  // Behind the recorder above, a second wall: the manifest's CSP lets extension contexts fetch
  // only the package's own files and in-memory data, so even code that tried could send nothing
  // (the offscreen document's OCR worker, which the recorder cannot see, included).
  const tryFetch = async () => {
    try {
      await fetch('https://example.com/second-look-csp-probe');
      return 'sent';
    } catch (e) {
      return `refused: ${String(e)}`;
    }
  };
  expect(await serviceWorker.evaluate(tryFetch)).toMatch(/^refused/);
  const extensionBase = `chrome-extension://${new URL(serviceWorker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${extensionBase}/popup.html`);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  expect(await page.evaluate(tryFetch)).toMatch(/^refused/);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  await page.close();
});
