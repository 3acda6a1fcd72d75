// Field descriptors for UIs: what a form needs to know about each input field, derived from the
// validation contracts (kind, range, allowed values, whether required, the cross-field rules) plus
// the few facts a contract does not hold (unit, step, which vocabulary labels the values). Texts
// come from a locale, so a descriptor holds no language.
import type { FieldSpec, ObjectContract } from '../contract/field.js';
import type { IssueCode } from '../contract/issue.js';
import type { Condition } from '../contract/rule.js';
import type { NumberRange } from '../grading/number-range.js';
import type { UnitCode, VocabularyName } from '../locale/locale.js';

/** What kind of input a field takes. */
export type FieldKind = 'number' | 'boolean' | 'one-of' | 'many-of' | 'list' | 'object' | 'score-or-items' | 'timestamp';

/** Which input a field belongs to: the key of its texts in `locale.fields`. */
export type FieldSubject = 'crs' | 'icans' | 'course' | 'options';

/** A cross-field rule that reports at a field: its issue code and the other fields it reads. */
export interface FieldRule {
  readonly code: IssueCode;
  /** The form keys of the other fields the rule reads. */
  readonly reads: readonly string[];
}

/**
 * One input field, as a form needs it: where it is, what it takes, and which rules tie it to other
 * fields. Labels, help and value labels come from a locale (`localizeField`).
 */
export interface FieldDescriptor<Key extends string = string> {
  /** Which input it belongs to. */
  readonly subject: FieldSubject;
  /** The form key: nested fields dotted (`oxygen.flowLitersPerMinute`), list items without an index. */
  readonly key: Key;
  /** The path from the input's root (`['oxygen', 'flowLitersPerMinute']`). */
  readonly path: readonly string[];
  /** The form key of the object or list it belongs to, `null` at the top. */
  readonly parent: string | null;
  readonly kind: FieldKind;
  /** Whether it must be given whenever its object is (some optional fields are required by a rule: see `rules`). */
  readonly required: boolean;
  /** Whether it must be given whenever the input is: it and every object above it are required, and it is not inside a list. */
  readonly alwaysRequired: boolean;
  /**
   * Whether it belongs to each item of a list (`vasopressors.agent`): a form shows it through its
   * list (for a `many-of` list, the multi-select itself), not as a field of its own.
   */
  readonly listItem: boolean;
  /** The UCUM unit (`Cel`, `L/min`), `null` when it has none. */
  readonly unit: UnitCode | null;
  /** The allowed range of a number (or a score); `null` otherwise. */
  readonly range: NumberRange | null;
  /** Whether a number must be an integer. */
  readonly integer: boolean;
  /** The step a number input offers; `null` for any step. */
  readonly step: number | null;
  /** The allowed values of `one-of` and `many-of`, in order; `null` otherwise. */
  readonly values: readonly string[] | null;
  /** Which `locale.values` labels the values; `null` when they are not an enum of the vocabulary. */
  readonly vocabulary: VocabularyName | null;
  /** For `many-of` given as objects (`vasopressors: [{ agent }]`): the key each item holds its value in. */
  readonly itemKey: string | null;
  /** The cross-field rules that report at this field. */
  readonly rules: readonly FieldRule[];
}

/** The facts of a field that its contract does not hold. @internal */
export interface FieldExtras {
  readonly unit?: UnitCode;
  readonly step?: number;
  readonly vocabulary?: VocabularyName;
}

function fieldsOfCondition(condition: Condition): string[] {
  if ('not' in condition) return fieldsOfCondition(condition.not);
  if ('anyOf' in condition) return condition.anyOf.flatMap(fieldsOfCondition);
  return 'exceeds' in condition ? [condition.field, condition.exceeds] : [condition.field];
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/**
 * The descriptors of every field of a contract, nested objects included, in the order of the type.
 *
 * @internal
 */
export function describeContract<Key extends string>(
  subject: FieldSubject,
  contract: ObjectContract<unknown>,
  extras: Readonly<Partial<Record<Key, FieldExtras>>>,
  prefix = '',
  opaque: readonly string[] = [],
  within: { readonly required: boolean; readonly listItem: boolean } = { required: true, listItem: false },
): FieldDescriptor<Key>[] {
  const descriptors: FieldDescriptor<Key>[] = [];
  for (const entry of contract.fields) {
    const key = join(prefix, entry.key) as Key;
    const extra: FieldExtras = extras[key] ?? {};
    const rules = contract.rules
      .filter((rule) => rule.at === entry.key)
      .map((rule) => ({
        code: rule.code,
        reads: [...new Set(rule.when.flatMap(fieldsOfCondition))].filter((field) => field !== entry.key).map((field) => join(prefix, field)),
      }));
    const base = {
      subject,
      key,
      path: key.split('.'),
      parent: prefix === '' ? null : prefix,
      required: entry.required,
      alwaysRequired: entry.required && within.required && !within.listItem,
      listItem: within.listItem,
      unit: extra.unit ?? null,
      step: extra.step ?? null,
      vocabulary: extra.vocabulary ?? null,
      rules,
    };
    const spec: FieldSpec = entry.spec;
    const nested = { required: entry.required && within.required, listItem: within.listItem };
    const items = { required: entry.required && within.required, listItem: true };
    switch (spec.kind) {
      case 'number':
        descriptors.push({ ...base, kind: 'number', range: spec.range, integer: spec.integer, values: null, itemKey: null });
        break;
      case 'boolean':
      case 'timestamp':
        descriptors.push({ ...base, kind: spec.kind, range: null, integer: false, values: null, itemKey: null });
        break;
      case 'one-of':
        descriptors.push({ ...base, kind: 'one-of', range: null, integer: false, values: spec.values, itemKey: null });
        break;
      case 'score-or-items':
        descriptors.push({ ...base, kind: 'score-or-items', range: spec.score.range, integer: spec.score.integer, values: null, itemKey: null });
        descriptors.push(...describeContract<Key>(subject, spec.items, extras, key, opaque, nested));
        break;
      case 'object':
        descriptors.push({ ...base, kind: 'object', range: null, integer: false, values: null, itemKey: null });
        // An input of its own (a course window's `crs`) has its own descriptors.
        if (!opaque.includes(key)) descriptors.push(...describeContract<Key>(subject, spec.contract, extras, key, opaque, nested));
        break;
      case 'list': {
        // A list of distinct enum values, or of objects distinct by one enum key, is a multi-select.
        const item = spec.item;
        if (item.kind === 'one-of') {
          descriptors.push({ ...base, kind: 'many-of', range: null, integer: false, values: item.values, itemKey: null });
        } else if (spec.distinctBy !== undefined && item.contract.fields.length === 1) {
          const values = (item.contract.fields[0]?.spec as { readonly values: readonly string[] }).values;
          descriptors.push({ ...base, kind: 'many-of', range: null, integer: false, values, itemKey: spec.distinctBy });
          descriptors.push(...describeContract<Key>(subject, item.contract, extras, key, opaque, items));
        } else {
          descriptors.push({ ...base, kind: 'list', range: null, integer: false, values: null, itemKey: null });
          descriptors.push(...describeContract<Key>(subject, item.contract, extras, key, opaque, items));
        }
        break;
      }
    }
  }
  return descriptors;
}
