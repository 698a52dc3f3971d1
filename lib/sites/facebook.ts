import type { SiteAdapter } from './types';

/** Facebook and Messenger (Lexical). ARIA roles, never Meta's hashed classes. §1.2 of compose-hooking.md. */
export const facebook: SiteAdapter = {
  site: 'facebook',
  hosts: ['facebook.com', 'messenger.com'],
  surfaces: [
    {
      surface: 'post',
      name: 'Facebook post',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      container: '[role="dialog"]',
      submit: ['div[aria-label="Post"][role="button"]'],
      verified: '2026-08-21',
    },
  ],
};
