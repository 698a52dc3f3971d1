import type { SiteAdapter } from './types';

/** Instagram (Lexical caption, textarea comments). §1.4 of compose-hooking.md. */
export const instagram: SiteAdapter = {
  site: 'instagram',
  hosts: ['instagram.com'],
  surfaces: [
    {
      surface: 'caption',
      name: 'Instagram caption',
      editor: '[contenteditable="true"][aria-label^="Write a caption"]',
      container: '[role="dialog"]',
      submit: ['[role="dialog"] div[role="button"]'],
      verified: '2026-05-01',
    },
    {
      surface: 'comment',
      name: 'Instagram comment',
      editor: 'textarea[aria-label^="Add a comment"]',
      container: 'form, section',
      submit: ['button[type="submit"]', 'div[role="button"]'],
      verified: '2026-05-01',
    },
  ],
};
