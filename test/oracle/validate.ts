// The validators as they were before the field contract (release 4248d95), kept as a test oracle:
// the differential test checks that the new reader accepts and words the same inputs the same way.
import type { NumberRange } from '../../src/grading/number-range.js';

/** An issue as the old validators gave it. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** Issues found so far; the checks append to it. */
export type IssueList = InputIssue[];

/** Joins a parent path and a key: `oxygen` + `device` → `oxygen.device`; `vasopressors` + 1 → `vasopressors[1]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** A short, safe rendering of a received value for a message (never a function's source). */
export function describeReceived(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  const type = typeof value;
  if (type === 'string') return JSON.stringify((value as string).slice(0, 40));
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** Quotes allowed values for a message: `"a", "b", "c"`. */
export function listAllowed(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Describes a range for a message: "a number from 25 to 45 °C". */
export function describeRange(range: NumberRange, kind: 'number' | 'integer' = 'number'): string {
  const unit = range.unit === undefined ? '' : ` ${range.unit}`;
  const from = range.minExclusive === true ? `greater than ${range.min}` : `from ${range.min}`;
  return `${kind === 'integer' ? 'an integer' : 'a number'} ${from} to ${range.max}${unit}`;
}

/** Whether `value` lies in `range`. */
export function inRange(value: number, range: NumberRange): boolean {
  const aboveMin = range.minExclusive === true ? value > range.min : value >= range.min;
  return aboveMin && value <= range.max;
}

function push(issues: IssueList, path: string, message: string): false {
  issues.push({ path, message });
  return false;
}

/**
 * Checks that `value` is a plain object with the required keys present and no keys outside
 * `required` and `optional`. Keys are read only when they are the object's own, so an inherited
 * or `__proto__` key is never taken for data.
 */
export function checkObject(
  value: unknown,
  path: string,
  keys: { readonly required: readonly string[]; readonly optional?: readonly string[] },
  issues: IssueList,
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return push(issues, path, `expected an object; received ${describeReceived(value)}`);
  }
  const optional = keys.optional ?? [];
  const before = issues.length;
  for (const key of Object.keys(value)) {
    if (!keys.required.includes(key) && !optional.includes(key)) {
      push(issues, childPath(path, key), `unknown field; allowed fields are ${listAllowed([...keys.required, ...optional])}`);
    }
  }
  for (const key of keys.required) {
    if (!Object.hasOwn(value, key) || (value as Record<string, unknown>)[key] === undefined) {
      push(issues, childPath(path, key), 'required; state absence explicitly rather than leaving it out');
    }
  }
  return issues.length === before;
}

/** Reads an own property (never an inherited one). */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Checks a boolean. */
export function checkBoolean(value: unknown, path: string, issues: IssueList): value is boolean {
  return typeof value === 'boolean' || push(issues, path, `expected true or false; received ${describeReceived(value)}`);
}

/** Checks a finite number in `range`; `hint` may add to the message for an out-of-range value. */
export function checkNumber(
  value: unknown,
  path: string,
  range: NumberRange,
  issues: IssueList,
  options: { readonly integer?: boolean; readonly hint?: (value: number) => string | undefined } = {},
): value is number {
  const valid = typeof value === 'number' && Number.isFinite(value) && (options.integer !== true || Number.isInteger(value)) && inRange(value, range);
  if (valid) return true;
  // Messages are built only on failure: valid input is the hot path.
  const expected = describeRange(range, options.integer === true ? 'integer' : 'number');
  if (typeof value !== 'number' || !Number.isFinite(value)) return push(issues, path, `expected ${expected}; received ${describeReceived(value)}`);
  const hint = options.hint?.(value);
  return push(issues, path, `expected ${expected}; received ${value}${hint === undefined ? '' : `, ${hint}`}`);
}

/** Checks that `value` is one of `allowed`. */
export function checkEnum<T extends string>(value: unknown, path: string, allowed: readonly T[], issues: IssueList): value is T {
  return (
    (typeof value === 'string' && (allowed as readonly string[]).includes(value)) ||
    push(issues, path, `expected one of ${listAllowed(allowed)}; received ${describeReceived(value)}`)
  );
}

/** Checks an array, and each element with `checkElement`. */
export function checkArray(
  value: unknown,
  path: string,
  issues: IssueList,
  checkElement: (element: unknown, elementPath: string) => boolean,
): value is unknown[] {
  if (!Array.isArray(value)) return push(issues, path, `expected an array (use [] for none); received ${describeReceived(value)}`);
  let valid = true;
  value.forEach((element, index) => {
    valid = checkElement(element, childPath(path, index)) && valid;
  });
  return valid;
}

/** Adds an issue and returns false; for cross-field rules. */
export function reject(issues: IssueList, path: string, message: string): false {
  return push(issues, path, message);
}
