import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY } from '../../../../lib/analyzer';
import knownMyth, { MYTHS } from '../../../../lib/analyzer/misinfo/known-myth';
import { MYTHS_DIR, mythsIndexText } from '../../../../scripts/myths-index';

/** The myth knowledge base (lib/analyzer/misinfo/myths/, one file per myth): shape, sources and examples. */
const warnings = (text: string) =>
  analyze(text, {}, DEFAULT_ANALYZER_POLICY, [knownMyth]).filter((f) => f.action !== 'inform');

describe('myth files', () => {
  const files = fs.readdirSync(MYTHS_DIR).filter((f) => f.endsWith('.json'));
  it('are each named by their id', () => {
    for (const f of files) expect(JSON.parse(fs.readFileSync(path.join(MYTHS_DIR, f), 'utf8')).id).toBe(f.replace(/\.json$/, ''));
  });
  it('are formatted one way (2-space JSON, trailing newline), so diffs stay small', () => {
    for (const f of files) {
      const text = fs.readFileSync(path.join(MYTHS_DIR, f), 'utf8');
      expect(text, f).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });
  it('are all listed in myths/index.ts (run `npm run myths:index` after adding one)', () => {
    expect(fs.readFileSync(path.join(MYTHS_DIR, 'index.ts'), 'utf8')).toBe(mythsIndexText());
    expect(MYTHS.map((m) => m.id)).toEqual([...MYTHS.map((m) => m.id)].sort());
    expect(MYTHS).toHaveLength(files.length);
  });
});

describe('myth knowledge base', () => {
  it('has at least 60 entries with unique, kebab-case ids', () => {
    expect(MYTHS.length).toBeGreaterThanOrEqual(60);
    const ids = MYTHS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const myth of MYTHS) {
    describe(myth.id, () => {
      it('has a claim, topic, severity, patterns and a one-sentence correction', () => {
        expect(myth.claim.length).toBeGreaterThan(10);
        expect(myth.topic.length).toBeGreaterThan(0);
        expect(['critical', 'high', 'medium']).toContain(myth.severity);
        expect(myth.patterns.length).toBeGreaterThan(0);
        for (const pattern of myth.patterns) {
          const groups = Array.isArray(pattern) ? pattern : pattern.groups;
          expect(groups.length).toBeGreaterThan(0);
          for (const group of groups) expect(group.length).toBeGreaterThan(0);
        }
        expect(myth.correction.length).toBeGreaterThan(20);
        expect(myth.correction.trim()).toMatch(/[.!]$/);
      });

      it('cites at least one source with organization, title, https URL and date checked', () => {
        expect(myth.sources.length).toBeGreaterThan(0);
        for (const s of myth.sources) {
          expect(s.organization.length).toBeGreaterThan(1);
          expect(s.title.length).toBeGreaterThan(3);
          expect(s.url).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
          expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      });

      it(`flags its own example: ${myth.examples.flag}`, () => {
        const found = warnings(myth.examples.flag);
        const own = found.find((f) => f.ruleId === `misinfo.myth.${myth.id}`);
        expect(own, `found ${found.map((f) => f.ruleId).join(', ') || 'nothing'}`).toBeDefined();
        expect(own?.message).toBe(myth.correction);
        expect(own?.fix).toEqual({ kind: 'add-source', link: myth.sources[0]?.url });
      });

      it(`passes its own debunking example: ${myth.examples.pass}`, () => {
        const found = warnings(myth.examples.pass);
        expect(found.map((f) => `${f.ruleId}: ${myth.examples.pass.slice(f.start, f.end)}`)).toEqual([]);
      });

      // Issue 15: the myth as it is said in Spanish, with its Spanish correction and source.
      const es = myth.es;
      if (es) {
        it('has Spanish patterns, a one-sentence Spanish correction and sources marked with how they were checked', () => {
          expect(es.patterns.length).toBeGreaterThan(0);
          for (const pattern of es.patterns) {
            const groups = Array.isArray(pattern) ? pattern : pattern.groups;
            expect(groups.length).toBeGreaterThan(0);
            for (const group of groups) expect(group.length).toBeGreaterThan(0);
          }
          expect(es.correction?.trim()).toMatch(/^.{20,}[.!]$/u);
          for (const s of es.sources ?? []) {
            expect(s.url).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
            expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            // Written offline: a URL not seen in stored files says so, for the release link-check.
            expect(s.verified).toMatch(/^(?:v1|v2\+|unverified-offline)$/);
          }
        });

        it(`flags its Spanish example: ${es.examples.flag}`, () => {
          const found = warnings(es.examples.flag);
          const own = found.find((f) => f.ruleId === `misinfo.myth.${myth.id}`);
          expect(own, `found ${found.map((f) => f.ruleId).join(', ') || 'nothing'}`).toBeDefined();
          expect(own?.message).toBe(es.correction ?? myth.correction);
          expect(own?.fix).toEqual({ kind: 'add-source', link: (es.sources?.[0] ?? myth.sources[0])?.url });
        });

        it(`passes its Spanish debunking example: ${es.examples.pass}`, () => {
          const found = warnings(es.examples.pass);
          expect(found.map((f) => `${f.ruleId}: ${es.examples.pass.slice(f.start, f.end)}`)).toEqual([]);
        });
      }
    });
  }
});
