/**
 * The privacy policy inside the extension and the one for the store listing say the same things,
 * and the page says them in Spanish too (issue 15).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog';

describe('privacy policy', () => {
  const page = fs.readFileSync('entrypoints/privacy/Privacy.tsx', 'utf8');
  const keys = [...page.matchAll(/\bt\('(priv_\w+)'\)/g)].map((m) => m[1]!);

  it('has the same sections in entrypoints/privacy and docs/store/privacy-policy.md', () => {
    const en = catalog('en');
    const doc = fs.readFileSync('docs/store/privacy-policy.md', 'utf8');
    const pageSections = [...page.matchAll(/<h2>\{t\('(priv_\w+)'\)\}<\/h2>/g)].map((m) => en[m[1]!]);
    const docSections = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(pageSections.length).toBeGreaterThan(4);
    expect(docSections).toEqual(pageSections);
  });

  it('says what the store copy says, sentence for sentence, in English', () => {
    const en = catalog('en');
    const plain = (s: string) => s.replace(/\s+/g, ' ').replace(/[“”]/g, '"');
    const doc = plain(fs.readFileSync('docs/store/privacy-policy.md', 'utf8'));
    for (const key of keys.filter((k) => !/Title$/.test(k))) expect(doc, key).toContain(plain(en[key]!).replace(/^: /, ''));
  });

  it('has every message in Spanish', () => {
    const en = catalog('en');
    const es = catalog('es');
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(es[key], key).not.toBe(en[key]);
  });
});
