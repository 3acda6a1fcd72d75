// The one-pass reader: checks an untrusted input against an object contract and, when it is valid,
// returns a copy built from the input's own enumerable data properties only. Graders read only the
// copy, so an inherited key (a polluted `Object.prototype`), a getter (never called), a hole in an
// array or a value that changes between two reads can never reach a grade. Nothing is allocated
// for messages until an input turns out to be invalid.
import type { BooleanSpec, FieldSpec, ListSpec, NumberSpec, ObjectContract, OneOfSpec, TimestampSpec } from './field.js';
import { type IssueCode, type IssueParams, type RawIssue, receivedValue } from './issue.js';
import type { IssuePath, PathSegment } from './path.js';
import { type CompiledCondition, type CompiledRule, holdsCompiled } from './rule.js';

/**
 * At most this many issues are kept for one call; the rest are counted (`issueCount`), so that an
 * error never grows with the input.
 *
 * @example
 * ```ts
 * import { MAX_ISSUES, safeGradeCRS } from 'cytokine-release-syndrome';
 * const input = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`extra${index}`, 1]));
 * const result = safeGradeCRS(input);
 * if (!result.success) {
 *   result.error.issues.length === MAX_ISSUES; // true
 *   result.error.issueCount; // 504: 500 unknown fields and 4 required ones
 * }
 * ```
 */
export const MAX_ISSUES = 100;

const getOwnDescriptor = Object.getOwnPropertyDescriptor;
const hasOwn = Object.hasOwn;
const isArray = Array.isArray;
const isInteger = Number.isInteger;
const objectPrototype = Object.prototype;
const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({});

/** Marks a value that failed its own checks (an issue at its own path). */
const INVALID: unique symbol = Symbol('invalid');
/** Marks an object or list whose contents failed (issues only deeper down). */
const INVALID_INSIDE: unique symbol = Symbol('invalid inside');
type Read<T> = T | typeof INVALID | typeof INVALID_INSIDE;

interface Context {
  /** The path of the value being read (pushed and popped while descending). */
  readonly path: PathSegment[];
  readonly issues: RawIssue[];
  /** Every issue found, including those past `MAX_ISSUES`. */
  total: number;
  /**
   * True when `Object.prototype` has no `get`, `set` or `value` of its own, so that a property
   * descriptor's fields can be read directly; otherwise each is checked as an own property.
   */
  readonly plainDescriptors: boolean;
}

/** What reading an input gives: the copy, or the issues (at most `MAX_ISSUES`) and how many there were. */
export type ReadOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly RawIssue[]; readonly total: number };

function report<Code extends IssueCode>(context: Context, code: Code, params: IssueParams[Code], key?: PathSegment): void {
  context.total += 1;
  if (context.issues.length >= MAX_ISSUES) return;
  const path = context.path.slice();
  if (key !== undefined) path.push(key);
  context.issues.push({ code, path, params });
}

function inRange(value: number, spec: NumberSpec): boolean {
  const { min, max, minExclusive } = spec.range;
  return (minExclusive === true ? value > min : value >= min) && value <= max && (!spec.integer || isInteger(value));
}

/** The issue a number field reports for an invalid value. */
function numberProblem(value: unknown, spec: NumberSpec): LeafProblem {
  const fahrenheit = spec.fahrenheitRange;
  if (fahrenheit !== undefined && typeof value === 'number' && value >= fahrenheit.min && value <= fahrenheit.max) {
    const celsius = Math.round((((value - 32) * 5) / 9) * 10) / 10;
    return { code: 'looks-like-fahrenheit', params: { range: spec.range, received: value, celsius } };
  }
  return { code: 'expected-number', params: { range: spec.range, integer: spec.integer, received: receivedValue(value) } };
}

/** An issue without its path. */
export type LeafProblem = { [Code in IssueCode]: { readonly code: Code; readonly params: IssueParams[Code] } }[IssueCode];

/**
 * The issue a present value of a number, boolean or one-of field has, or `undefined` when it is
 * valid. The reader reports it; the Zod schemas word their own issues with it.
 *
 * @internal
 */
export function leafProblem(value: unknown, spec: NumberSpec | BooleanSpec | OneOfSpec | TimestampSpec): LeafProblem | undefined {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && inRange(value, spec) ? undefined : numberProblem(value, spec);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { code: 'expected-boolean', params: { received: receivedValue(value) } };
    case 'timestamp':
      return typeof value === 'string' && spec.parse(value) !== undefined ? undefined : { code: 'expected-timestamp', params: { received: receivedValue(value) } };
    default:
      return typeof value === 'string' && spec.lookup.has(value)
        ? undefined
        : { code: 'expected-one-of', params: { allowed: spec.values, received: receivedValue(value) } };
  }
}

function reportProblem(context: Context, problem: LeafProblem, key?: PathSegment): void {
  report(context, problem.code, problem.params as never, key);
}

/** Whether a property descriptor is an accessor (whose getter must never be called). */
function isAccessor(descriptor: PropertyDescriptor, context: Context): boolean {
  if (context.plainDescriptors) return descriptor.get !== undefined || descriptor.set !== undefined;
  return !hasOwn(descriptor, 'value');
}

function readField(value: unknown, spec: FieldSpec, context: Context, key: PathSegment): Read<unknown> {
  switch (spec.kind) {
    case 'number':
      if (typeof value === 'number' && inRange(value, spec)) return value;
      reportProblem(context, numberProblem(value, spec), key);
      return INVALID;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      reportProblem(context, leafProblem(value, spec) as LeafProblem, key);
      return INVALID;
    case 'one-of':
      if (typeof value === 'string' && spec.lookup.has(value)) return value;
      reportProblem(context, leafProblem(value, spec) as LeafProblem, key);
      return INVALID;
    case 'timestamp': {
      const problem = leafProblem(value, spec);
      if (problem === undefined) return value;
      reportProblem(context, problem, key);
      return INVALID;
    }
    case 'score-or-items':
      if (typeof value === 'number') {
        if (inRange(value, spec.score)) return value;
        reportProblem(context, numberProblem(value, spec.score), key);
        return INVALID;
      }
      if (typeof value !== 'object' || value === null || isArray(value)) {
        report(context, 'expected-ice-score', { received: receivedValue(value) }, key);
        return INVALID;
      }
      return descend(value, spec.items, context, key);
    case 'object':
      return descend(value, spec.contract, context, key);
    default:
      context.path.push(key);
      // eslint-disable-next-line no-case-declarations
      const list = readList(value, spec, context);
      context.path.pop();
      return list;
  }
}

function descend(value: unknown, contract: ObjectContract<unknown>, context: Context, key: PathSegment): Read<unknown> {
  context.path.push(key);
  const copy = readObject(value, contract, context);
  context.path.pop();
  return copy;
}

function readList(value: unknown, spec: ListSpec, context: Context): Read<unknown[]> {
  if (!isArray(value)) {
    report(context, 'expected-array', { received: receivedValue(value) });
    return INVALID;
  }
  const length = (value as unknown[]).length;
  if (length > spec.maxItems) {
    report(context, 'too-many-items', { maximum: spec.maxItems, received: length, item: spec.itemName });
    return INVALID;
  }
  const before = context.total;
  const copy: unknown[] = [];
  const seen: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    const descriptor = getOwnDescriptor(value, index);
    if (descriptor === undefined) {
      report(context, 'missing-item', NO_PARAMS, index);
      continue;
    }
    if (isAccessor(descriptor, context)) {
      report(context, 'accessor', NO_PARAMS, index);
      continue;
    }
    const item = readField(descriptor.value, spec.item, context, index);
    if (item === INVALID || item === INVALID_INSIDE) continue;
    if (!spec.distinct) {
      copy.push(item);
      continue;
    }
    const distinct = spec.distinctBy === undefined ? item : (item as Record<string, unknown>)[spec.distinctBy];
    if (seen.includes(distinct)) {
      context.path.push(index);
      report(context, 'duplicate', { value: distinct as string, item: spec.itemName }, spec.distinctBy);
      context.path.pop();
      continue;
    }
    seen.push(distinct);
    copy.push(item);
  }
  return context.total === before ? copy : INVALID_INSIDE;
}

function allHold(conditions: readonly CompiledCondition[], copy: Readonly<Record<string, unknown>>): boolean {
  for (const condition of conditions) if (!holdsCompiled(condition, copy)) return false;
  return true;
}

function readObject(value: unknown, contract: ObjectContract<unknown>, context: Context): Read<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || isArray(value)) {
    report(context, 'expected-object', { received: receivedValue(value) });
    return INVALID;
  }
  const before = context.total;
  const { fields, indexOf } = contract;
  const copy: Record<string, unknown> = { ...contract.blank };
  let present = 0;
  let invalid = 0;
  // Fields with an issue at their own path, not only inside them.
  let invalidSelf = 0;
  // for-in walks the own and inherited enumerable keys; the descriptor keeps only own ones.
  for (const key in value) {
    const descriptor = getOwnDescriptor(value, key);
    if (descriptor === undefined) continue;
    const index = indexOf[key];
    if (index === undefined) {
      report(context, 'unknown-key', { allowed: contract.keys }, key);
      continue;
    }
    const field = fields[index] as (typeof fields)[number];
    if (isAccessor(descriptor, context)) {
      report(context, 'accessor', NO_PARAMS, key);
      invalid |= field.bit;
      invalidSelf |= field.bit;
      continue;
    }
    const fieldValue: unknown = descriptor.value;
    if (fieldValue === undefined) continue;
    present |= field.bit;
    const read = readField(fieldValue, field.spec, context, key);
    if (read === INVALID || read === INVALID_INSIDE) {
      invalid |= field.bit;
      if (read === INVALID) invalidSelf |= field.bit;
    }
    // An invalid field's marker keeps it present for the rules that read only presence; a copy
    // with an issue is never returned.
    copy[key] = read;
  }
  const missing = contract.requiredMask & ~present & ~invalid;
  if (missing !== 0) {
    for (const field of fields) if ((missing & field.bit) !== 0) report(context, 'required', NO_PARAMS, field.key);
  }
  // One rule issue per field: a statement that contradicts several facts is one problem.
  let ruled: string[] | undefined;
  const { checks } = contract;
  for (let index = 0; index < checks.length; index += 1) {
    const check = checks[index] as CompiledRule;
    if ((present & check.triggerMask) !== check.triggerMask || (invalid & check.valueMask) !== 0 || (invalidSelf & check.atMask) !== 0) continue;
    const { rule, conditions } = check;
    if (ruled?.includes(rule.at) === true || !allHold(conditions, copy)) continue;
    (ruled ??= []).push(rule.at);
    const params = typeof rule.params === 'function' ? rule.params(copy) : rule.params;
    for (const segment of check.at) context.path.push(segment);
    report(context, rule.code, params as never);
    context.path.length -= check.at.length;
  }
  return context.total === before ? copy : INVALID_INSIDE;
}

/**
 * Reads an untrusted input against a contract. Never throws: a value that throws while it is read
 * (a revoked Proxy, a throwing trap) is reported as `unreadable` at the path where it threw.
 *
 * @param basePath - where the input sits, for issue paths (e.g. `['options']`).
 * @internal
 */
export function readInput<T>(input: unknown, contract: ObjectContract<T>, basePath: IssuePath = []): ReadOutcome<T> {
  const context: Context = {
    path: basePath.slice(),
    issues: [],
    total: 0,
    plainDescriptors: !hasOwn(objectPrototype, 'get') && !hasOwn(objectPrototype, 'set') && !hasOwn(objectPrototype, 'value'),
  };
  let copy: Read<Record<string, unknown>>;
  try {
    copy = readObject(input, contract, context);
  } catch {
    report(context, 'unreadable', NO_PARAMS);
    copy = INVALID;
  }
  if (context.total === 0) return { ok: true, value: copy as T };
  return { ok: false, issues: context.issues, total: context.total };
}

/** One input checked for a call, and what to call it in an error title. @internal */
export interface CheckedPart {
  readonly outcome: ReadOutcome<unknown>;
  readonly subject: string;
}

/**
 * The issues of the parts of a call that failed (at most `MAX_ISSUES` in all), how many there were,
 * and an error title naming the parts: "CRS assessment", "CRS assessment and grading options".
 *
 * @internal
 */
export function failedParts(parts: readonly CheckedPart[]): { readonly issues: RawIssue[]; readonly total: number; readonly subject: string } | undefined {
  const issues: RawIssue[] = [];
  const subjects: string[] = [];
  let total = 0;
  for (const { outcome, subject } of parts) {
    if (outcome.ok) continue;
    subjects.push(subject);
    total += outcome.total;
    for (const issue of outcome.issues) if (issues.length < MAX_ISSUES) issues.push(issue);
  }
  if (subjects.length === 0) return undefined;
  return { issues, total, subject: subjects.join(' and ') };
}

/** The outcome of an absent optional input (e.g. options left out). @internal */
export const ABSENT: ReadOutcome<undefined> = Object.freeze({ ok: true, value: undefined });
