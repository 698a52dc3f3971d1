/**
 * What the organization set, in the user's words, for the welcome page: one line per locked
 * setting ("Social Security number: Block posting", "Facility names: 2 entries"). Pure: reads
 * the PolicyState the background sends. List contents are not repeated (an allow-list can hold
 * names); the count is enough to know the organization decided it.
 */
import { count, plural, t } from '../lib/i18n';
import { isCategory } from '../lib/analyzer/types';
import { FIELD_BY_KEY, getAt, type Policy } from '../lib/policy/schema';
import { ACTION_LABELS, fieldLabel, PRECISION_LABELS, SENSITIVITY_LABELS } from './policy-labels';

export interface ManagedLine {
  key: string;
  label: string;
  value: string;
}

/** One line per locked key, in the order the keys are locked (the schema's order). */
export function managedSummary(effective: Policy, locked: readonly string[]): ManagedLine[] {
  return locked.flatMap((key): ManagedLine[] => {
    const field = FIELD_BY_KEY.get(key);
    if (!field) return [];
    const value = getAt(effective, field.path);
    const [top, sub] = field.path;
    const label = fieldLabel(key);
    if (top === 'actions' && sub && isCategory(sub)) return [{ key, label, value: ACTION_LABELS[value as keyof typeof ACTION_LABELS] ?? String(value) }];
    if (top === 'sites' && sub) return [{ key, label, value: value ? t('ms_on') : t('ms_off') }];
    if (top === 'sensitivity') return [{ key, label, value: SENSITIVITY_LABELS[value as keyof typeof SENSITIVITY_LABELS]?.label ?? String(value) }];
    if (Array.isArray(value)) return [{ key, label, value: plural(value.length, 'ms_entries_one', 'ms_entries_other') }];
    if (typeof value === 'boolean') return [{ key, label, value: value ? t('ms_on') : t('ms_off') }];
    if (key === 'decisionLog.timePrecision') return [{ key, label, value: PRECISION_LABELS[value as keyof typeof PRECISION_LABELS] ?? String(value) }];
    return [{ key, label, value: typeof value === 'number' ? count(value) : String(value) }];
  });
}
