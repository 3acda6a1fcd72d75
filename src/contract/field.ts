// The field contract: one static table per input object, from which the validator (read.ts), the
// Zod schemas and the JSON Schema documents are all derived. A table is data, built once at module
// load; validating an input only reads it.
import type { NumberRange } from '../grading/number-range.js';
import { type CompiledRule, type Rule, compileRules } from './rule.js';
import { parseTimestamp } from './timestamp.js';

/** A finite number in a range, optionally an integer. */
export interface NumberSpec {
  readonly kind: 'number';
  readonly range: NumberRange;
  readonly integer: boolean;
  /** For a Celsius field: a value in this °F range is reported as looking like Fahrenheit. */
  readonly fahrenheitRange: NumberRange | undefined;
}

/** `true` or `false`. */
export interface BooleanSpec {
  readonly kind: 'boolean';
}

/** One of a closed set of strings, snapshotted when the contract is built (editing an enum object later changes nothing). */
export interface OneOfSpec<Value extends string = string> {
  readonly kind: 'one-of';
  readonly values: readonly Value[];
  /** @internal */
  readonly lookup: ReadonlySet<string>;
}

/** A list: of distinct enum values, of objects distinct by one key, or of any objects up to a length. */
export interface ListSpec {
  readonly kind: 'list';
  readonly item: OneOfSpec | ObjectSpec;
  /** Whether items must differ (enum items by value, object items by `distinctBy`). */
  readonly distinct: boolean;
  /** For distinct object items: the key whose value must differ between items. */
  readonly distinctBy: string | undefined;
  /** What one item is called in messages. */
  readonly itemName: ListItemName;
  /** A longer list is rejected without reading its items (for distinct items: more than there are values). */
  readonly maxItems: number;
}

/** What one item of a list is called in messages. */
export type ListItemName = 'agent' | 'sign' | 'observation' | 'treatment';

/** An ISO 8601 calendar date (`2026-03-02`) or date-time (`2026-03-02T14:30`, seconds, fraction and offset optional). */
export interface TimestampSpec {
  readonly kind: 'timestamp';
  /** Reads the text; `undefined` when it is not a time. Carried by the spec, so a reader of inputs without times does not bundle it. */
  readonly parse: (text: string) => unknown;
}

/** A nested object with its own contract. */
export interface ObjectSpec<Value = unknown> {
  readonly kind: 'object';
  readonly contract: ObjectContract<Value>;
}

/** An integer score, or the object of items that sums to it (the ICE score). */
export interface ScoreOrItemsSpec {
  readonly kind: 'score-or-items';
  readonly score: NumberSpec;
  readonly items: ObjectContract<unknown>;
}

/** What a field holds. */
export type FieldSpec = NumberSpec | BooleanSpec | OneOfSpec | ListSpec | ObjectSpec | ScoreOrItemsSpec | TimestampSpec;

/** A field of an object contract. */
export interface FieldEntry {
  readonly key: string;
  readonly required: boolean;
  readonly spec: FieldSpec;
  /** This field's bit in the present/invalid masks of the reader. @internal */
  readonly bit: number;
}

/** The contract of one input object: its fields, in order, and its cross-field rules. */
export interface ObjectContract<Value> {
  /** Every field, in the order of the type. */
  readonly fields: readonly FieldEntry[];
  /** The field names, for messages. */
  readonly keys: readonly string[];
  /** Field index by name; a null-prototype table, so `constructor` or `__proto__` are never found in it. @internal */
  readonly indexOf: Readonly<Record<string, number | undefined>>;
  /** The bits of the required fields. @internal */
  readonly requiredMask: number;
  /** Every key set to `undefined`: a copy starts from it, so its keys are all own and never inherited. @internal */
  readonly blank: Record<string, undefined>;
  /** Cross-field rules, checked once every field they name is valid. */
  readonly rules: readonly Rule[];
  /** The rules bound to the field bits. @internal */
  readonly checks: readonly CompiledRule[];
  /** Type marker only. @internal */
  readonly type?: Value;
}

/** A field with whether it is required. */
export interface FieldDefinition<Spec extends FieldSpec = FieldSpec, Required extends boolean = boolean> {
  readonly required: Required;
  readonly spec: Spec;
}

type SpecFor<Value> = [Value] extends [boolean]
  ? BooleanSpec
  : [Value] extends [number]
    ? NumberSpec
    : [Value] extends [string]
      ? string extends Value
        ? TimestampSpec
        : OneOfSpec<Value>
      : [Value] extends [readonly unknown[]]
        ? ListSpec
        : number extends Value
          ? ScoreOrItemsSpec
          : ObjectSpec<Value>;

/** The field definitions a contract for `Value` must give: every key, with the right kind and requiredness. */
export type FieldsOf<Value> = {
  readonly [Key in keyof Value]-?: FieldDefinition<SpecFor<NonNullable<Value[Key]>>, undefined extends Value[Key] ? false : true>;
};

/** A required field. */
export function required<Spec extends FieldSpec>(spec: Spec): FieldDefinition<Spec, true> {
  return { required: true, spec };
}

/** An optional field: absent and `undefined` mean the same. */
export function optional<Spec extends FieldSpec>(spec: Spec): FieldDefinition<Spec, false> {
  return { required: false, spec };
}

/** A finite number in `range`. */
export function numberField(range: NumberRange, options: { readonly integer?: boolean; readonly fahrenheitRange?: NumberRange } = {}): NumberSpec {
  return { kind: 'number', range, integer: options.integer === true, fahrenheitRange: options.fahrenheitRange };
}

/** A boolean. */
export const booleanField: BooleanSpec = { kind: 'boolean' };

/** One of `values` (copied now). */
export function oneOfField<const Value extends string>(values: readonly Value[]): OneOfSpec<Value> {
  const snapshot = Object.freeze([...values]);
  return { kind: 'one-of', values: snapshot, lookup: new Set(snapshot) };
}

/** A list of distinct items: enum values, or objects distinct by one enum key. */
export function listField(item: OneOfSpec | ObjectSpec, options: { readonly distinctBy?: string; readonly itemName: ListItemName }): ListSpec {
  const distinct =
    item.kind === 'one-of' ? item.values : (item.contract.fields.find(({ key }) => key === options.distinctBy)?.spec as OneOfSpec | undefined)?.values;
  if (distinct === undefined) throw new TypeError('listField: a list needs enum items, or object items distinct by an enum key');
  return { kind: 'list', item, distinct: true, distinctBy: options.distinctBy, itemName: options.itemName, maxItems: distinct.length };
}

/** A list whose items may repeat, at most `maxItems` long. */
export function openListField(item: OneOfSpec | ObjectSpec, options: { readonly maxItems: number; readonly itemName: ListItemName }): ListSpec {
  return { kind: 'list', item, distinct: false, distinctBy: undefined, itemName: options.itemName, maxItems: options.maxItems };
}

/** An ISO 8601 date or date-time, kept as written. */
export const timestampField: TimestampSpec = { kind: 'timestamp', parse: parseTimestamp };

/** A nested object. */
export function objectField<Value>(contract: ObjectContract<Value>): ObjectSpec<Value> {
  return { kind: 'object', contract: contract };
}

/** An integer score or the items that sum to it. */
export function scoreOrItemsField(score: NumberSpec, items: ObjectContract<unknown>): ScoreOrItemsSpec {
  return { kind: 'score-or-items', score, items };
}

/** What a contract is built from: every field of the type (checked by the compiler), and the rules. */
export interface ContractDefinition<Value> {
  readonly fields: FieldsOf<Value>;
  readonly rules?: readonly Rule[];
}

/**
 * Builds the contract of an object type from its field definitions and cross-field rules. Taking a
 * factory lets a bundler drop an unused contract whole under a `/* @__PURE__ *\/` annotation.
 */
export function defineContract<Value>(build: () => ContractDefinition<Value>): ObjectContract<Value> {
  const { fields, rules = [] } = build();
  const entries: FieldEntry[] = [];
  const indexOf: Record<string, number | undefined> = Object.create(null) as Record<string, number | undefined>;
  const blank: Record<string, undefined> = {};
  let requiredMask = 0;
  for (const [key, definition] of Object.entries<FieldDefinition>(fields as Record<string, FieldDefinition>)) {
    // Masks are small integers: a contract has at most 30 fields.
    if (entries.length >= 30) throw new RangeError('defineContract: at most 30 fields per object');
    const bit = 1 << entries.length;
    indexOf[key] = entries.length;
    blank[key] = undefined;
    if (definition.required) requiredMask |= bit;
    entries.push({ key, required: definition.required, spec: definition.spec, bit });
  }
  const bitOf = (key: string): number => {
    const index = indexOf[key];
    if (index === undefined) throw new TypeError(`defineContract: a rule names the unknown field "${key}"`);
    return 1 << index;
  };
  // The tables the reader walks on every call are left unfrozen: V8 reads frozen arrays and copies
  // frozen templates on a slower path. They are internal; the contract object itself is frozen.
  return Object.freeze({
    fields: entries,
    keys: Object.freeze(entries.map(({ key }) => key)),
    indexOf,
    requiredMask,
    blank,
    rules: Object.freeze([...rules]),
    checks: compileRules(rules, bitOf),
  });
}
