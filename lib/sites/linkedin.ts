import { defineSite } from './types';

/**
 * LinkedIn: Quill in the share box and comments, LinkedIn's own contenteditable in messaging.
 * Long-lived BEM classes (stable for years); aria-labels are localized.
 * Sources: compose-hooking.md §1.3 (2024–2026 automation selector files, Harper's Quill support).
 */
export default defineSite({
  site: 'linkedin',
  label: 'LinkedIn',
  hosts: ['linkedin.com'],
  surfaces: [
    {
      surface: 'comment',
      name: 'LinkedIn comment',
      editor: '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]',
      container: '.comments-comment-box',
      submit: ['button.comments-comment-box__submit-button', 'button[class*="comments-comment-box__submit-button"]'],
      keys: { enter: false, modEnter: true },
      verified: '2026-02-18',
    },
    {
      surface: 'message',
      name: 'LinkedIn message',
      editor: '.msg-form__contenteditable[contenteditable="true"]',
      container: 'form.msg-form, .msg-form',
      submit: ['button.msg-form__send-button', 'button[class*="msg-form__send-button"]'],
      keys: { enter: true, modEnter: true },
      verified: '2026-02-18',
    },
    {
      surface: 'post',
      name: 'LinkedIn share box',
      editor: '.ql-editor[contenteditable="true"]',
      container: '.share-box, [role="dialog"]',
      submit: ['button.share-actions__primary-action'],
      keys: { enter: false, modEnter: true },
      verified: '2026-02-18',
    },
  ],
});
