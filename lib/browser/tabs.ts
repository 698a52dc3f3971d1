/** Tab and page helpers for extension pages (the popup), so pages never import wxt/browser. */
import { browser } from 'wxt/browser';

/** The tab the popup is about: `?tab=<id>` (the popup opened in a tab, as tests do), else the active tab. */
export async function targetTab(search: string): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const t = await browser.tabs.get(Number(param)).catch(() => null);
    return t?.id !== undefined ? { id: t.id, url: t.url } : null;
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id !== undefined ? { id: t.id, url: t.url } : null;
}

export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage();
}

/** Opens the "Audit past posts" page (issue 17) in a new tab. */
export function openAuditPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/audit.html') });
}

/** The keyboard shortcut the user has for a command (they can change it), or '' when none is set. */
export async function shortcutOf(command: string): Promise<string> {
  const all = await browser.commands?.getAll().catch(() => []) ?? [];
  return all.find((c) => c.name === command)?.shortcut ?? '';
}
