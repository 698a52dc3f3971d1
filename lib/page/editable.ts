/** Finding the editor a user is typing in, and which engine runs it (Harper's editorUtils idea). */

export type Engine = 'draft' | 'lexical' | 'quill' | 'slate' | 'prosemirror' | 'textarea' | 'input' | 'contenteditable';

export type FormField = HTMLTextAreaElement | HTMLInputElement;

export interface Editable {
  element: HTMLElement;
  engine: Engine;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** Site-settable opt-out, like Grammarly's data-gramm="false". */
export const OPT_OUT_SELECTOR = '[data-second-look="false"], [data-second-look="off"]';

export function isFormField(el: Element): el is FormField {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** The editor for a focus/input event target, or null when it is not something we check. */
export function findEditable(target: EventTarget | null): Editable | null {
  if (!(target instanceof Element)) return null;
  const el = target as HTMLElement;
  if (el.closest(OPT_OUT_SELECTOR)) return null;
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    return ta.disabled || ta.readOnly ? null : { element: ta, engine: 'textarea' };
  }
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    // Search boxes and comboboxes are not posts.
    if (!TEXT_INPUT_TYPES.has(input.type) || input.getAttribute('role') === 'combobox' || input.type === 'search') return null;
    return input.disabled || input.readOnly ? null : { element: input, engine: 'input' };
  }
  if (!el.isContentEditable) return null;
  // The outermost editable element is the editor root.
  let root: HTMLElement = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  if (root.getAttribute('role') === 'combobox') return null;
  return { element: root, engine: engineOf(root) };
}

export function engineOf(root: Element): Engine {
  if (root.matches('[data-lexical-editor="true"]')) return 'lexical';
  if (root.matches('.public-DraftEditor-content, [data-contents]') || root.querySelector('[data-contents="true"]')) return 'draft';
  if (root.matches('.ql-editor')) return 'quill';
  if (root.matches('[data-slate-editor]')) return 'slate';
  if (root.matches('.ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}
