import type { SiteAdapter } from './types';

/** LinkedIn (Quill share box). Long-lived BEM classes. §1.3 of compose-hooking.md. */
export const linkedin: SiteAdapter = {
  site: 'linkedin',
  hosts: ['linkedin.com'],
  surfaces: [
    {
      surface: 'post',
      name: 'LinkedIn share box',
      editor: '.ql-editor[contenteditable="true"]',
      container: '.share-box, [role="dialog"]',
      submit: ['button.share-actions__primary-action'],
      verified: '2026-02-18',
    },
  ],
};
