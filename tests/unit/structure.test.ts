/** ARCHITECTURE.md stays true: every path it names exists, and every lib/ folder is on its map. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const doc = fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');

describe('ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const named = [...doc.matchAll(/`((?:lib|tests|scripts|public|components|entrypoints)\/[\w./-]*)`/g)].map((m) => m[1]!)
      .filter((p) => !p.includes('<'));
    expect(named.length).toBeGreaterThan(10);
    for (const p of named) expect(fs.existsSync(path.join(root, p)), p).toBe(true);
  });

  it('maps every folder of lib/', () => {
    const folders = fs.readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const f of folders) expect(doc, f).toMatch(new RegExp(`^  ${f}/`, 'm'));
  });

  it('keeps one site file per registered site', async () => {
    const { ADAPTERS } = await import('../../lib/sites');
    const files = fs.readdirSync(path.join(root, 'lib/sites')).filter((f) => !['index.ts', 'types.ts', 'generic.ts'].includes(f));
    expect(files.sort()).toEqual(ADAPTERS.map((a) => `${a.site}.ts`).sort());
  });
});
