/**
 * public/managed_schema.json is generated from the policy fields and must not drift; it keeps to
 * what Chrome accepts; and every example policy in docs/policies (Linux JSON, Windows .reg,
 * macOS .mobileconfig, Firefox policies.json) parses and validates against it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchemaText } from '../../../lib/policy/managed-schema';
import { validatePatch } from '../../../lib/policy/schema';
import { EXAMPLE_POLICY, EXAMPLE_TARGET, policyExampleFiles } from '../../../scripts/policy-examples';

const root = process.cwd();
const SCHEMA_FILE = path.join(root, 'public/managed_schema.json');
const DOCS = path.join(root, 'docs/policies');
const GUIDE = path.join(root, 'docs/admin-guide.md');
const CHROME_ID = 'kbcnljnglgginepcpgcnjkmcclhokpkp';
const GECKO_ID = 'second-look@example.org';

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; minimum?: number; maximum?: number; $ref?: string; additionalProperties?: unknown };
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Schema;

/** Strict validation against the subset of JSON Schema the managed schema uses. */
function validate(s: Schema, v: unknown, at = '$'): string[] {
  switch (s.type) {
    case 'object': {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return [`${at}: expected an object`];
      return Object.entries(v).flatMap(([k, x]) => (s.properties?.[k] ? validate(s.properties[k]!, x, `${at}.${k}`) : [`${at}.${k}: not in the schema`]));
    }
    case 'array':
      return Array.isArray(v) ? v.flatMap((x, i) => validate(s.items!, x, `${at}[${i}]`)) : [`${at}: expected a list`];
    case 'string':
      if (typeof v !== 'string') return [`${at}: expected a string`];
      return s.enum && !s.enum.includes(v) ? [`${at}: ${v} not in ${s.enum.join('|')}`] : [];
    case 'integer':
      if (!Number.isInteger(v)) return [`${at}: expected an integer`];
      return (v as number) < (s.minimum ?? -Infinity) || (v as number) > (s.maximum ?? Infinity) ? [`${at}: out of range`] : [];
    case 'boolean':
      return typeof v === 'boolean' ? [] : [`${at}: expected true or false`];
    default:
      return [`${at}: schema has no type`];
  }
}

/** The schema node at a path of property names. */
function schemaAt(segments: readonly string[]): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const seg of segments) s = s?.properties?.[seg];
  return s;
}

// ---- Windows .reg files, converted the way Chrome reads the registry: guided by the schema ----

function unescapeReg(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Sections of a .reg file: key path → value name → string or dword number. */
function parseReg(text: string): Map<string, Map<string, string | number>> {
  const sections = new Map<string, Map<string, string | number>>();
  let current: Map<string, string | number> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    if (line.startsWith('[') && line.endsWith(']')) {
      current = new Map();
      sections.set(line.slice(1, -1), current);
      continue;
    }
    const m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!m || !current) throw new Error(`unreadable .reg line: ${line}`);
    const [, name = '', value = ''] = m;
    if (value.startsWith('dword:')) current.set(unescapeReg(name), parseInt(value.slice(6), 16));
    else if (value.startsWith('"') && value.endsWith('"')) current.set(unescapeReg(name), unescapeReg(value.slice(1, -1)));
    else throw new Error(`unsupported .reg value: ${line}`);
  }
  return sections;
}

function regValue(s: Schema | undefined, v: string | number): unknown {
  if (s?.type === 'boolean') return v === 1;
  if ((s?.type === 'object' || s?.type === 'array') && typeof v === 'string') return JSON.parse(v);
  return v;
}

/** The extension's policy from a .reg file: `…\3rdparty\extensions\<id>\policy` and its subkeys. */
function policyFromReg(text: string, vendorKey: string): { policy: Record<string, unknown>; extensionSettings: unknown } {
  const sections = parseReg(text);
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendorKey}`;
  const prefix = `${base}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
  const policy: Record<string, unknown> = {};
  for (const [key, values] of sections) {
    if (key !== prefix && !key.startsWith(`${prefix}\\`)) continue;
    const segments = key === prefix ? [] : key.slice(prefix.length + 1).split('\\');
    const s = schemaAt(segments);
    let target: Record<string, unknown> = policy;
    for (const seg of segments.slice(0, s?.type === 'array' ? -1 : undefined)) target = (target[seg] ??= {}) as Record<string, unknown>;
    if (s?.type === 'array') {
      target[segments.at(-1)!] = [...values.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    } else {
      for (const [name, v] of values) target[name] = regValue(s?.properties?.[name], v);
    }
  }
  const settings = sections.get(base)?.get('ExtensionSettings');
  return { policy, extensionSettings: typeof settings === 'string' ? JSON.parse(settings) : undefined };
}

// ---- macOS configuration profiles (XML property lists) ----

type Token = { open?: string; close?: string; empty?: string; text?: string };

function tokenize(xml: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const text = xml.slice(i, lt);
    if (text.trim()) out.push({ text });
    const gt = xml.indexOf('>', lt);
    const tag = xml.slice(lt + 1, gt).trim();
    i = gt + 1;
    if (tag.startsWith('?') || tag.startsWith('!')) continue;
    if (tag.startsWith('/')) out.push({ close: tag.slice(1) });
    else if (tag.endsWith('/')) out.push({ empty: tag.slice(0, -1).trim() });
    else out.push({ open: tag.split(/\s/)[0] });
  }
  return out;
}

function parsePlist(xml: string): unknown {
  const tokens = tokenize(xml);
  let pos = 0;
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const textUntil = (tag: string): string => {
    let s = '';
    while (tokens[pos]?.close !== tag) s += tokens[pos++]?.text ?? '';
    pos++;
    return decode(s);
  };
  const value = (): unknown => {
    const t = tokens[pos++]!;
    if (t.empty === 'true') return true;
    if (t.empty === 'false') return false;
    switch (t.open) {
      case 'plist': {
        const v = value();
        pos++;
        return v;
      }
      case 'string':
        return textUntil('string');
      case 'integer':
        return parseInt(textUntil('integer'), 10);
      case 'array': {
        const arr: unknown[] = [];
        while (tokens[pos]?.close !== 'array') arr.push(value());
        pos++;
        return arr;
      }
      case 'dict': {
        const obj: Record<string, unknown> = {};
        while (tokens[pos]?.close !== 'dict') {
          pos++; // <key>
          const k = textUntil('key');
          obj[k] = value();
        }
        pos++;
        return obj;
      }
      default:
        throw new Error(`unsupported plist token ${JSON.stringify(t)}`);
    }
  };
  return value();
}

function policyFromProfile(xml: string, vendorDomain: string) {
  const profile = parsePlist(xml) as { PayloadContent: Record<string, unknown>[] };
  const ext = profile.PayloadContent.find((p) => p.PayloadType === `${vendorDomain}.extensions.${CHROME_ID}`);
  const browser = profile.PayloadContent.find((p) => p.PayloadType === vendorDomain);
  const policy = Object.fromEntries(Object.entries(ext ?? {}).filter(([k]) => !k.startsWith('Payload')));
  return { policy, extensionSettings: browser?.ExtensionSettings };
}

// ---- the files ----

function examplePolicy(file: string): { policy: unknown; extensionSettings: unknown; id: string } {
  const text = fs.readFileSync(path.join(DOCS, file), 'utf8');
  if (file.startsWith('firefox')) {
    const p = JSON.parse(text).policies;
    return { policy: p['3rdparty'].Extensions[GECKO_ID], extensionSettings: p.ExtensionSettings, id: GECKO_ID };
  }
  if (file.endsWith('.json')) {
    const p = JSON.parse(text);
    return { policy: p['3rdparty'].extensions[CHROME_ID], extensionSettings: p.ExtensionSettings, id: CHROME_ID };
  }
  if (file.endsWith('.reg')) return { ...policyFromReg(text, file.includes('edge') ? 'Microsoft\\Edge' : 'Google\\Chrome'), id: CHROME_ID };
  if (file.endsWith('.mobileconfig')) return { ...policyFromProfile(text, file.includes('edge') ? 'com.microsoft.Edge' : 'com.google.Chrome'), id: CHROME_ID };
  throw new Error(`no reader for ${file}`);
}

describe('managed_schema.json', () => {
  it('matches the policy fields (run `npm run policy:schema` after changing lib/policy/schema.ts)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(managedSchemaText());
  });
  it('keeps to what Chrome accepts: an object at the top, no top-level additionalProperties, one type per node', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const walk = (s: Schema, at: string): void => {
      expect(Number(!!s.type) + Number(!!s.$ref), at).toBe(1);
      for (const [k, p] of Object.entries(s.properties ?? {})) walk(p, `${at}.${k}`);
      if (s.items) walk(s.items, `${at}[]`);
    };
    walk(schema, '$');
  });
});

describe('docs/policies examples', () => {
  const files = fs.readdirSync(DOCS).sort();
  const guide = fs.readFileSync(GUIDE, 'utf8');

  it('covers Linux, Windows (Chrome and Edge), macOS and Firefox', () => {
    expect(files).toEqual(expect.arrayContaining(['firefox-policies.json', 'linux-chrome.json', 'linux-chromium.json', 'macos-chrome.mobileconfig', 'windows-chrome.reg', 'windows-edge.reg']));
  });
  for (const file of files) {
    it(`${file} is in the admin guide, force-installs, and validates against managed_schema.json`, () => {
      expect(guide).toContain(`policies/${file}`);
      const { policy, extensionSettings, id } = examplePolicy(file);
      expect(Object.keys(policy as object).length).toBeGreaterThan(2);
      expect(validate(schema, policy)).toEqual([]);
      expect(validatePatch(policy).problems).toEqual([]);
      expect((extensionSettings as Record<string, { installation_mode?: string }>)[id]?.installation_mode).toBe('force_installed');
    });
  }
  it('are exactly what `npm run policy:schema` generates from the schema (no hand edits, no drift)', () => {
    const generated = policyExampleFiles();
    expect(files).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) expect(fs.readFileSync(path.join(DOCS, name), 'utf8'), name).toBe(text);
  });
  it('every format reads back, the way its browser reads it, to the one example policy', () => {
    for (const file of files) expect(examplePolicy(file).policy, file).toEqual(EXAMPLE_POLICY);
  });
  it('an organization\'s own id and update URL go everywhere the id is used', () => {
    const own = policyExampleFiles({ ...EXAMPLE_TARGET, chromeId: 'abcdefghijklmnopabcdefghijklmnop', updateUrl: 'https://intranet.example.net/sl/updates.xml' });
    for (const [name, text] of Object.entries(own)) {
      if (name.startsWith('firefox')) continue;
      expect(text, name).not.toContain(CHROME_ID);
      expect(text, name).toContain('abcdefghijklmnopabcdefghijklmnop');
      expect(text, name).toContain('https://intranet.example.net/sl/updates.xml');
    }
  });
  it('the validator catches mistakes (it is not a rubber stamp)', () => {
    expect(validate(schema, { sensitivity: 'max', actions: { 'phi.ssn': 'nuke' }, debounceMs: 1, extra: 1 })).toHaveLength(4);
  });
});
