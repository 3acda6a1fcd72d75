/** A value whose nested objects and arrays are all read-only. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : // A homomorphic mapped type keeps arrays and tuples as (read-only) arrays and tuples.
    T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything reachable from it, so that reference data cannot be changed
 * by a consumer (`Object.freeze` alone is shallow).
 *
 * @internal
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}

/**
 * Builds reference data and deep-freezes it. Taking a factory (called once, at module load) lets a
 * bundler drop an unused record whole under a `/* @__PURE__ *\/` annotation, even though its keys
 * read enum members, which a bundler must otherwise assume to have side effects.
 *
 * @internal
 */
export function defineRecord<T>(build: () => T): DeepReadonly<T> {
  return deepFreeze(build());
}
