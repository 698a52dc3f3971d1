/**
 * The layering in eslint.config.js is a promise a reviewer should not have to remember: this
 * lints small files that break each rule, placed where they would live in the tree (ESLint's
 * `lintText` with a file path applies that folder's rules), and expects the error; then checks
 * the real tree is clean of layer errors.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const FORBIDDEN: { why: string; file: string; code: string; rule: string }[] = [
  { why: 'page side opens Dexie by path', file: 'lib/page/bad.ts', code: "import { SecondLookDB } from '../browser/db';\nexport const x = SecondLookDB;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'page side imports extension UI', file: 'lib/page/bad.ts', code: "import { ActionSelect } from '../../components/PolicyControls';\nexport const x = ActionSelect;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'page side imports wxt/browser', file: 'lib/page/bad.ts', code: "import { browser } from 'wxt/browser';\nexport const x = browser;\n", rule: 'no-restricted-imports' },
  { why: 'analyzer imports the policy layer', file: 'lib/analyzer/bad.ts', code: "import { DEFAULT_POLICY } from '../policy/defaults';\nexport const x = DEFAULT_POLICY;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'analyzer imports the page side', file: 'lib/analyzer/phi/bad.ts', code: "import { Controller } from '../../page/controller';\nexport const x = Controller;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'analyzer uses the DOM', file: 'lib/analyzer/bad.ts', code: 'export const x = document.title;\n', rule: 'no-restricted-globals' },
  { why: 'a rule imports compromise', file: 'lib/analyzer/phi/bad.ts', code: "import nlp from 'compromise';\nexport const x = nlp;\n", rule: 'no-restricted-imports' },
  { why: "a rule imports compromise's tagger build", file: 'lib/analyzer/phi/bad.ts', code: "import nlp from 'compromise/two';\nexport const x = nlp;\n", rule: 'no-restricted-imports' },
  { why: 'one rule family imports another', file: 'lib/analyzer/prof/bad.ts', code: "import { hasSource } from '../misinfo/sources';\nexport const x = hasSource;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'the text toolkit imports a rule family', file: 'lib/analyzer/text/bad.ts', code: "import { phiRules } from '../phi';\nexport const x = phiRules;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'policy imports the protocol', file: 'lib/policy/bad.ts', code: "import { parseRequest } from '../protocol';\nexport const x = parseRequest;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'protocol imports the browser glue', file: 'lib/protocol/bad.ts', code: "import { send } from '../browser/client';\nexport const x = send;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'audit readers import the protocol (siblings)', file: 'lib/audit/bad.ts', code: "import { parseRequest } from '../protocol';\nexport const x = parseRequest;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'audit readers import the browser glue', file: 'lib/audit/readers/bad.ts', code: "import { send } from '../../browser/client';\nexport const x = send;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'audit readers use the DOM', file: 'lib/audit/bad.ts', code: 'export const x = document.title;\n', rule: 'no-restricted-globals' },
  { why: 'audit readers open Dexie', file: 'lib/audit/bad.ts', code: "import Dexie from 'dexie';\nexport const x = Dexie;\n", rule: 'no-restricted-imports' },
  { why: 'policy imports the audit readers', file: 'lib/policy/bad.ts', code: "import { readExport } from '../audit';\nexport const x = readExport;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'protocol imports the audit readers', file: 'lib/protocol/bad.ts', code: "import { readExport } from '../audit';\nexport const x = readExport;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'the analyzer imports the audit readers', file: 'lib/analyzer/bad.ts', code: "import { readExport } from '../audit';\nexport const x = readExport;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'sites import the analyzer', file: 'lib/sites/bad.ts', code: "import { CATEGORIES } from '../analyzer/types';\nexport const x = CATEGORIES;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'browser glue imports the page side', file: 'lib/browser/bad.ts', code: "import { Controller } from '../page/controller';\nexport const x = Controller;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'components import the browser glue', file: 'components/Bad.tsx', code: "import { send } from '../lib/browser/client';\nexport const x = send;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'components import the page side', file: 'components/Bad.tsx', code: "import { Controller } from '../lib/page/controller';\nexport const x = Controller;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'components use Dexie', file: 'components/Bad.tsx', code: "import Dexie from 'dexie';\nexport const x = Dexie;\n", rule: 'no-restricted-imports' },
  { why: 'the content script takes Dexie glue', file: 'entrypoints/content/bad.ts', code: "import { SecondLookDB } from '../../lib/browser/db';\nexport const x = SecondLookDB;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'an entrypoint calls wxt/browser itself', file: 'entrypoints/popup/bad.ts', code: "import { browser } from 'wxt/browser';\nexport const x = browser;\n", rule: 'no-restricted-imports' },
  { why: 'the card reads the browser\'s i18n itself', file: 'lib/page/card/bad.tsx', code: "import { i18n } from '#i18n';\nexport const x = i18n;\n", rule: 'no-restricted-imports' },
  { why: 'the interface\'s words import the analyzer', file: 'lib/i18n/bad.ts', code: "import { CATEGORIES } from '../analyzer/types';\nexport const x = CATEGORIES;\n", rule: 'import-x/no-restricted-paths' },
  { why: 'a regex with super-linear backtracking', file: 'lib/analyzer/bad.ts', code: 'export const x = /(a+)+b/;\n', rule: 'regexp/no-super-linear-backtracking' },
];

describe('lint catches each forbidden import', () => {
  it.each(FORBIDDEN)('$why ($file)', async ({ file, code, rule }) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it('allows what the layers allow', async () => {
    expect(await ruleIds('entrypoints/content/ok.ts', "import { contentRuntime } from '../../lib/browser/content-runtime';\nexport const x = contentRuntime;\n")).toEqual([]);
    expect(await ruleIds('lib/page/ok.ts', "import { parseTabMessage } from '../protocol';\nexport const x = parseTabMessage;\n")).toEqual([]);
    expect(await ruleIds('lib/analyzer/phi/ok.ts', "import { matchesOf } from '../text/terms';\nexport const x = matchesOf;\n")).toEqual([]);
    expect(await ruleIds('lib/audit/ok.ts', "import { analyze } from '../analyzer';\nimport { DEFAULT_POLICY } from '../policy/defaults';\nexport const x = [analyze, DEFAULT_POLICY];\n")).toEqual([]);
    expect(await ruleIds('lib/page/card/ok.ts', "import { t } from '../../i18n';\nexport const x = t;\n")).toEqual([]);
    expect(await ruleIds('entrypoints/audit/ok.ts', "import { readExport } from '../../lib/audit';\nexport const x = readExport;\n")).toEqual([]);
  });
});

describe('the tree', () => {
  it('has no layer, cycle or regex-safety errors', async () => {
    const results = await eslint.lintFiles(['lib', 'components', 'entrypoints']);
    const layerRules = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle', 'no-restricted-imports', 'no-restricted-globals', 'regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']);
    const errors = results.flatMap((r) => r.messages.filter((m) => layerRules.has(m.ruleId ?? '')).map((m) => `${r.filePath}: ${m.message}`));
    expect(errors).toEqual([]);
  }, 60_000);
});
