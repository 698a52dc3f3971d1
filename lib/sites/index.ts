import type { Site } from '../analyzer/types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { SiteAdapter, SurfaceAdapter } from './types';
import { x } from './x';

export type { SiteAdapter, SurfaceAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [facebook, instagram, linkedin, x];

/** The adapter for a host name, matching subdomains ("www.facebook.com" → facebook). */
export function adapterForHost(host: string): SiteAdapter | undefined {
  const h = host.toLowerCase();
  return ADAPTERS.find((a) => a.hosts.some((d) => h === d || h.endsWith(`.${d}`)));
}

export function siteForHost(host: string): Site {
  return adapterForHost(host)?.site ?? 'other';
}

/** The surface whose editor selector the element matches, if any. */
export function surfaceFor(adapter: SiteAdapter | undefined, editor: Element): SurfaceAdapter | undefined {
  return adapter?.surfaces.find((s) => {
    try {
      return editor.matches(s.editor);
    } catch {
      return false;
    }
  });
}
