/** Styles for the in-page card, scoped to its shadow root. px, not rem: rem follows the page. */
export const CARD_CSS = `
:host { all: initial; }
/* The page's window.find() can move its selection into our closed root; unselectable text keeps getSelection() empty. */
.card, .pill, .sr-only { user-select: none; -webkit-user-select: none; }
/* All card text is generated content, which find cannot match (see shown-text.tsx). */
[data-text]::before { content: attr(data-text); }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
/*
 * One colour and one line style per family, so the three never rely on colour alone (issue 13):
 * PHI a solid red line, misinformation a dashed orange one, professionalism a dotted purple one.
 * Each colour has at least 3:1 contrast (WCAG 1.4.11, non-text) against white and against the
 * sites' dark themes (#000, #15202b, #1f1f1f, #242526): red 4.8 / 3.2+, orange 4.1 / 3.7+,
 * purple 4.6 / 3.4+ (tests/unit/page/card/card-styles.test.ts). Hints are the same line, thinner
 * and without the tint.
 */
.box { position: fixed; box-sizing: border-box; pointer-events: none; border-bottom: 3px solid #d93025; background: rgba(217,48,37,.10); border-radius: 2px; }
.box[data-family="misinfo"] { border-bottom: 3px dashed #c26401; background: rgba(194,100,1,.10); }
.box[data-family="prof"] { border-bottom: 3px dotted #a142f4; background: rgba(161,66,244,.10); }
.box[data-action="inform"] { border-bottom-width: 2px; background: transparent; }
.card { position: fixed; z-index: 2147483646; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: min(70vh, 560px); overflow: hidden; pointer-events: auto; display: flex; flex-direction: column;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; background: #fff;
  border: 1px solid #c4c7c5; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 0; }
/* Header and footer keep their place; only the findings between them scroll (placement.ts sets max-height). */
.card .head { flex: none; padding: 10px 12px 0; }
.card .body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 0 12px 10px; }
.card .hold-actions { flex: none; }
.card header { display: flex; align-items: center; gap: 8px; font-weight: 600; margin-bottom: 6px; }
.card .head > p:last-child { margin-bottom: 6px; }
.card header .title { flex: 1; }
.card ul { list-style: none; margin: 0; padding: 0; }
.card li { border-top: 1px solid #e3e3e3; padding: 8px 0; }
.card li:first-child { border-top: 0; }
/* The same family marks on the card: a bar in the underline's colour and style beside each finding. */
.card li { border-left: 4px solid #d93025; padding-left: 8px; }
.card li[data-family="misinfo"] { border-left: 4px dashed #c26401; }
.card li[data-family="prof"] { border-left: 4px dotted #a142f4; }
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
.card .hold-actions { display: flex; gap: 8px; justify-content: flex-end; margin: 0; padding: 8px 12px; border-top: 1px solid #e3e3e3; }
.card[data-hold] { border: 2px solid #d93025; }
.card li.photo:not([data-family]) { border-left-color: #c4c7c5; border-left-style: solid; }
.card li.photo { display: flex; gap: 8px; align-items: flex-start; }
.card .thumb-frame { flex: none; position: relative; width: 64px; line-height: 0; }
.card .thumb { display: block; width: 64px; height: auto; border-radius: 4px; outline: 1px solid #c4c7c5; }
.card .thumb-box { position: absolute; box-sizing: border-box; border: 1.5px solid #d93025; background: rgba(217,48,37,.15); pointer-events: none; }
.card .photo-text { flex: 1; min-width: 0; }
.card .photo-words { font-size: 12px; }
.card ul.photos + ul > li:first-child { border-top: 1px solid #e3e3e3; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e3e3e3; background: #1f1f1f; border-color: #5f6368; }
  .card li, .card .hold-actions { border-top-color: #444746; }
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
