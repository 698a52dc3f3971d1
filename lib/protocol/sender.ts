/**
 * Who sent a runtime message. Only this extension's own content scripts and pages may talk to
 * the background; anything else (another extension, a web page, a frame of ours that has no
 * tab and no extension URL) is refused here, in one place (after Bitwarden's classifySender).
 */
import type { SenderKind } from './index';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''), e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/" */
  baseUrl: string;
}

export function classifySender(sender: SenderInfo | undefined, self: Self): SenderKind | 'foreign' {
  if (!sender || !self.id || sender.id !== self.id) return 'foreign';
  const base = self.baseUrl.replace(/\/$/, '');
  if (base && (sender.url ?? '').startsWith(`${base}/`)) return 'extension-page';
  if (base && sender.origin === base) return 'extension-page';
  // A content script always runs in a tab, on a web page.
  return sender.tab && /^https?:/.test(sender.url ?? '') ? 'content-script' : 'foreign';
}
