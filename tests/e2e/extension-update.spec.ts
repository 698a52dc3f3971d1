/**
 * Chrome updates extensions on its own, and every open compose tab meets it: the extension is
 * reloaded (as an update does) while a composer with underlines is open. The old content script
 * removes its underlines, card and listeners without an error in the page, leaves one notice on
 * the composer, and a page opened afterwards is checked by the new one.
 */
import { EXTENSION_ORIGIN, expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import type { Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The notice as DevTools sees it. The old content script's world cannot be used here (its
 * `chrome.*` throws "Extension context invalidated" once the extension is gone), so the test
 * reads the closed shadow root through CDP's DOM domain, which pierces closed roots; page script
 * has no such access.
 */
async function noticeSeenByDevTools(page: Page): Promise<{ text: string; role: string | null; visible: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode, pred: (x: DomNode) => boolean): DomNode | undefined => {
    if (pred(n)) return n;
    for (const k of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
      const hit = find(k, pred);
      if (hit) return hit;
    }
    return undefined;
  };
  const text = (n: DomNode): string => (n.nodeType === 3 ? n.nodeValue ?? '' : [...(n.children ?? [])].map(text).join(''));
  const host = find(root, (n) => n.localName === 'second-look-notice');
  const shadow = host?.shadowRoots?.[0];
  const box = shadow && find(shadow, (n) => n.localName === 'div');
  if (!box) return { text: '', role: null, visible: false };
  const attrs = box.attributes ?? [];
  const role = attrs[attrs.indexOf('role') + 1] ?? null;
  const model = (await cdp.send('DOM.getBoxModel', { nodeId: box.nodeId }).catch(() => undefined)) as { model?: { width: number; height: number } } | undefined;
  await cdp.detach();
  return { text: text(box), role: attrs.includes('role') ? role : null, visible: !!model?.model && model.model.width > 0 && model.model.height > 0 };
}

const c = allComposers.find((x) => x.name.startsWith('facebook-post '))!;

/** Whether Chrome has brought the reloaded extension back: its service worker is a target again. */
async function extensionWorkerBack(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await cdp.detach();
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(EXTENSION_ORIGIN));
}

// Once on CI (2 busy cores) Chrome did not bring the reloaded unpacked extension back at all within
// 90 s: no new tab got a content script. That is Chrome's reload, not the update path under test,
// so this file alone gets one retry in a fresh browser; every attempt must pass all of it, and the
// failure message says whether the extension's worker had come back.
test.describe.configure({ retries: 1 });

test('the extension reloaded with a composer open: old UI gone, one notice, no page error, new tab checked', async ({ context, serviceWorker, consoleErrors }) => {
  const page = await context.newPage();
  // Errors in any world of the page, the old content script's included (Playwright's
  // pageerror covers the main world only).
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown; description?: string }[] }) => {
    if (e.type === 'error') errors.push(e.args.map((x) => String(x.value ?? x.description)).join(' '));
  });
  await cdp.send('Runtime.enable');
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type('Her SSN 219-09-9999 is on file');
  await expectFlagged(page, 'phi.ssn');

  // What an update does to the running extension.
  await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);

  // Without a keystroke: the old card and underlines go, the notice comes, within seconds.
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('second-look-overlay').length), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('second-look-notice').length)).toBe(1);
  const notice = await noticeSeenByDevTools(page);
  expect(notice).toEqual({ text: 'Second Look was updated — reload the page to keep checking', role: 'status', visible: true });

  // Typing on is untouched, and nothing throws into the page.
  await page.locator(c.editor).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' and 078-05-1120');
  await expect.poll(() => c.modelText(page)).toBe('Her SSN 219-09-9999 is on file and 078-05-1120');
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 600)));
  expect(await page.evaluate(() => document.querySelectorAll('second-look-notice, second-look-overlay').length)).toBe(1);

  // A page opened afterwards is checked again, by the updated extension once it is back. How
  // long Chrome takes to bring it back depends on the machine (CI once needed over 15 s on two
  // busy cores, and Playwright does not always report the new worker), so the test opens a new
  // tab until one is checked rather than waiting on the worker.
  test.setTimeout(150_000);
  await expect(async () => {
    const fresh = await context.newPage();
    try {
      await fresh.goto(c.url);
      await fresh.locator(c.editor).click();
      await fresh.keyboard.type('Her SSN 219-09-9999 is on file');
      await expectFlagged(fresh, 'phi.ssn');
    } catch (e) {
      const back = await extensionWorkerBack(fresh).catch(() => false);
      await fresh.close();
      throw new Error(`${String(e)} (the extension's service worker ${back ? 'is' : 'is not'} back)`, { cause: e });
    }
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 5_000] });
  expect(consoleErrors).toEqual([]);
  expect(errors).toEqual([]);
});
