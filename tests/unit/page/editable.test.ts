// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { engineOf, findEditable } from '../../../lib/page/editable';
import { adapterForHost } from '../../../lib/sites';
import { surfaceFor } from '../../../lib/page/site-match';

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.replaceChildren(host);
  return host;
}

describe('findEditable', () => {
  it('finds textareas and the outermost contenteditable root', () => {
    const root = html('<textarea id="t"></textarea><div contenteditable="true" id="ce"><p><span id="inner">x</span></p></div>');
    expect(findEditable(root.querySelector('#t'))?.engine).toBe('textarea');
    expect(findEditable(root.querySelector('#ce'))?.element.id).toBe('ce');
  });
  it('honours the site opt-out attribute, like data-gramm="false"', () => {
    const root = html('<div data-second-look="false"><textarea id="t"></textarea></div><textarea id="u" data-second-look="off"></textarea>');
    expect(findEditable(root.querySelector('#t'))).toBeNull();
    expect(findEditable(root.querySelector('#u'))).toBeNull();
  });
  it('skips disabled, read-only and search fields', () => {
    const root = html('<textarea id="a" disabled></textarea><textarea id="b" readonly></textarea><input id="c" type="search"><input id="d" type="password">');
    for (const id of ['a', 'b', 'c', 'd']) expect(findEditable(root.querySelector(`#${id}`))).toBeNull();
  });
  it('does not skip spellcheck="false" editors (Instagram DMs)', () => {
    const root = html('<div contenteditable="true" spellcheck="false" data-lexical-editor="true" id="dm"></div>');
    expect(findEditable(root.querySelector('#dm'))?.engine).toBe('lexical');
  });
  it('classifies engines by their markers', () => {
    const root = html('<div class="ql-editor" id="q"></div><div class="public-DraftEditor-content" id="d"></div><div data-lexical-editor="true" id="l"></div>');
    expect(engineOf(root.querySelector('#q')!)).toBe('quill');
    expect(engineOf(root.querySelector('#d')!)).toBe('draft');
    expect(engineOf(root.querySelector('#l')!)).toBe('lexical');
  });
});

describe('site adapters', () => {
  it('map hosts, including subdomains, to sites', () => {
    expect(adapterForHost('www.facebook.com')?.site).toBe('facebook');
    expect(adapterForHost('www.messenger.com')?.site).toBe('facebook');
    expect(adapterForHost('x.com')?.site).toBe('x');
    expect(adapterForHost('mobile.twitter.com')?.site).toBe('x');
    expect(adapterForHost('evil-facebook.com')).toBeUndefined();
  });
  it('leave an unknown editor to generic (limited) mode', () => {
    const root = html('<textarea id="t"></textarea>');
    expect(surfaceFor(adapterForHost('x.com'), root.querySelector('#t')!)).toBeUndefined();
  });
  it('every surface has selectors, a submit control and a verified date', () => {
    for (const site of ['facebook.com', 'x.com', 'linkedin.com', 'instagram.com']) {
      for (const s of adapterForHost(site)!.surfaces) {
        expect(s.editor.length).toBeGreaterThan(0);
        expect(s.submit.length).toBeGreaterThan(0);
        expect(s.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
