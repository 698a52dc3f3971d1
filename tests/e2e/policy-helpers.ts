/** Test helpers that talk to the extension the way its own pages do. */
import type { BrowserContext, Worker } from '@playwright/test';

/** Sends a request from an extension page (the popup), as the options page would. */
export async function sendFromExtensionPage(context: BrowserContext, serviceWorker: Worker, message: unknown): Promise<unknown> {
  const origin = `chrome-extension://${new URL(serviceWorker.url()).host}`;
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/popup.html`);
    return await page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
  } finally {
    await page.close();
  }
}

/** Sets the user's action for categories (e.g. { 'phi.ssn': 'block' }). */
export async function setActions(context: BrowserContext, serviceWorker: Worker, actions: Record<string, string>): Promise<void> {
  const res = (await sendFromExtensionPage(context, serviceWorker, { type: 'setPolicy', change: { actions } })) as { ok?: boolean; error?: string };
  if (!res?.ok) throw new Error(`setPolicy failed: ${JSON.stringify(res)}`);
}

/** Everything the extension has stored, as one string, read in the service worker. */
export async function dumpExtensionStorage(sw: Worker): Promise<string> {
  return sw.evaluate(async () => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    const chrome = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }).chrome;
    const out: Record<string, unknown> = {
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
      caches: await caches.keys(),
      indexedDB: {},
    };
    const idb = out.indexedDB as Record<string, unknown>;
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores: Record<string, unknown> = {};
      for (const store of db.objectStoreNames) {
        stores[store] = await new Promise((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      idb[info.name] = stores;
      db.close();
    }
    return JSON.stringify(out);
  });
}
