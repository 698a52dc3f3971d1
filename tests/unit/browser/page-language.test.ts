// @vitest-environment happy-dom
/**
 * An extension page never shows message keys: when the browser's lookup answers '' (seen in a
 * popup opened just after a browser restart), the page reads the catalog file of the browser's
 * language from the package before it draws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTranslator } from '../../../lib/i18n';
import { translator } from '../i18n/catalog';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setTranslator(translator('en'));
});

describe('pageLanguage', () => {
  it('reads no file when the browser’s lookup answers', async () => {
    vi.resetModules();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'lang' ? 'en' : key === 'extName' ? 'Second Look' : 'Second Look settings'));
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { pageLanguage } = await import('../../../lib/browser/i18n');
    await pageLanguage('opt_title');
    expect(fetch).not.toHaveBeenCalled();
    expect(document.title).toBe('Second Look settings');
  });

  it('reads the package’s catalog file for the browser’s language when the lookup answers nothing', async () => {
    vi.resetModules();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-419');
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p: string) => `chrome-extension://test${p}`);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      fetched.push(url);
      return { json: async () => ({ extName: { message: 'Second Look' }, lang: { message: 'es' }, opt_title: { message: 'Configuración de Second Look' }, ans_allowFull: { message: 'La lista está llena ($1 entradas).' } }) };
    }));
    const { pageLanguage } = await import('../../../lib/browser/i18n');
    await pageLanguage('opt_title');
    expect(fetched).toEqual(['chrome-extension://test/_locales/es/messages.json']);
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Configuración de Second Look');
    const { t: fresh } = await import('../../../lib/i18n'); // the module pageLanguage installed into
    expect(fresh('ans_allowFull', [200])).toBe('La lista está llena (200 entradas).');
  });
});
