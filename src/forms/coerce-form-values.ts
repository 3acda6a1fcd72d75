// Turns the values of an HTML form (or of a form library) into the strict input shape, using the
// field descriptors: numeric strings become numbers, "true"/"false" booleans, a multi-select a
// list, and an empty field is left out (never 0 or false). A value that cannot be converted is
// kept as it is, so that the strict reader reports it, once, at its own field.
import type { FieldDescriptor } from '../fields/field-descriptor.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// A decimal comma (38,4) as German, French and many other locales type it; never a thousands separator here.
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const TRUE = new Set(['true', 'on', 'yes']);
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

/** Expands flat dotted keys (`oxygen.device`, as FormData names them) into nested objects; own properties only. */
function expand(values: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const data = ownData(values, key);
    if (data === undefined) {
      copyAccessor(values, result, key);
      continue;
    }
    const parts = key.split('.');
    let target = result;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? ownData(target, part)?.value : undefined;
      if (isRecord(next)) target = next;
      else {
        const created: Record<string, unknown> = {};
        define(target, part, created);
        target = created;
      }
    }
    const last = parts[parts.length - 1] as string;
    const existing = Object.hasOwn(target, last) ? ownData(target, last)?.value : undefined;
    if (isRecord(existing) && isRecord(data.value)) {
      for (const inner of Object.keys(data.value)) {
        const innerData = ownData(data.value, inner);
        if (innerData === undefined) copyAccessor(data.value, existing, inner);
        else define(existing, inner, innerData.value);
      }
    } else define(target, last, data.value);
  }
  return result;
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

/**
 * The strict input from form values, by the field descriptors.
 *
 * @internal
 */
export function coerceFormValues(values: unknown, fields: readonly FieldDescriptor[]): unknown {
  if (!isRecord(values)) return values;
  try {
    return coerceObject(expand(values), fields, '');
  } catch {
    // A Proxy or another exotic object threw while being read: the strict reader reports it.
    return values;
  }
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
