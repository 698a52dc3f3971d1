/**
 * The one content script: thin glue between the page-side Controller (lib/dom) and the
 * background worker. All work is driven by focus: nothing runs while no composer is focused.
 *
 * Privacy: the draft is sent only to this extension's background worker, over runtime
 * messaging, for analysis in memory. This script stores nothing and opens no IndexedDB (an
 * IndexedDB opened here would land in the page's origin). The decision log it feeds receives
 * categories, action, decision, site and surface — never text.
 */
import { browser } from 'wxt/browser';
import type { Site, Surface } from '../../lib/analyzer/types';
import type { AnalysisResult } from '../../lib/dom/checker';
import { Controller } from '../../lib/dom/controller';
import type { AnalyzeResponse, ErrorResponse } from '../../lib/messaging/protocol';
import { adapterForHost } from '../../lib/sites';
import './highlights.css';

const DEFAULT_DEBOUNCE_MS = 300;

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

    const send = async (message: unknown): Promise<unknown> => {
      if (!ctx.isValid) throw new Error('Second Look was updated or turned off. Reload the page to check this draft.');
      return browser.runtime.sendMessage(message);
    };

    const analyze = async (text: string, s: Site, surface: Surface): Promise<AnalysisResult> => {
      const res = (await send({ type: 'analyze', text, site: s, surface })) as AnalyzeResponse | ErrorResponse | undefined;
      if (!res || !res.ok) throw new Error('Second Look could not check this draft right now.');
      const settings = (res as AnalyzeResponse & { settings?: AnalysisResult['settings'] }).settings;
      return { findings: res.findings, settings };
    };

    const controller = new Controller({
      doc: document,
      adapter,
      site,
      debounceMs: DEFAULT_DEBOUNCE_MS,
      analyze,
      logDecision: (entry) => {
        void send({ type: 'logDecision', ...entry, site }).catch(() => undefined);
      },
    });

    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || typeof raw !== 'object' || raw === null) return undefined;
      const type = (raw as { type?: unknown }).type;
      if (type === 'policyChanged') {
        controller.recheckAll();
        return undefined;
      }
      if (type === 'openCard') {
        controller.openCard();
        return undefined;
      }
      if (type === 'getDraftStatus') {
        sendResponse({ ok: true, site, ...controller.status() });
        return undefined;
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.addEventListener(window, 'wxt:locationchange', () => controller.prune());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      controller.destroy();
    });
  },
});
