import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analyzer';
import { RULES } from '../../../lib/analyzer/rules';

const root = path.resolve(process.cwd(), 'lib/analyzer');
const FAMILIES = ['phi', 'misinfo', 'prof'] as const;
const NOT_RULES = new Set(['index.ts']);

/** Rule files: lib/analyzer/<family>/<name>.ts that default-export defineRule(...). */
function ruleFiles(): string[] {
  return FAMILIES.flatMap((family) =>
    fs
      .readdirSync(path.join(root, family))
      .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
      .filter((f) => /export default defineRule\(/.test(fs.readFileSync(path.join(root, family, f), 'utf8')))
      .map((f) => `${family}.${f.replace(/\.ts$/, '')}`),
  );
}

describe('rule registry', () => {
  it('registers every rule file, and nothing else', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles().sort());
  });
  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('lists each family alphabetically', () => {
    for (const family of FAMILIES) {
      const ids = RULES.filter((r) => r.id.startsWith(`${family}.`)).map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
    }
  });
  for (const rule of RULES) {
    it(`${rule.id}: valid category, message, and both kinds of examples`, () => {
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.category.split('.')[0]).toBe(rule.id.split('.')[0]);
      expect(rule.message.length).toBeGreaterThan(10);
      expect(rule.examples.flag.length).toBeGreaterThan(0);
      expect(rule.examples.pass.length).toBeGreaterThan(0);
    });
  }
});
