/** The privacy policy inside the extension and the one for the store listing say the same things. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('privacy policy', () => {
  it('has the same sections in entrypoints/privacy and docs/store/privacy-policy.md', () => {
    const page = fs.readFileSync('entrypoints/privacy/Privacy.tsx', 'utf8');
    const doc = fs.readFileSync('docs/store/privacy-policy.md', 'utf8');
    const pageSections = [...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    const docSections = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(pageSections.length).toBeGreaterThan(4);
    expect(docSections).toEqual(pageSections);
  });
});
