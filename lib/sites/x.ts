import { defineSite } from './types';

/**
 * X / Twitter. Prefer data-testid (stable across X deploys); aria-labels are localized.
 * Sources: shared/reference/compose-hooking.md §1.1 (control-panel-for-twitter 2026-08, Mask,
 * 2026 automation scripts). The composer is re-mounted after the GIF picker and drafts (CPFT #722):
 * bind on focus, never cache the element. First matching surface wins.
 */
const DRAFT_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"]';

export default defineSite({
  site: 'x',
  label: 'X',
  hosts: ['x.com', 'twitter.com'],
  surfaces: [
    {
      surface: 'reply',
      name: 'X reply window',
      editor: `[aria-labelledby="modal-header"] ${DRAFT_EDITOR}`,
      container: '[aria-labelledby="modal-header"]',
      containerHas: 'article[data-testid="tweet"]',
      submit: ['[data-testid="tweetButton"]'],
      keys: { enter: false, modEnter: true },
      verified: '2026-08-17',
    },
    {
      surface: 'post',
      name: 'X compose window',
      editor: `[aria-labelledby="modal-header"] ${DRAFT_EDITOR}`,
      container: '[aria-labelledby="modal-header"]',
      submit: ['[data-testid="tweetButton"]'],
      keys: { enter: false, modEnter: true },
      verified: '2026-08-17',
    },
    {
      surface: 'reply',
      name: 'X reply',
      editor: `[data-testid="primaryColumn"] ${DRAFT_EDITOR}`,
      container: '[data-testid="primaryColumn"]',
      path: '/status/\\d+',
      submit: ['[data-testid="tweetButtonInline"]'],
      keys: { enter: false, modEnter: true },
      verified: '2026-08-17',
    },
    {
      surface: 'post',
      name: 'X composer',
      editor: DRAFT_EDITOR,
      container: '[data-testid="primaryColumn"]',
      submit: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
      keys: { enter: false, modEnter: true },
      verified: '2026-08-17',
    },
    {
      surface: 'post',
      name: 'X composer (mobile layout)',
      editor: 'main div[data-testid^="tweetTextarea"] textarea',
      container: 'main',
      submit: ['[data-testid^="tweetButton"]'],
      keys: { enter: false, modEnter: true },
      verified: '2026-05-08',
    },
    {
      surface: 'message',
      name: 'X Chat',
      editor: 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"]',
      container: 'main',
      submit: ['[data-testid="dm-composer-send-button"]', '[data-testid="dmComposerSendButton"]'],
      keys: { enter: true, modEnter: true },
      verified: '2026-08-16',
    },
  ],
});
