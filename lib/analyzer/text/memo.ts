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
 * The analyzer's lazily built parts (phrase lists, word gates, language-specific regexes) each
 * register how to build themselves ahead of use, and count each build they make. warmUpSteps()
 * runs the warmers, so that after warm-up no draft builds anything (issue 11: a first analysis of
 * some inputs took seconds in a fresh worker); the count lets a test check that (warm-up.test.ts).
 */
const warmers: (() => void)[] = [];
let builds = 0;

/** Registers `warm`, which builds (and runs once, so V8 compiles) what a lazy part would build on first use. */
export function warmer(warm: () => void): void {
  warmers.push(warm);
}

/** Counts one lazy build (a regex or table built on first use). */
export function countBuild(): void {
  builds++;
}

/** How many lazy builds this process has made (for tests). */
export function lazyBuilds(): number {
  return builds;
}

/** The registered warmers, in registration order (warmUpSteps runs them in small groups). */
export function lazyWarmers(): readonly (() => void)[] {
  return warmers;
}

/** Runs `re` on a one-byte and a two-byte string, twice each: V8 compiles a regex for each kind of string, and natively on a second run. */
export function compileRegex(re: RegExp): void {
  for (const sample of ['a', 'a\u{fe86}', 'a', 'a\u{fe86}']) {
    re.lastIndex = 0;
    re.test(sample);
  }
  re.lastIndex = 0;
}

/**
 * An object whose properties are each built on first read, then kept. For patterns that cost much
 * to construct and that many drafts never read: a Spanish phrase regex takes ~20 ms to construct
 * (V8 resolves each of its hundreds of `\p{M}` when parsing it), English drafts read none of them,
 * and building them all at load was ~450 ms of a worker's cold start (issue 11).
 */
export function builtOnFirstUse<T extends object>(makers: { [K in keyof T]: () => T[K] }): Readonly<T> {
  const out = {} as T;
  const keys = Object.keys(makers) as (keyof T)[];
  for (const k of keys) {
    Object.defineProperty(out, k, {
      enumerable: true,
      configurable: true,
      get() {
        countBuild();
        const value = makers[k]();
        Object.defineProperty(out, k, { value, enumerable: true });
        return value;
      },
    });
  }
  warmer(() => {
    for (const k of keys) {
      const value = out[k];
      if (value instanceof RegExp) compileRegex(value);
    }
  });
  return out;
}
