/**
 * Applying a site file's selectors to the page: which surface an editor is, where its
 * composer's container is, and whether a click landed on its submit control. Selectors a
 * browser cannot parse are skipped, never thrown into the page.
 */
import type { SiteAdapter, SurfaceAdapter } from '../sites';

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector this browser cannot parse must not break the page
  }
}

function closest(el: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** The first surface of the adapter whose editor selector, path and container fit the element. */
export function surfaceFor(adapter: SiteAdapter | undefined, editor: Element, path = editor.ownerDocument.location?.pathname ?? '/'): SurfaceAdapter | undefined {
  return adapter?.surfaces.find((s) => {
    if (!matches(editor, s.editor)) return false;
    if (s.path && !new RegExp(s.path).test(path)) return false;
    if (s.containerHas) {
      const container = closest(editor, s.container);
      if (!container?.querySelector(s.containerHas)) return false;
    }
    return true;
  });
}

/** The composer's container: where its submit control lives. */
export function containerOf(surface: SurfaceAdapter, editor: Element): Element {
  return closest(editor, surface.container) ?? editor.ownerDocument.body;
}

function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '').trim();
}

/** True when `target` is (inside) one of the surface's submit controls for this editor. */
export function isSubmitControl(surface: SurfaceAdapter, editor: Element, target: Element): boolean {
  const container = containerOf(surface, editor);
  for (const selector of surface.submit) {
    const control = closest(target, selector);
    if (!control || !container.contains(control) || control.contains(editor)) continue;
    if (surface.submitText) {
      const label = labelOf(control).toLowerCase();
      if (!surface.submitText.some((t) => t.toLowerCase() === label)) continue;
    }
    return true;
  }
  return false;
}
