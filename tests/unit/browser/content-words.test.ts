/**
 * The content script's words when its extension goes away (issue 15). Chrome's lookup in an old
 * content script throws "Extension context invalidated." after an update (it does not answer '':
 * measured in Chromium with the extension reloaded under a Spanish UI). What was read before is
 * still answered; the retirement notice is read at start for that; a message never read before
 * shows as its key, and tells the content script, which retires its card at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalog } from '../i18n/catalog';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the content script’s lookup of the interface’s words', () => {
  it('keeps answering what it read once the extension is gone, and says when a lookup fails', async () => {
    vi.resetModules();
    const es = catalog('es');
    let gone = false;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => {
      if (gone) throw new Error('Extension context invalidated.');
      return es[key] ?? '';
    });
    const { onLookupFailure, preload, translate } = await import('../../../lib/browser/content-runtime');
    const failed = vi.fn();
    onLookupFailure(failed);
    preload(['card_updated', 'card_extensionGone']);
    expect(translate('card_checkFailed')).toBe('Second Look no pudo revisar este borrador.');
    expect(failed).not.toHaveBeenCalled();

    gone = true;
    expect(translate('card_updated')).toBe(es.card_updated);
    expect(translate('card_extensionGone')).toBe(es.card_extensionGone);
    expect(translate('card_checkFailed')).toBe('Second Look no pudo revisar este borrador.');
    expect(failed).not.toHaveBeenCalled();
    // Never read before: no words to give; the content script is told, and retires its card.
    expect(translate('card_checkFailedNow')).toBe('card_checkFailedNow');
    expect(failed).toHaveBeenCalledTimes(1);
  });

  it('is wired in the content script: a failed lookup makes it look whether its extension is gone', async () => {
    const fs = await import('node:fs');
    const source = fs.readFileSync('entrypoints/content/index.ts', 'utf8');
    expect(source).toMatch(/onLookupFailure\(\(\) => setTimeout\(\(\) => void ctx\.isInvalid, 0\)\)/);
    expect(source).toMatch(/preload\(\['card_updated', 'card_extensionGone'\]\)/);
  });
});
