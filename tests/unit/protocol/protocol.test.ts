import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../lib/protocol';
import { classifySender } from '../../../lib/protocol/sender';

const self = { id: 'kbcnljnglgginepcpgcnjkmcclhokpkp', baseUrl: 'chrome-extension://kbcnljnglgginepcpgcnjkmcclhokpkp/' };

describe('classifySender', () => {
  it('accepts our content script on a web page', () => {
    expect(classifySender({ id: self.id, url: 'https://x.com/home', tab: { id: 3 } }, self)).toBe('content-script');
  });
  it('accepts our own extension pages', () => {
    expect(classifySender({ id: self.id, url: `${self.baseUrl}popup.html` }, self)).toBe('extension-page');
    expect(classifySender({ id: self.id, origin: 'chrome-extension://kbcnljnglgginepcpgcnjkmcclhokpkp' }, self)).toBe('extension-page');
  });
  it('refuses other extensions, pages and unknown senders', () => {
    expect(classifySender({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'https://x.com/', tab: {} }, self)).toBe('foreign');
    expect(classifySender({ url: 'https://evil.example/', tab: {} }, self)).toBe('foreign');
    expect(classifySender(undefined, self)).toBe('foreign');
    expect(classifySender({ id: self.id }, self)).toBe('foreign'); // no tab, no extension URL
    expect(classifySender({ id: self.id, url: 'chrome-extension://otherid/popup.html' }, self)).toBe('foreign');
  });
  it('does not mistake a web page that imitates our URL for an extension page', () => {
    expect(classifySender({ id: self.id, url: `https://evil.example/${self.baseUrl}`, tab: {} }, self)).toBe('content-script');
  });
});

describe('parseRequest', () => {
  it('accepts a well-formed analyze request', () => {
    expect(parseRequest({ type: 'analyze', text: 'hi', site: 'x', surface: 'post' })).toEqual({ type: 'analyze', text: 'hi', site: 'x', surface: 'post' });
  });
  it('repairs unknown site and surface instead of refusing', () => {
    expect(parseRequest({ type: 'analyze', text: 'hi', site: 'myspace', surface: 42 })).toMatchObject({ site: 'other', surface: 'other' });
  });
  it('refuses malformed payloads with a reason', () => {
    expect(parseRequest(null)).toHaveProperty('error');
    expect(parseRequest({ type: 'analyze', text: 5 })).toHaveProperty('error');
    expect(parseRequest({ type: 'drop-tables' })).toHaveProperty('error');
    expect(parseRequest('analyze')).toHaveProperty('error');
  });
});
