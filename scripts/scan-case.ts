import { analyze, type AnalysisContext, type Finding, SITES, SURFACES, type Site, type Surface } from '../lib/analyzer';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../lib/policy/defaults';

function contextOf(platform: unknown, surface: unknown): AnalysisContext {
  return {
    platform: (SITES as readonly string[]).includes(platform as string) ? (platform as Site) : undefined,
    surface: (SURFACES as readonly string[]).includes(surface as string) ? (surface as Surface) : undefined,
  };
}

/** One case as `npm run scan` and `npm run eval` see it: the default policy, the case's context. */
export function scanCase(text: string, platform?: unknown, surface?: unknown): Finding[] {
  return analyze(text, contextOf(platform, surface), DEFAULT_ANALYZER_POLICY_FULL);
}
