/**
 * The content script's only door to the extension: send a protocol request to the background,
 * and receive typed tab messages from this extension (never from the page or other extensions).
 * It imports no storage: IndexedDB opened from a content script would land in the page's origin.
 */
import { browser } from 'wxt/browser';
import { parseTabMessage, type DraftStatusResponse, type ErrorResponse, type Request, type ResponseFor, type TabMessage } from '../protocol';

export interface ContentRuntime {
  /** Sends a request; rejects with a message for the user when the extension is gone. */
  send<R extends Request>(req: R): Promise<ResponseFor[R['type']] | ErrorResponse>;
  /**
   * Answers tab messages; `getDraftStatus` is the one that expects a reply. Returns the
   * function that stops listening.
   */
  onTabMessage(handler: (message: TabMessage) => DraftStatusResponse | void): () => void;
}

const EXTENSION_GONE = 'Second Look was updated or turned off. Reload the page to check this draft.';

/** The runtime for a content script whose context is valid while `isValid()` says so. */
export function contentRuntime(isValid: () => boolean): ContentRuntime {
  return {
    async send(req) {
      if (!isValid()) throw new Error(EXTENSION_GONE);
      const res = (await browser.runtime.sendMessage(req)) as ResponseFor[typeof req['type']] | ErrorResponse | undefined;
      return res ?? { ok: false, error: 'no answer from the background' };
    },
    onTabMessage(handler) {
      const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
        if (sender.id !== browser.runtime.id) return undefined;
        const message = parseTabMessage(raw);
        if (!message) return undefined;
        const reply = handler(message);
        if (reply) sendResponse(reply);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
