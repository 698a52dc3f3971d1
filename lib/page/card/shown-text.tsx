/**
 * Card text that page script cannot find.
 *
 * Privacy: Chromium's `window.find()` and `document.execCommand('FindString')` search every
 * rendered text node in the document, closed shadow roots included, and answer true or false.
 * With the card's words as text nodes a page could ask "is 'Social Security number' on screen?",
 * or count the matches of a phrase from its own draft (one in the editor, one more if the card
 * quotes it) and so learn which words were flagged (issue 12). Text drawn as CSS generated content
 * (`[data-text]::before { content: attr(data-text) }`, in card-styles.ts) has no text node, so
 * find never matches it, while Chromium still renders it and puts it in the accessibility tree:
 * screen readers read it, and it names the button it is in. The attribute is inside the closed
 * root, where page script cannot read it. Buttons and links also carry their words as
 * `aria-label`: not every tool reads generated content into a name (axe-core does not).
 */
export function Shown({ text }: { text: string }) {
  return <span data-text={text} />;
}
