/**
 * The content script's only door to the extension: send a protocol request to the background,
 * and receive typed tab messages from this extension (never from the page or other extensions).
 * It imports no storage: IndexedDB opened from a content script would land in the page's origin.
 *
 * Every `browser.*` access is guarded: after the extension is updated, reloaded or turned off,
 * an open tab keeps running the old content script, whose `browser.runtime` may be undefined or
 * throw "Extension context invalidated". Nothing here may throw into the page then.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { parseTabMessage, type DraftStatusResponse, type ErrorResponse, type Request, type ResponseFor, type TabMessage } from '../protocol';

export interface ContentRuntime {
  /** Sends a request; rejects with a message for the user when the extension is gone. */
  send<R extends Request>(req: R): Promise<ResponseFor[R['type']] | ErrorResponse>;
  /**
   * Answers tab messages; `getDraftStatus` is the one that expects a reply. Returns the
   * function that stops listening (safe to call after the extension is gone).
   */
  onTabMessage(handler: (message: TabMessage) => DraftStatusResponse | void): () => void;
  /** False once this content script's extension was updated, reloaded or turned off. */
  alive(): boolean;
  /** True when the extension itself is gone (not merely this script replaced by a newer one). */
  gone(): boolean;
}

/** What a send says once the extension is gone, in the interface's language. */
export const extensionGone = (): string => t('card_extensionGone');

// The browser's lookup of the interface's words, through this one door (lib/browser/i18n.ts).
export { onLookupFailure, preload, translate } from './i18n';

/** This extension's id, or undefined when the content script's context is gone. Never throws. */
function runtimeId(): string | undefined {
  try {
    return browser.runtime?.id ?? undefined;
  } catch {
    return undefined;
  }
}

/** The runtime for a content script whose context is valid while `isValid()` says so. */
export function contentRuntime(isValid: () => boolean): ContentRuntime {
  const alive = () => {
    try {
      return runtimeId() !== undefined && isValid();
    } catch {
      return false;
    }
  };
  return {
    alive,
    gone: () => runtimeId() === undefined,
    async send(req) {
      if (!alive()) throw new Error(extensionGone());
      let res: ResponseFor[typeof req['type']] | ErrorResponse | undefined;
      try {
        res = (await browser.runtime.sendMessage(req)) as typeof res;
      } catch (e) {
        if (!alive()) throw new Error(extensionGone(), { cause: e });
        throw e instanceof Error ? e : new Error(String(e), { cause: e });
      }
      return res ?? { ok: false, error: 'no answer from the background' };
    },
    onTabMessage(handler) {
      const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
        try {
          if (sender.id === undefined || sender.id !== runtimeId()) return undefined;
          const message = parseTabMessage(raw);
          if (!message) return undefined;
          const reply = handler(message);
          if (reply) sendResponse(reply);
        } catch {
          // Never throw into the page.
        }
        return undefined;
      };
      try {
        browser.runtime.onMessage.addListener(listener);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          browser.runtime?.onMessage?.removeListener(listener);
        } catch {
          // The extension is gone; so is its listener.
        }
      };
    },
  };
}
