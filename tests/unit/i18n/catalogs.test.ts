/** The English and Spanish interfaces say the same things: same messages, same placeholders. */
import { describe, expect, it } from 'vitest';
import { catalog, LANGS, translator } from './catalog';

const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',');

describe('interface catalogs', () => {
  const en = catalog('en');
  const es = catalog('es');

  it('have the same message names in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) expect(placeholders(es[key] ?? ''), key).toBe(placeholders(en[key]!));
  });

  it('have no empty message and only names the browser accepts', () => {
    for (const [key, message] of [...Object.entries(en), ...Object.entries(es)]) {
      expect(key).toMatch(/^\w+$/);
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('fit the Chrome Web Store’s limits for the manifest: a name of at most 75 characters, a description of at most 132', () => {
    for (const lang of LANGS) {
      const messages = catalog(lang);
      // Characters as people count them (code points): "’" and "—" are one each.
      expect([...messages.extName!].length, `${lang} extName`).toBeLessThanOrEqual(75);
      expect([...messages.extDescription!].length, `${lang} extDescription`).toBeLessThanOrEqual(132);
      expect(messages.extDescription!.length, lang).toBeGreaterThan(40);
    }
  });

  it('substitute like browser.i18n.getMessage', () => {
    expect(translator('en')('extName')).toBe('Second Look');
  });
});

describe('English interface words', () => {
  it('name categories and levels exactly as the analyzer does (the scan CLI and the audit CSV use those)', async () => {
    const { CATEGORY_LABELS, LEVEL_LABELS } = await import('../../../lib/analyzer/labels');
    const { categoryLabel, levelLabel } = await import('../../../lib/i18n');
    for (const [c, label] of Object.entries(CATEGORY_LABELS)) expect(categoryLabel(c)).toBe(label);
    for (const [l, label] of Object.entries(LEVEL_LABELS)) expect(levelLabel(l)).toBe(label);
  });
});

describe('language names for the "language not checked" notice', () => {
  it('cover every language the analyzer names', async () => {
    const fs = await import('node:fs');
    const source = fs.readFileSync('lib/analyzer/text/language.ts', 'utf8');
    const table = source.slice(source.indexOf('const OTHER_LANGUAGES'), source.indexOf('};', source.indexOf('const OTHER_LANGUAGES')));
    const names = [...table.matchAll(/\w{3}: '([^']+)'/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(30);
    const { languageName, setTranslator } = await import('../../../lib/i18n');
    setTranslator(translator('es'));
    try {
      for (const name of [...names, 'another language']) expect(languageName(name), name).not.toBe(name);
    } finally {
      setTranslator(translator('en'));
    }
  });
});

describe('surface names for the card footer', () => {
  it('cover every surface a site file names', async () => {
    const fs = await import('node:fs');
    const names = fs.readdirSync('lib/sites').filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...fs.readFileSync(`lib/sites/${f}`, 'utf8').matchAll(/^ *name: '([^'\n]+)',$/gm)].map((m) => m[1]!));
    expect(names).toContain('Facebook post');
    const { setTranslator, surfaceName } = await import('../../../lib/i18n');
    setTranslator(translator('es'));
    try {
      for (const name of names.filter((n) => n !== 'Messenger')) expect(surfaceName(name), name).not.toBe(name);
      expect(surfaceName('Facebook post')).toBe('publicación de Facebook');
    } finally {
      setTranslator(translator('en'));
    }
    for (const name of names) expect(surfaceName(name)).toBe(name);
  });
});

describe('messages named in the code', () => {
  /** The source of every context that shows words: lib, components, entrypoints and the manifest's config. */
  async function sources(): Promise<{ file: string; text: string }[]> {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const out: { file: string; text: string }[] = [{ file: 'wxt.config.ts', text: fs.readFileSync('wxt.config.ts', 'utf8') }];
    const walk = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f.name)) out.push({ file: p, text: fs.readFileSync(p, 'utf8') });
      }
    };
    for (const dir of ['lib', 'components', 'entrypoints']) walk(dir);
    return out;
  }

  it('are in both catalogs: every quoted name of a message family (aud_…, prob_…, card_…) the code writes', async () => {
    const en = catalog('en');
    const es = catalog('es');
    const families = new Set(Object.keys(en).map((k) => k.split('_')[0]!).filter((p) => Object.keys(en).filter((k) => k.startsWith(`${p}_`)).length > 1));
    expect([...families]).toEqual(expect.arrayContaining(['aud', 'prob', 'card', 'opt', 'popup', 'wel', 'priv', 'ref']));
    const named: string[] = [];
    for (const { file, text } of await sources()) {
      for (const m of text.matchAll(/['`]([a-z]+)_(\w+)['`]/g)) {
        if (families.has(m[1]!)) named.push(`${m[1]}_${m[2]} (${file})`);
      }
    }
    expect(named.length).toBeGreaterThan(300);
    for (const n of named) {
      const key = n.split(' ')[0]!;
      expect(en[key], n).toBeDefined();
      expect(es[key], n).toBeDefined();
    }
  });

  it('are all used: each message is named in the code, or is a category, level, language or surface name looked up by its English name', async () => {
    const all = (await sources()).map((s) => s.text).join('\n');
    const looked = ['cat_', 'level_', 'langName_', 'surface_'];
    const unused = Object.keys(catalog('en')).filter((k) => !looked.some((p) => k.startsWith(p)) && !all.includes(`'${k}'`) && !all.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });
});
