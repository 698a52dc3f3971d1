// Writes public/managed_schema.json from the policy fields (lib/policy/schema.ts).
// `npm run policy:schema`; tests/unit/policy-schema.test.ts fails when the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { managedSchemaText } from '../lib/policy/managed-schema';

const file = path.resolve(process.cwd(), 'public/managed_schema.json');
fs.writeFileSync(file, managedSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
