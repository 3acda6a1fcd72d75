// Turns the values of an HTML form (or of a form library) into the strict input shape, using the
// field descriptors: numeric strings become numbers, "true"/"false" booleans, a multi-select a
// list, and an empty field is left out (never 0 or false). A value that cannot be converted is
// kept as it is, so that the strict reader reports it, once, at its own field.
import type { RawIssue } from '../contract/issue.js';
import type { FieldDescriptor } from '../fields/field-descriptor.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// A decimal comma (38,4) as German, French and many other locales type it; never a thousands separator here.
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const TRUE = new Set(['true', 'on', 'yes']);
const NONE = 'none';
const FALSE = new Set(['false', 'off', 'no']);

/** The absent marker: the field is left out of the strict input. */
const EMPTY = Symbol('empty');

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function coerceNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (NUMBER.test(text)) return Number(text);
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return value;
}

function coerceBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  return TRUE.has(text) ? true : FALSE.has(text) ? false : value;
}

/** An array whose items are all own data properties, without holes: reading it calls nothing. */
function isPlainArray(value: unknown): value is unknown[] {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index += 1) {
    const descriptor = Object.getOwnPropertyDescriptor(value, index);
    if (descriptor === undefined || !('value' in descriptor)) return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, so that a key such as `__proto__` is an ordinary key and never a prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The own data value of a key, or `undefined` for an accessor (copied as it is, never called). */
function ownData(source: Record<string, unknown>, key: string): { readonly value: unknown } | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(source, key);
  return descriptor !== undefined && 'value' in descriptor ? { value: descriptor.value } : undefined;
}

function copyAccessor(source: Record<string, unknown>, target: Record<string, unknown>, key: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(source, key);
  if (descriptor !== undefined) Object.defineProperty(target, key, { ...descriptor, enumerable: true, configurable: true });
}

/** An empty field, or an object whose fields are all empty: it states nothing. */
function isBlank(value: unknown): boolean {
  if (isEmpty(value)) return true;
  if (!isRecord(value)) return false;
  return Object.keys(value).every((key) => {
    const data = ownData(value, key);
    return data !== undefined && isBlank(data.value);
  });
}

/** A copy of a record's own properties, nested records copied too: expanding never writes into the input. */
function copyRecord(source: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const data = ownData(source, key);
    if (data === undefined) copyAccessor(source, copy, key);
    else define(copy, key, isRecord(data.value) ? copyRecord(data.value) : data.value);
  }
  return copy;
}

/**
 * Puts `value` at `key` of `target`, merging objects. The same field given twice with something in
 * both (`ice` as a total and as items, or `oxygen.device` nested and dotted) is a conflict: it is
 * recorded, and the caller reports it instead of keeping either.
 */
function merge(target: Record<string, unknown>, key: string, given: unknown, path: readonly string[], conflicts: string[][]): void {
  const value = isRecord(given) ? copyRecord(given) : given;
  const existing = Object.hasOwn(target, key) ? ownData(target, key) : undefined;
  if (existing === undefined) {
    // Not there yet, or an accessor (kept as it is, for the reader to report).
    if (!Object.hasOwn(target, key)) define(target, key, value);
    return;
  }
  if (isBlank(value)) return;
  if (isBlank(existing.value)) {
    define(target, key, value);
    return;
  }
  if (isRecord(existing.value) && isRecord(value)) {
    for (const inner of Object.keys(value)) {
      const innerData = ownData(value, inner);
      if (innerData === undefined) copyAccessor(value, existing.value, inner);
      else merge(existing.value, inner, innerData.value, [...path, inner], conflicts);
    }
    return;
  }
  conflicts.push([...path]);
}

/** Expands flat dotted keys (`oxygen.device`, as FormData names them) into nested objects; own properties only. */
function expand(values: Record<string, unknown>, conflicts: string[][]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const data = ownData(values, key);
    if (data === undefined) {
      copyAccessor(values, result, key);
      continue;
    }
    const parts = key.split('.');
    let target = result;
    let path: string[] = [];
    for (const part of parts.slice(0, -1)) {
      path = [...path, part];
      const next = Object.hasOwn(target, part) ? ownData(target, part)?.value : undefined;
      if (isRecord(next)) target = next;
      else if (next === undefined || isBlank(next)) {
        const created: Record<string, unknown> = {};
        define(target, part, created);
        target = created;
      } else {
        // A whole value (`ice: '7'`) and a part of it (`ice.naming`) both given.
        if (!isBlank(data.value)) conflicts.push(path);
        target = {};
      }
    }
    const last = parts[parts.length - 1] as string;
    merge(target, last, data.value, [...path, last], conflicts);
  }
  return result;
}

/** Removes the field at `path` (a conflict, reported on its own). */
function remove(values: Record<string, unknown>, path: readonly string[]): void {
  let target: unknown = values;
  for (const part of path.slice(0, -1)) target = isRecord(target) && Object.hasOwn(target, part) ? ownData(target, part)?.value : undefined;
  if (isRecord(target)) Reflect.deleteProperty(target, path[path.length - 1] as string);
}

function coerceObject(values: Record<string, unknown>, fields: readonly FieldDescriptor[], prefix: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const data = ownData(values, key);
    if (data === undefined) {
      copyAccessor(values, result, key);
      continue;
    }
    const formKey = prefix === '' ? key : `${prefix}.${key}`;
    const field = fields.find((candidate) => candidate.key === formKey);
    const coerced = field === undefined ? data.value : coerceField(data.value, field, fields);
    if (coerced !== EMPTY) define(result, key, coerced);
  }
  return result;
}

function coerceField(value: unknown, field: FieldDescriptor, fields: readonly FieldDescriptor[]): unknown {
  if (isEmpty(value)) return EMPTY;
  switch (field.kind) {
    case 'number':
      return coerceNumber(value);
    case 'boolean':
      return coerceBoolean(value);
    case 'one-of':
    case 'timestamp':
      return typeof value === 'string' ? value.trim() : value;
    case 'many-of': {
      const chosen = typeof value === 'string' ? [value] : value;
      if (!isPlainArray(chosen)) return value;
      const items = chosen.filter((item) => !isEmpty(item)).map((item) => (typeof item === 'string' ? item.trim() : item));
      // "none", alone, states an empty list: an unticked checkbox group sends nothing, which is absent.
      if (items.length === 1 && items[0] === NONE) return [];
      return field.itemKey === null ? items : items.map((item) => (typeof item === 'string' ? { [field.itemKey as string]: item } : item));
    }
    case 'score-or-items': {
      if (!isRecord(value)) return coerceNumber(value);
      const items = coerceObject(value, fields, field.key);
      return Object.keys(items).length === 0 ? EMPTY : items;
    }
    case 'object':
      return isRecord(value) ? coerceObject(value, fields, field.key) : value;
    default:
      return value;
  }
}

/** Form values made strict, and the fields given twice (left out of `value`). @internal */
export interface CoercedFormValues {
  readonly value: unknown;
  readonly conflicts: readonly (readonly string[])[];
}

/**
 * The strict input from form values, by the field descriptors.
 *
 * @internal
 */
export function coerceFormValues(values: unknown, fields: readonly FieldDescriptor[]): CoercedFormValues {
  if (!isRecord(values)) return { value: values, conflicts: [] };
  try {
    const found: string[][] = [];
    const expanded = expand(values, found);
    // One issue per field, however many parts of it clash.
    const conflicts = [...new Map(found.map((path) => [path.join('.'), path])).values()];
    for (const path of conflicts) remove(expanded, path);
    return { value: coerceObject(expanded, fields, ''), conflicts };
  } catch {
    // A Proxy or another exotic object threw while being read: the strict reader reports it.
    return { value: values, conflicts: [] };
  }
}

/**
 * The issues of a form: a conflict for each field given twice, then the strict reader's issues,
 * moved to the form field that caused them, leaving out those inside a conflicting field.
 *
 * @internal
 */
export function formIssues(coerced: CoercedFormValues, issues: readonly RawIssue[], fields: readonly FieldDescriptor[]): RawIssue[] {
  const inside = (path: readonly (string | number)[]) => coerced.conflicts.some((conflict) => conflict.every((part, index) => path[index] === part));
  return [
    ...coerced.conflicts.map((path): RawIssue => ({ code: 'given-twice', path, params: {} })),
    ...issues.filter(({ path }) => !inside(path)).map((issue) => ({ ...issue, path: formIssuePath(issue.path, fields) })),
  ];
}

/**
 * Moves an issue inside a multi-select's items (`['vasopressors', 1, 'agent']`) to the
 * multi-select itself (`['vasopressors']`): the form field that caused it.
 *
 * @internal
 */
export function formIssuePath(path: readonly (string | number)[], fields: readonly FieldDescriptor[]): readonly (string | number)[] {
  for (let length = 1; length < path.length; length += 1) {
    if (typeof path[length] !== 'number') continue;
    const key = path.slice(0, length).join('.');
    if (fields.some((field) => field.key === key && field.kind === 'many-of')) return path.slice(0, length);
  }
  return path;
}
