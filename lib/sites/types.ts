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
  /** Only when the container also holds this (e.g. the post being replied to). */
  containerHas?: string;
  /** Only on pages whose path matches this regular expression (source text). */
  path?: string;
  /** Submit control(s), searched inside `container` (or the document when absent). */
  submit: readonly string[];
  /** When set, a submit control must also read as one of these (localized) labels. */
  submitText?: readonly string[];
  /** Keyboard submits: plain Enter (comments, messages) and/or Ctrl/Cmd+Enter (X, LinkedIn). */
  keys: { enter: boolean; modEnter: boolean };
  /** Date (YYYY-MM-DD) the selectors were last checked against the live site or a fresh source. */
  verified: string;
}

export interface SiteAdapter {
  site: Site;
  /** Host names (and their subdomains) this adapter covers. */
  hosts: readonly string[];
  surfaces: readonly SurfaceAdapter[];
}
