import type { Site, Surface } from '../analyzer/types';

/** One compose surface of a site: how to recognise its editor and its submit control(s). */
export interface SurfaceAdapter {
  surface: Surface;
  /** Human name, shown in the card's footer and in tests. */
  name: string;
  /** Selector the focused editor element matches. */
  editor: string;
  /** Selector of the nearest container that holds both the editor and its submit control. */
  container?: string;
  /** Submit control(s), searched inside `container` (or the document when absent). */
  submit: readonly string[];
  /** Date (YYYY-MM-DD) the selectors were last checked against the live site or a fresh source. */
  verified: string;
}

export interface SiteAdapter {
  site: Site;
  /** Host names (and their subdomains) this adapter covers. */
  hosts: readonly string[];
  surfaces: readonly SurfaceAdapter[];
}
