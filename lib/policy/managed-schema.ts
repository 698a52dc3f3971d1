/**
 * The managed-storage JSON schema, generated from the policy fields (schema.ts). Chrome and Edge
 * validate an organization's policy against public/managed_schema.json and drop values that do
 * not fit; `npm run policy:schema` rewrites that file and tests/unit/policy-schema.test.ts fails
 * when it drifts. Chrome accepts a subset of JSON Schema: type, properties, items, enum,
 * minimum, maximum, title, description; the top level may not have additionalProperties.
 */
import { FIELDS, type Field } from './schema';

type JsonSchema = Record<string, unknown>;

function leaf(f: Field): JsonSchema {
  const base = { title: f.title, description: f.description };
  switch (f.type.kind) {
    case 'enum':
      return { type: 'string', enum: [...f.type.values], ...base };
    case 'boolean':
      return { type: 'boolean', ...base };
    case 'integer':
      return { type: 'integer', minimum: f.type.min, maximum: f.type.max, ...base };
    case 'strings':
      return { type: 'array', items: { type: 'string' }, ...base };
  }
}

const GROUP_TITLES: Record<string, string> = {
  actions: 'Action per category',
  sites: 'Sites checked',
  allowList: 'Allow-list (never flagged)',
  denyList: 'Deny-list (always flagged)',
  decisionLog: 'Decision log (counts only, never text)',
};

/** The schema object written to public/managed_schema.json. */
export function managedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const f of FIELDS) {
    const [top, sub] = f.path as readonly [string, string?];
    if (sub === undefined) {
      properties[top] = leaf(f);
      continue;
    }
    const group = (properties[top] ??= { type: 'object', title: GROUP_TITLES[top] ?? top, properties: {} });
    (group.properties as Record<string, JsonSchema>)[sub] = leaf(f);
  }
  return { type: 'object', properties };
}

/** The file's exact text: two-space JSON and a final newline. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
