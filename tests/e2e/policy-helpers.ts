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
