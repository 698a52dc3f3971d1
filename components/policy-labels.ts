/** Words for the policy controls, shared by the popup and the options page. */
import type { Family } from '../lib/analyzer/types';
import type { Sensitivity } from '../lib/policy/schema';

export { SITE_LABELS } from '../lib/sites';

/** The levels' words: one set for the card, popup, options and the admin guide. */
export { LEVEL_LABELS as ACTION_LABELS } from '../lib/analyzer/labels';

export const SENSITIVITY_LABELS: Record<Sensitivity, { label: string; hint: string }> = {
  low: { label: 'Low', hint: 'Only clear problems' },
  balanced: { label: 'Balanced', hint: 'Recommended' },
  high: { label: 'High', hint: 'Also likely problems' },
};

export const FAMILY_LABELS: Record<Family, string> = {
  phi: 'Patient information',
  misinfo: 'Health misinformation',
  prof: 'Professionalism',
};

export const LOCKED_TEXT = 'Managed by your organization';
export const LOCKED_HINT = 'Your organization set this in its browser policy, so it cannot be changed here.';
