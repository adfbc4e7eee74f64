/**
 * A value made on first use, then kept: for work a module would otherwise do when it is loaded
 * (an `Intl` formatter loads the locale data; a cold start pays for it even if no request uses it).
 *
 * @example
 * const collator = once(() => new Intl.Collator('en', { numeric: true }));
 * ['b', 'a'].sort((a, b) => collator().compare(a, b));
 */
export const once = <T>(make: () => T): (() => T) => {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};
