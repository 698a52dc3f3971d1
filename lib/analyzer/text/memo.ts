/**
 * Remembers a function's result for the last text it saw. Every rule of one analysis asks about
 * the same draft in turn, so sentences, quotes and cue spans are computed once per draft.
 */
export function lastTextMemo<T>(fn: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T | undefined;
  return (text) => {
    if (text !== lastText || last === undefined) {
      last = fn(text);
      lastText = text;
    }
    return last;
  };
}
