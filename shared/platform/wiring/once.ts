/**
 * `make`, run at most once per process (one Lambda container): the first call builds, every later
 * call returns what it built. Each function's `wiring.ts` is `export const wiring = once(() => …)`,
 * and an adapter only a rarely taken path needs is built by a `once` of its own, at that path's
 * first call. A `make` that throws is run again on the next call.
 */
export const once = <T>(make: () => T): (() => T) => {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};
