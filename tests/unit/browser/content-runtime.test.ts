/**
 * The content runtime after the extension is gone (updated, reloaded, turned off with the tab
 * open): `browser.runtime` becomes undefined or throws, and nothing may throw into the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentRuntime, extensionGone } from '../../../lib/browser/content-runtime';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('content runtime', () => {
  it('answers while the extension is there', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, findings: [] } as never);
    const rt = contentRuntime(() => true);
    expect(rt.alive()).toBe(true);
    expect(rt.gone()).toBe(false);
    await expect(rt.send({ type: 'getPolicy' } as never)).resolves.toMatchObject({ ok: true });
  });

  it('after an update: send rejects with the notice, listeners come and go without throwing', async () => {
    const rt = contentRuntime(() => true);
    const stop = rt.onTabMessage(() => undefined);
    // What Chrome does to an old content script: its runtime is gone.
    vi.spyOn(fakeBrowser, 'runtime', 'get').mockReturnValue(undefined as never);
    expect(rt.alive()).toBe(false);
    expect(rt.gone()).toBe(true);
    await expect(rt.send({ type: 'getPolicy' } as never)).rejects.toThrow(extensionGone());
    expect(() => stop()).not.toThrow();
    expect(() => rt.onTabMessage(() => undefined)()).not.toThrow();
  });

  it('when sendMessage throws "Extension context invalidated", the user gets the notice', async () => {
    let valid = true;
    const rt = contentRuntime(() => valid);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      valid = false;
      throw new Error('Extension context invalidated.');
    });
    await expect(rt.send({ type: 'getPolicy' } as never)).rejects.toThrow(extensionGone());
  });
});
