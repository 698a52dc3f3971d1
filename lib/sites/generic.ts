import type { SurfaceAdapter } from './types';

/**
 * Generic (limited) mode: when no adapter knows an editor — a site redesign, a new feature —
 * the text is still checked, and a button labelled like a submit (in the languages the adapters
 * list) inside the editor's nearest form, dialog or section is still held by policy.
 */
export const GENERIC_SURFACE: SurfaceAdapter = {
  surface: 'other',
  name: 'Generic text box',
  editor: 'textarea, input, [contenteditable="true"], [contenteditable=""]',
  container: 'form, [role="dialog"], article, section, [role="main"], main',
  submit: ['button', '[role="button"]', 'input[type="submit"]'],
  submitText: [
    'Post', 'Reply', 'Send', 'Share', 'Comment', 'Publish', 'Tweet', 'Post all', 'Submit',
    'Publicar', 'Responder', 'Enviar', 'Compartir', 'Comentar',
    'Publier', 'Répondre', 'Envoyer', 'Partager', 'Commenter',
    'Posten', 'Antworten', 'Senden', 'Teilen', 'Kommentieren', 'Absenden',
    'Pubblica', 'Rispondi', 'Invia', 'Condividi', 'Compartilhar',
  ],
  keys: { enter: false, modEnter: true },
  verified: '2026-11-22',
};
