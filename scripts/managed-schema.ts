// Writes public/managed_schema.json from the policy fields (lib/policy/schema.ts) and the example
// policies in docs/policies from the same schema (scripts/policy-examples.ts).
// `npm run policy:schema`; tests/unit/policy/docs.test.ts fails when either is stale.
// With `--out DIR --chrome-id ID --update-url URL` it writes only the examples, for that
// extension id and update URL (`npm run package` uses this for the organization's own files).
import fs from 'node:fs';
import path from 'node:path';
import { managedSchemaText } from '../lib/policy/managed-schema';
import { EXAMPLE_TARGET, policyExampleFiles } from './policy-examples';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const out = flag('out');
if (out) {
  const target = { ...EXAMPLE_TARGET, chromeId: flag('chrome-id') ?? EXAMPLE_TARGET.chromeId, updateUrl: flag('update-url') ?? EXAMPLE_TARGET.updateUrl };
  fs.mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(policyExampleFiles(target))) fs.writeFileSync(path.join(out, name), text);
  console.log(`wrote ${Object.keys(policyExampleFiles(target)).length} policy files for ${target.chromeId} in ${path.relative(process.cwd(), out)}`);
} else {
  const file = path.resolve(process.cwd(), 'public/managed_schema.json');
  fs.writeFileSync(file, managedSchemaText());
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  const docs = path.resolve(process.cwd(), 'docs/policies');
  for (const [name, text] of Object.entries(policyExampleFiles())) fs.writeFileSync(path.join(docs, name), text);
  console.log(`wrote ${Object.keys(policyExampleFiles()).length} example policies in ${path.relative(process.cwd(), docs)}`);
}
