/**
 * The one site list. Adding a site is one file in this folder (selectors, surfaces, submit
 * controls, verified date) registered below, plus its fixture page; the site ids, the policy's
 * per-site switches, their labels and the content script's host matches all derive from it.
 */
import facebook from './facebook';
import instagram from './instagram';
import linkedin from './linkedin';
import x from './x';

export { GENERIC_SURFACE } from './generic';
export { SURFACES, type Surface, type SiteAdapter, type SurfaceAdapter } from './types';

/** Every supported site, in the order the settings list them. */
export const ADAPTERS = [facebook, x, linkedin, instagram] as const;

/** A site Second Look has an adapter (and a policy switch) for. */
export type SupportedSite = (typeof ADAPTERS)[number]['site'];
/** A site id as the analyzer and the decision log see it: a supported site, or `other`. */
export type Site = SupportedSite | 'other';

export const SUPPORTED_SITES: readonly SupportedSite[] = ADAPTERS.map((a) => a.site);
export const SITES: readonly Site[] = [...SUPPORTED_SITES, 'other'];

export const SITE_LABELS = Object.fromEntries(ADAPTERS.map((a) => [a.site, a.label])) as Record<SupportedSite, string>;

/** Match patterns for the content script: each host and its subdomains, over HTTPS. */
export const CONTENT_MATCHES: readonly string[] = ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://*.${h}/*`));

/** The adapter for a host name, matching subdomains ("www.facebook.com" → facebook). */
export function adapterForHost(host: string): (typeof ADAPTERS)[number] | undefined {
  const h = host.toLowerCase();
  return ADAPTERS.find((a) => a.hosts.some((d) => h === d || h.endsWith(`.${d}`)));
}

export function siteForHost(host: string): Site {
  return adapterForHost(host)?.site ?? 'other';
}

export function isSupportedSite(value: unknown): value is SupportedSite {
  return (SUPPORTED_SITES as readonly unknown[]).includes(value);
}
