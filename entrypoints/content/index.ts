/**
 * The one content script: wires the page-side Controller (lib/page) to the background worker
 * through the content runtime (lib/browser/content-runtime). All work is driven by focus:
 * nothing runs while no composer is focused.
 *
 * Privacy: the draft is sent only to this extension's background worker, over runtime
 * messaging, for analysis in memory. This script stores nothing and opens no IndexedDB (an
 * IndexedDB opened here would land in the page's origin). The decision log it feeds receives
 * categories, action, decision, site and surface — never text.
 */
import { contentRuntime } from '../../lib/browser/content-runtime';
import type { AnalysisResult } from '../../lib/page/checker';
import { Controller } from '../../lib/page/controller';
import { adapterForHost, CONTENT_MATCHES, type Site, type Surface } from '../../lib/sites';

const DEFAULT_DEBOUNCE_MS = 300;

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    const site: Site = adapter?.site ?? 'other';
    const runtime = contentRuntime(() => ctx.isValid);

    const analyze = async (text: string, s: Site, surface: Surface): Promise<AnalysisResult> => {
      const res = await runtime.send({ type: 'analyze', text, site: s, surface });
      if (!res.ok) throw new Error('Second Look could not check this draft right now.');
      return { findings: res.findings, settings: res.settings };
    };

    const controller = new Controller({
      doc: document,
      adapter,
      site,
      debounceMs: DEFAULT_DEBOUNCE_MS,
      analyze,
      logDecision: (entry) => {
        void runtime.send({ type: 'logDecision', ...entry, site }).catch(() => undefined);
      },
    });

    const stopListening = runtime.onTabMessage((message) => {
      if (message.type === 'policyChanged') controller.recheckAll();
      else if (message.type === 'openCard') controller.openCard();
      else if (message.type === 'getDraftStatus') {
        const status = controller.status();
        return { ok: true, site, ...status, surface: status.surface ?? null };
      }
    });

    ctx.addEventListener(window, 'wxt:locationchange', () => controller.prune());
    ctx.onInvalidated(() => {
      stopListening();
      controller.destroy();
    });
  },
});
