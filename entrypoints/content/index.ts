/**
 * The one content script. It waits for focus to land in an editor on the four sites, then hands
 * that editor to an EditorChecker (lib/dom), which reads its text and draws results. All work
 * is driven by focus: nothing runs while no composer is focused.
 *
 * Privacy: the draft is sent only to this extension's background worker, over runtime
 * messaging, for analysis in memory. This script stores nothing and opens no IndexedDB (an
 * IndexedDB opened here would land in the page's origin).
 */
import { browser } from 'wxt/browser';
import type { Finding, Site, Surface } from '../../lib/analyzer/types';
import { EditorChecker } from '../../lib/dom/checker';
import { findEditable } from '../../lib/dom/editable';
import { Overlay } from '../../lib/dom/overlay';
import type { AnalyzeRequest, AnalyzeResponse, ErrorResponse } from '../../lib/messaging/protocol';
import { adapterForHost, surfaceFor } from '../../lib/sites';

const DEBOUNCE_MS = 300;

export default defineContentScript({
  matches: [
    'https://*.x.com/*',
    'https://*.twitter.com/*',
    'https://*.facebook.com/*',
    'https://*.messenger.com/*',
    'https://*.linkedin.com/*',
    'https://*.instagram.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    const site: Site = adapter?.site ?? 'other';
    let overlay: Overlay | undefined;
    let checker: EditorChecker | undefined;

    const analyze = async (text: string, s: Site, surface: Surface): Promise<Finding[]> => {
      if (!ctx.isValid) throw new Error('Second Look was updated or turned off. Reload the page to check this draft.');
      const req: AnalyzeRequest = { type: 'analyze', text, site: s, surface };
      const res = (await browser.runtime.sendMessage(req)) as AnalyzeResponse | ErrorResponse | undefined;
      if (!res || !res.ok) throw new Error('Second Look could not check this draft right now.');
      return res.findings;
    };

    const attach = (target: EventTarget | null) => {
      const editable = findEditable(target);
      if (!editable || checker?.element === editable.element) return;
      checker?.detach();
      overlay ??= new Overlay(document);
      const surface = surfaceFor(adapter, editable.element);
      checker = new EditorChecker({
        editable,
        site,
        surface: surface?.surface ?? 'other',
        surfaceName: surface?.name,
        limited: !surface,
        debounceMs: DEBOUNCE_MS,
        overlay,
        analyze,
      });
    };

    ctx.addEventListener(document, 'focusin', (e) => {
      try {
        attach(e.composedPath()[0] ?? e.target);
      } catch {
        // Never throw into the page.
      }
    }, { capture: true });
    // The editor may already hold focus when the script starts (document_idle).
    if (document.activeElement) attach(document.activeElement);

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (checker && !checker.element.isConnected) {
        checker.detach();
        checker = undefined;
      }
    });
    ctx.onInvalidated(() => {
      checker?.detach();
      overlay?.destroy();
    });
  },
});
