/**
 * The shape of a site file. lib/sites is the lowest layer: pure data, imported by the analyzer
 * (site and surface ids), the policy (one switch per site), the page side (selectors) and the
 * content script's manifest entry (hosts).
 */

/** Where on a site the draft is written. */
export const SURFACES = ['post', 'comment', 'reply', 'message', 'caption', 'review-reply', 'other'] as const;
export type Surface = (typeof SURFACES)[number];

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

export interface SiteAdapter<Id extends string = string> {
  /** The site's id: policy key, decision-log value, `platform` in the analyzer's context. */
  site: Id;
  /** The site's name as users know it. */
  label: string;
  /** Host names (and their subdomains) this adapter covers. */
  hosts: readonly string[];
  surfaces: readonly SurfaceAdapter[];
}

/** Declares a site file, keeping its id as a literal type so the site list types itself. */
export function defineSite<const Id extends string>(site: SiteAdapter<Id>): SiteAdapter<Id> {
  return site;
}
