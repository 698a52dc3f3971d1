/** Styles for the in-page card, scoped to its shadow root. px, not rem: rem follows the page. */
export const CARD_CSS = `
:host { all: initial; }
/* The page's window.find() can move its selection into our closed root; unselectable text keeps getSelection() empty. */
.card, .pill, .sr-only { user-select: none; -webkit-user-select: none; }
/* All card text is generated content, which find cannot match (see shown-text.tsx). */
[data-text]::before { content: attr(data-text); }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
.box { position: fixed; box-sizing: border-box; pointer-events: none; border-bottom: 2px solid #d93025; background: rgba(217,48,37,.10); border-radius: 2px; }
.box[data-action="inform"] { border-bottom: 2px dotted #5f6368; background: transparent; }
.card { position: fixed; z-index: 2147483646; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: 50vh; overflow: auto; pointer-events: auto;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; background: #fff;
  border: 1px solid #c4c7c5; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; }
.card header { display: flex; align-items: center; gap: 8px; font-weight: 600; margin-bottom: 6px; }
.card header .title { flex: 1; }
.card ul { list-style: none; margin: 0; padding: 0; }
.card li { border-top: 1px solid #e3e3e3; padding: 8px 0; }
.card li:first-child { border-top: 0; }
.card .label { font-weight: 600; }
.card .level { font-size: 12px; border-radius: 8px; padding: 1px 6px; margin-left: 6px; background: #fce8e6; color: #a50e0e; }
.card .level[data-action="inform"] { background: #e8eaed; color: #3c4043; }
.card q { font-style: italic; color: #444746; }
.card p { margin: 4px 0 0; }
.card .limited, .card .note { font-size: 12px; color: #5f6368; margin-top: 6px; }
.card button { font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; border: 1px solid #747775;
  background: #fff; color: #1f1f1f; padding: 3px 10px; }
.card button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.pill { position: fixed; pointer-events: auto; font: 700 12px/1 system-ui, sans-serif; border-radius: 11px; min-width: 22px; height: 22px;
  border: 1px solid #a50e0e; background: #fce8e6; color: #a50e0e; padding: 0 7px; cursor: pointer; opacity: .92; }
.pill[data-checking] { border-color: #747775; background: #f1f3f4; color: #3c4043; font-weight: 400; }
.pill:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.card .fixes { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 6px; }
.card a { color: #0b57d0; }
/* Answers to a finding: quieter than its fix, still 24px targets and underlined like links. */
.card .answers { display: flex; gap: 2px 10px; flex-wrap: wrap; margin-top: 4px; }
.card button.answer { border: 0; background: none; padding: 3px 0; min-height: 24px; font-size: 12px; color: #0b57d0; text-decoration: underline; }
.card .hold { font-weight: 600; margin: 2px 0 8px; }
.card .hold-actions { display: flex; gap: 8px; justify-content: flex-end; margin: 4px 0 8px; }
.card[data-hold] { border: 2px solid #d93025; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e3e3e3; background: #1f1f1f; border-color: #5f6368; }
  .card li { border-top-color: #444746; }
  .card q { color: #c4c7c5; }
  .card .limited, .card .note { color: #bdc1c6; }
  .card .level { background: #601410; color: #f2b8b5; }
  .card .level[data-action="inform"] { background: #3c4043; color: #e3e3e3; }
  .card button { background: #2d2f31; color: #e3e3e3; border-color: #8e918f; }
  .card a { color: #a8c7fa; }
  .card button.answer { background: none; color: #a8c7fa; }
  .pill { background: #601410; color: #f2b8b5; border-color: #f2b8b5; }
  .pill[data-checking] { background: #2d2f31; color: #e3e3e3; border-color: #8e918f; }
}
`;
