import type { SiteAdapter } from './types';

/** X / Twitter. Prefer data-testid (stable across X deploys). See shared/reference/compose-hooking.md §1.1. */
export const x: SiteAdapter = {
  site: 'x',
  hosts: ['x.com', 'twitter.com'],
  surfaces: [
    {
      surface: 'post',
      name: 'X composer',
      editor: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      container: '[data-testid="primaryColumn"], [aria-labelledby="modal-header"], main',
      submit: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
      verified: '2026-08-17',
    },
  ],
};
