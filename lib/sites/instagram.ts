import { defineSite } from './types';

/**
 * Instagram: Lexical caption and DMs (DMs set spellcheck="false" — still checked, see Harper
 * 82b1dac41), textarea comments. Sources: compose-hooking.md §1.4.
 */
export default defineSite({
  site: 'instagram',
  label: 'Instagram',
  hosts: ['instagram.com'],
  surfaces: [
    {
      surface: 'message',
      name: 'Instagram message',
      editor: '[role="textbox"][contenteditable="true"][aria-label="Message"], [role="textbox"][contenteditable="true"][aria-label^="Message"]',
      container: '[role="main"], main',
      path: '^/direct/',
      submit: ['[role="button"][aria-label="Send"]', 'div[role="button"]:has(> svg[aria-label="Send"])'],
      keys: { enter: true, modEnter: false },
      verified: '2026-04-30',
    },
    {
      surface: 'caption',
      name: 'Instagram caption',
      editor: '[contenteditable="true"][aria-label^="Write a caption"]',
      container: '[role="dialog"]',
      submit: ['[role="dialog"] div[role="button"]', '[role="dialog"] button'],
      submitText: ['Share', 'Compartilhar', 'Compartir', 'Partager', 'Teilen', 'Condividi', 'Delen'],
      keys: { enter: false, modEnter: false },
      verified: '2026-05-01',
    },
    {
      surface: 'comment',
      name: 'Instagram comment',
      editor: 'textarea[aria-label^="Add a comment"]',
      container: 'form',
      submit: ['button[type="submit"]', 'div[role="button"]'],
      submitText: ['Post', 'Publicar', 'Publier', 'Posten', 'Pubblica', 'Plaatsen'],
      keys: { enter: true, modEnter: false },
      verified: '2026-05-01',
    },
  ],
});
