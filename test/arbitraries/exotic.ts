import fc from 'fast-check';

/** Counts every getter call made on inputs built here: the graders must never call one. */
export const getterCalls = { count: 0 };

/** One change to a valid input, applied at a path chosen among the input's objects and arrays. */
export type Mutation =
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'add-key'; readonly pick: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'getter'; readonly pick: number }
  | { readonly kind: 'non-enumerable'; readonly pick: number }
  | { readonly kind: 'null-prototype'; readonly pick: number }
  | { readonly kind: 'inherited'; readonly pick: number }
  | { readonly kind: 'proxy'; readonly pick: number; readonly trap: 'transparent' | 'throwing' | 'revoked' }
  | { readonly kind: 'sparse'; readonly pick: number }
  | { readonly kind: 'array-constructor'; readonly pick: number };

/** Values that are wrong for most fields, and the edge values of numbers. */
export const junk = fc.oneof(
  fc.constantFrom(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e308, -1, 38.5, 101.3, 6, 6.5, '38', '', 'true', true, false),
  fc.constantFrom([], {}, [null], { nested: { deeper: true } }, 'room-air', 'vasopressin', 'alert', 'none'),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -5, max: 40 }),
);

const keys = fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'oxygen.device', 'vasopressors[0]', 'extra', '', ' ', 'diedOfCrs', 'scale');

/** A list of mutations. */
export const mutations: fc.Arbitrary<readonly Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: junk }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('add-key' as const), pick: fc.nat(), key: fc.oneof(keys, fc.string({ maxLength: 6 })), value: junk }),
    fc.record({ kind: fc.constant('getter' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('non-enumerable' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('null-prototype' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('inherited' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('proxy' as const), pick: fc.nat(), trap: fc.constantFrom('transparent' as const, 'throwing' as const, 'revoked' as const) }),
    fc.record({ kind: fc.constant('sparse' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('array-constructor' as const), pick: fc.nat() }),
  ),
  { minLength: 1, maxLength: 3 },
);

type Container = Record<string, unknown> | unknown[];

/** Proxies made here: never walked into again (a throwing or revoked one cannot be). */
const proxies: WeakSet<object> = new WeakSet();

/** Every object and array of a plain-data value, with how to replace it in its parent. */
function containers(root: Container): { value: Container; replace: (next: unknown) => void }[] {
  const found: { value: Container; replace: (next: unknown) => void }[] = [];
  const holder = { root };
  const walk = (value: unknown, replace: (next: unknown) => void): void => {
    if (typeof value !== 'object' || value === null || proxies.has(value)) return;
    found.push({ value: value as Container, replace });
    for (const key of Object.keys(value)) {
      // Through descriptors: walking must call no getter the mutations put in.
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      walk(descriptor.value, (next) => {
        Object.defineProperty(value, key, { value: next, enumerable: true, writable: true, configurable: true });
      });
    }
  };
  walk(holder.root, (next) => {
    holder.root = next as Container;
  });
  return found;
}

/**
 * Applies mutations to a deep copy of a plain-data input and returns the result (the input itself
 * may be replaced, e.g. by a Proxy). The result is usually invalid, sometimes valid: tests compare
 * what the graders do, never assume it.
 */
export function mutate(input: unknown, changes: readonly Mutation[]): unknown {
  const box: { root: unknown } = { root: structuredClone(input) };
  for (const change of changes) {
    if (typeof box.root !== 'object' || box.root === null) break;
    const all = containers(box.root as Container);
    if (all.length === 0) break;
    // Index 0 is the root: replacing it replaces box.root.
    all[0] = { value: all[0]!.value, replace: (next) => (box.root = next) };
    const target = all[change.pick % all.length]!;
    try {
      apply(change, target);
    } catch {
      // A change that cannot apply (e.g. to a frozen or accessor property) is skipped.
    }
  }
  return box.root;
}

function apply(change: Mutation, target: { value: Container; replace: (next: unknown) => void }): void {
  {
    const object = target.value;
    if (proxies.has(object)) return;
    const ownKeys = Object.keys(object);
    const key = ownKeys.length === 0 ? undefined : ownKeys[change.pick % ownKeys.length];
    switch (change.kind) {
      case 'replace':
        if (key !== undefined) Object.defineProperty(object, key, { value: structuredClone(change.value), enumerable: true, writable: true, configurable: true });
        break;
      case 'delete':
        if (key !== undefined) Reflect.deleteProperty(object, key);
        break;
      case 'add-key':
        Object.defineProperty(object, change.key, { value: structuredClone(change.value), enumerable: true, writable: true, configurable: true });
        break;
      case 'getter':
        if (key !== undefined) {
          const value = Object.getOwnPropertyDescriptor(object, key)?.value as unknown;
          Object.defineProperty(object, key, {
            get: () => {
              getterCalls.count += 1;
              return value;
            },
            enumerable: true,
            configurable: true,
          });
        }
        break;
      case 'non-enumerable':
        if (key !== undefined) Object.defineProperty(object, key, { enumerable: false });
        break;
      case 'null-prototype':
        if (!Array.isArray(object)) target.replace(Object.defineProperties(Object.create(null) as object, Object.getOwnPropertyDescriptors(object)));
        break;
      case 'inherited':
        if (key !== undefined && !Array.isArray(object)) {
          const moved = Object.getOwnPropertyDescriptor(object, key)?.value as unknown;
          const rest = Object.fromEntries(Object.keys(object).filter((name) => name !== key).map((name) => [name, Object.getOwnPropertyDescriptor(object, name)?.value]));
          target.replace(Object.assign(Object.create({ [key]: moved }) as object, rest));
        }
        break;
      case 'proxy': {
        let proxy: object;
        if (change.trap === 'transparent') proxy = new Proxy(object, {});
        else if (change.trap === 'throwing') {
          const fail = (): never => {
            throw new Error('trap');
          };
          proxy = new Proxy(object, { ownKeys: fail, getOwnPropertyDescriptor: fail, get: fail, has: fail, getPrototypeOf: fail });
        } else {
          const revocable = Proxy.revocable(object, {});
          revocable.revoke();
          proxy = revocable.proxy;
        }
        proxies.add(proxy);
        target.replace(proxy);
        break;
      }
      case 'sparse':
        if (Array.isArray(object)) object.length += 1;
        break;
      default:
        if (Array.isArray(object)) Object.defineProperty(object, 'constructor', { value: { [Symbol.species]: null }, enumerable: false });
    }
  }
}

/** Whether a value is plain data: objects with Object.prototype, arrays, no holes, getters or proxies (as JSON would give). */
export function isPlainData(value: unknown): boolean {
  try {
    const text = JSON.stringify(value) as string | undefined;
    return text !== undefined && sameAsJson(value, JSON.parse(text) as unknown);
  } catch {
    return false;
  }
}

function sameAsJson(value: unknown, json: unknown): boolean {
  if (typeof value !== 'object' || value === null) return Object.is(value, json) || (typeof value === 'number' && value === json);
  if (Array.isArray(value) !== Array.isArray(json)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  const names = Object.getOwnPropertyNames(value).filter((name) => !(Array.isArray(value) && name === 'length'));
  if (names.length !== Object.keys(json as object).length) return false;
  return names.every((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, name);
    return descriptor !== undefined && 'value' in descriptor && descriptor.enumerable === true && sameAsJson(descriptor.value, (json as Record<string, unknown>)[name]);
  });
}
