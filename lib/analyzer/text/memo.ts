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

/**
 * An object whose properties are each built on first read, then kept. For patterns that cost much
 * to construct and that many drafts never read: a Spanish phrase regex takes ~20 ms to construct
 * (V8 resolves each of its hundreds of `\p{M}` when parsing it), English drafts read none of them,
 * and building them all at load was ~450 ms of a worker's cold start (issue 11).
 */
export function builtOnFirstUse<T extends object>(makers: { [K in keyof T]: () => T[K] }): Readonly<T> {
  const out = {} as T;
  for (const k of Object.keys(makers) as (keyof T)[]) {
    Object.defineProperty(out, k, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[k]();
        Object.defineProperty(out, k, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}
