/**
 * The managed-storage JSON schema, generated from the policy's valibot schema (schema.ts) by
 * @valibot/to-json-schema. Chrome and Edge validate an organization's policy against
 * public/managed_schema.json and drop values that do not fit; `npm run policy:schema` rewrites
 * that file and tests/unit/policy/docs.test.ts fails when it drifts.
 *
 * Chrome reads a subset of JSON Schema (https://developer.chrome.com/docs/extensions/mv3/manifest/storage):
 * an object at the top without additionalProperties, and exactly one `type` (or `$ref`) per
 * node; it enforces type, properties, items, enum, minimum, maximum, pattern and required. So:
 * - Checks JSON Schema cannot say or Chrome would apply differently stay out (ignoreActions):
 *   `finite` and `trim` mean nothing in JSON; the linear-time pattern check is ours; and entry
 *   lengths and list sizes are left to our repair, which trims first and keeps the good
 *   entries and the first N, where a schema limit would drop the whole list.
 * - `required` is removed: a managed policy is sparse, it sets only the keys it locks, while
 *   the valibot schema describes a complete policy with every key present.
 * - `$schema` is removed; Chrome's format has no use for it.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { POLICY_SCHEMA } from './schema';

/** The node without `$schema` and `required`, recursively; keys keep their order. */
function chromeSubset(node: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === 'required') continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, p]) => [k, chromeSubset(p)]));
    else if (key === 'items') out[key] = chromeSubset(value as JsonSchema);
    else out[key] = value;
  }
  return out as JsonSchema;
}

/** The schema object written to public/managed_schema.json. */
export function managedSchema(): JsonSchema {
  return chromeSubset(toJsonSchema(POLICY_SCHEMA, { ignoreActions: ['finite', 'trim', 'raw_check', 'min_length', 'max_length'] }));
}

/** The file's exact text: two-space JSON and a final newline. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
