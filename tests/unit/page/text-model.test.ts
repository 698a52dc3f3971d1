// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '../../../lib/page/text-model';
import { mapThroughEdit } from '../../../lib/page/edit-map';
import type { Finding } from '../../../lib/analyzer';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('readEditable', () => {
  it('reads Lexical/Quill paragraphs as lines, with empty paragraphs as empty lines', () => {
    const el = editor('<p><span>one</span></p><p><br></p><p><span>two</span> <b>three</b></p>');
    expect(readEditable(el).text).toBe('one\n\ntwo three');
  });
  it('reads Draft.js nested blocks without doubling line breaks', () => {
    const block = (t: string) =>
      `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${t}</span></span></div></div>`;
    const empty = '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>';
    const el = editor(`<div data-contents="true">${block('first')}${empty}${block('second')}</div>`);
    expect(readEditable(el).text).toBe('first\n\nsecond');
  });
  it('counts a <br> inside a line as a line break', () => {
    expect(readEditable(editor('<p>a<br>b</p>')).text).toBe('a\nb');
  });
  it('maps offsets back to exactly the characters, across nodes and lines', () => {
    const el = editor('<p><span>SSN 219-</span><span>09-9999</span></p><p>next line</p>');
    const model = readEditable(el);
    const start = model.text.indexOf('219');
    const range = rangeFor(model, start, start + 11, document)!;
    expect(range.toString()).toBe('219-09-9999');
    const n = model.text.indexOf('next');
    expect(rangeFor(model, n, n + 4, document)!.toString()).toBe('next');
  });
  it('handles emoji (surrogate pairs) as two UTF-16 units, like the analyzer', () => {
    const el = editor('<p>🩺 SSN 219-09-9999</p>');
    const model = readEditable(el);
    const start = model.text.indexOf('219');
    expect(start).toBe(7);
    expect(rangeFor(model, start, start + 11, document)!.toString()).toBe('219-09-9999');
  });
  it('returns an empty model for an empty editor', () => {
    const model = readEditable(editor('<p><br></p>'));
    expect(model.text).toBe('');
    expect(rangeFor(model, 0, 0, document)).toBeNull();
  });
});

describe('mapThroughEdit', () => {
  const f = (start: number, end: number): Finding => ({ ruleId: 'phi.ssn', category: 'phi.ssn', start, end, confidence: 1, action: 'warn', message: '' });
  it('shifts findings after an insertion and keeps those before it', () => {
    const before = 'abc SSN 219-09-9999';
    const after = 'abc!! SSN 219-09-9999';
    const mapped = mapThroughEdit([f(0, 3), f(8, 19)], before, after);
    expect(mapped.map((m) => after.slice(m.start, m.end))).toEqual(['abc', '219-09-9999']);
  });
  it('drops findings the edit touched', () => {
    expect(mapThroughEdit([f(8, 19)], 'abc SSN 219-09-9999', 'abc SSN 219-0X-9999')).toEqual([]);
  });
});
