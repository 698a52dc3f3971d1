/**
 * The one content script: wires the page-side Controller (lib/page) to the background worker
 * through the content runtime (lib/browser/content-runtime). All work is driven by focus:
 * nothing runs while no composer is focused.
 *
 * Privacy: the draft is sent only to this extension's background worker, over runtime
 * messaging, for analysis in memory. This script stores nothing and opens no IndexedDB (an
 * IndexedDB opened here would land in the page's origin). The decision log it feeds receives
 * categories, action, decision, site and surface — never text. An attached photo is read in
 * memory and sent to the background the same way, to have its text read locally; never stored.
 */
import { contentRuntime, onLookupFailure, preload, translate } from '../../lib/browser/content-runtime';
import { setTranslator, t } from '../../lib/i18n';
import type { AnalysisResult } from '../../lib/page/checker';
import { Controller } from '../../lib/page/controller';
import { adapterForHost, CONTENT_MATCHES, type Site, type Surface } from '../../lib/sites';

const DEFAULT_DEBOUNCE_MS = 300;
/** How often an open tab looks whether its extension is still there (one cheap property read). */
const ALIVE_CHECK_MS = 1000;

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // The card's words in the browser's language; the ones shown after the extension is gone
    // are read now, while it is surely there.
    setTranslator(translate);
    preload(['card_updated', 'card_extensionGone']);
    // A lookup that throws means the extension is gone: reading ctx.isInvalid notices it and
    // retires the card now (below), before a message never read before can show as its key.
    // After this call returns, so a card being drawn is not taken down under itself.
    onLookupFailure(() => setTimeout(() => void ctx.isInvalid, 0));
    const adapter = adapterForHost(location.hostname);
    const site: Site = adapter?.site ?? 'other';
    const runtime = contentRuntime(() => ctx.isValid);

    const analyze = async (text: string, s: Site, surface: Surface): Promise<AnalysisResult> => {
      // Reading ctx.isInvalid notices a gone extension and runs the retirement below; the
      // check then never settles, so no error message flashes before the notice.
      if (ctx.isInvalid) return ctx.block();
      let res;
      try {
        res = await runtime.send({ type: 'analyze', text, site: s, surface });
      } catch (e) {
        if (ctx.isInvalid) return ctx.block();
        // Not the browser's own English ("Could not establish connection…"): the card's words.
        throw runtime.alive() ? new Error(t('card_checkFailedNow'), { cause: e }) : e;
      }
      if (!res.ok) throw new Error(t('card_checkFailedNow'));
      return { findings: res.findings, settings: res.settings, ...(res.otherLanguage ? { otherLanguage: res.otherLanguage } : {}) };
    };

    const controller = new Controller({
      doc: document,
      adapter,
      site,
      debounceMs: DEFAULT_DEBOUNCE_MS,
      analyze,
      warm: () => {
        if (!ctx.isInvalid) runtime.send({ type: 'warm' }).catch(() => undefined);
      },
      logDecision: async (entry) => {
        const res = await runtime.send({ type: 'logDecision', ...entry, site }).catch(() => null);
        return !!res?.ok && res.recorded;
      },
      // Only the flagged words travel, and only for "Always allow", which keeps them by choice.
      answer: async (req) => {
        const res = await runtime.send({ type: 'answerFinding', ...req, site });
        if (!res.ok) throw new Error(res.error);
        return res;
      },
      // An attached photo goes to the background, which has its text read locally (issue 16).
      checkPhoto: async (image, s, surface) => {
        if (ctx.isInvalid) return ctx.block();
        const res = await runtime.send({ type: 'checkPhoto', image, site: s, surface });
        if (!res.ok) throw new Error(res.error);
        return res;
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
    // Chrome updates extensions on its own; an open tab keeps this (old) script. WXT marks the
    // context invalid when `browser.runtime.id` is gone, but only when asked: ask every second,
    // so stale underlines and cards do not linger until the next keystroke.
    ctx.setInterval(() => undefined, ALIVE_CHECK_MS);
    ctx.onInvalidated(() => {
      try {
        stopListening();
      } catch {
        // guarded in the runtime already; nothing may throw into the page
      }
      // Replaced by a newer copy of this script (the extension is still there): step aside
      // quietly. The extension itself is gone: say so on the composer.
      if (runtime.gone()) controller.retire(t('card_updated'));
      else controller.destroy();
    });
  },
});
