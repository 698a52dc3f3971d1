import { defineSite } from './types';

/**
 * Facebook and Messenger (Lexical). ARIA roles and attributes, never Meta's hashed atomic
 * classes; aria-labels are localized, so matches use roles and Lexical's own marker.
 * Sources: compose-hooking.md §1.2 (snorkel, Mask, Harper's Facebook support 2025-09).
 */
const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

export default defineSite({
  site: 'facebook',
  label: 'Facebook',
  hosts: ['facebook.com', 'messenger.com'],
  surfaces: [
    {
      surface: 'message',
      name: 'Messenger',
      editor: LEXICAL,
      container: '[role="main"]',
      path: '^/(messages|t)/',
      submit: ['[aria-label="Press Enter to send"]', '[aria-label="Send"][role="button"]'],
      keys: { enter: true, modEnter: false },
      verified: '2026-08-21',
    },
    {
      surface: 'post',
      name: 'Facebook post',
      editor: `[role="dialog"] ${LEXICAL}`,
      container: '[role="dialog"]',
      submit: ['div[aria-label="Post"][role="button"]', 'div[aria-label="Next"][role="button"]'],
      keys: { enter: false, modEnter: false },
      verified: '2026-08-21',
    },
    {
      surface: 'comment',
      name: 'Facebook comment',
      editor: `form ${LEXICAL}, ${LEXICAL}[aria-label^="Write a"], ${LEXICAL}[aria-label^="Reply"], ${LEXICAL}[aria-label^="Comment"]`,
      container: 'form',
      submit: ['[aria-label="Comment"][role="button"]', '[aria-label="Reply"][role="button"]', 'button[type="submit"]'],
      keys: { enter: true, modEnter: false },
      verified: '2026-08-21',
    },
  ],
});
