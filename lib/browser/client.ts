/**
 * Sending protocol requests from extension pages (popup, options): one typed function, so a
 * page never builds a message by hand. Errors (no background, refused request) come back as
 * an ErrorResponse instead of a rejection.
 */
import { browser } from 'wxt/browser';
import type { DraftStatusResponse, ErrorResponse, Request, ResponseFor, TabMessage } from '../protocol';

export async function send<R extends Request>(req: R): Promise<ResponseFor[R['type']] | ErrorResponse> {
  try {
    const res = (await browser.runtime.sendMessage(req)) as ResponseFor[R['type']] | ErrorResponse | undefined;
    return res ?? { ok: false, error: 'no answer from the background' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'message failed' };
  }
}

/**
 * Asks a tab's content script what is in its focused draft. Resolves null when nothing answers
 * (no content script on that page, or an old one) within `timeoutMs`.
 */
export async function draftStatus(tabId: number, timeoutMs = 1500): Promise<DraftStatusResponse | null> {
  const message: TabMessage = { type: 'getDraftStatus' };
  const ask = browser.tabs
    .sendMessage(tabId, message)
    .then((r) => (isDraftStatus(r) ? r : null))
    .catch(() => null);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  return Promise.race([ask, late]);
}

function isDraftStatus(r: unknown): r is DraftStatusResponse {
  return typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === true && typeof (r as { site?: unknown }).site === 'string';
}
